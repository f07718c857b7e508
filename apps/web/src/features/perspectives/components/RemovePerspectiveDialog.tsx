import { useMutation } from '@apollo/client/react';
import DialogContentText from '@mui/material/DialogContentText';
import { removePerspectiveInputSchema } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { RemovalDialog } from '../../../components/RemovalDialog';
import { graphql } from '../../../generated';
import { PERSPECTIVE_QUERIES } from '../perspective-row';
import type { PerspectiveRow } from '../perspective-row';

export const RemovePerspectiveDialog_Remove = graphql(`
  mutation RemovePerspectiveDialog_Remove($input: RemovePerspectiveInput!) {
    removePerspective(input: $input) {
      id
      year
    }
  }
`);

export interface RemovePerspectiveDialogProps {
  perspective: PerspectiveRow;
  onClose: () => void;
  onRemoved: () => void;
}

/** Asks before removing a perspective from its year, and shows why the API refused, if it did. */
export function RemovePerspectiveDialog({ perspective, onClose, onRemoved }: RemovePerspectiveDialogProps) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemovePerspectiveDialog_Remove);
  const names = { name: perspective.name, year: perspective.year };
  return (
    <RemovalDialog
      title={t('perspectives.removeTitle', names)}
      body={<DialogContentText sx={{ mb: 2 }}>{t('perspectives.removeBody', names)}</DialogContentText>}
      confirmLabel={t('perspectives.removeConfirm')}
      version={perspective.version}
      inputOf={(expectedVersion) => ({ id: perspective.id, year: perspective.year, expectedVersion })}
      schema={removePerspectiveInputSchema}
      remove={(input) =>
        remove({ variables: { input }, refetchQueries: PERSPECTIVE_QUERIES, awaitRefetchQueries: true })
      }
      removing={loading}
      ownMessages="perspectives.validation"
      conflictDetail={({ name, version }) => t('perspectives.conflict', { name, version })}
      onClose={onClose}
      onRemoved={onRemoved}
    />
  );
}
