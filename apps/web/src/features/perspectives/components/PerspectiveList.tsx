import type { FragmentType } from '@apollo/client';
import { useApolloClient, useFragment, useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrderedRowActions } from '../../../components/ordered-list/OrderedRowActions';
import { useMoveInOrder } from '../../../components/ordered-list/useMoveInOrder';
import { graphql } from '../../../generated';
import { PERSPECTIVE_QUERIES } from '../perspective-row';
import type { PerspectiveRow } from '../perspective-row';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { PerspectiveDialog } from './PerspectiveDialog';
import { RemovePerspectiveDialog } from './RemovePerspectiveDialog';

export const PerspectiveList_perspective = graphql(`
  fragment PerspectiveList_perspective on Perspective {
    id
    year
    name
    description
    sortOrder
    version
  }
`);

export const PerspectiveList_Reorder = graphql(`
  mutation PerspectiveList_Reorder($input: ReorderPerspectivesInput!) {
    reorderPerspectives(input: $input) {
      id
      year
      sortOrder
    }
  }
`);

export interface PerspectiveListProps {
  year: number;
  /** The year's perspectives, in order. */
  perspectives: readonly FragmentType<typeof PerspectiveList_perspective>[];
  /** A change was saved: the page says so. */
  onChanged: (message: string) => void;
}

/** The year's perspectives in order, each with its description, moved up or down, changed or removed. */
export function PerspectiveList({ year, perspectives, onChanged }: PerspectiveListProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: PerspectiveList_perspective,
    fragmentName: 'PerspectiveList_perspective',
    from: [...perspectives],
  });
  const [reorder, { loading: moving }] = useMutation(PerspectiveList_Reorder);
  const client = useApolloClient();
  const {
    move,
    failure: moveFailure,
    buttonId,
  } = useMoveInOrder({
    idPrefix: 'perspective',
    saveOrder: (ids, expectedIds) =>
      reorder({
        variables: { input: { year, ids, expectedIds } },
        refetchQueries: PERSPECTIVE_QUERIES,
        awaitRefetchQueries: true,
      }),
    onConflict: () => client.refetchQueries({ include: PERSPECTIVE_QUERIES }),
  });
  const moveErrorText = useFieldErrorText(moveFailure, { ownMessages: 'perspectives.validation' });
  const moveError = moveFailure?.code === 'CONFLICT' ? t('perspectives.orderChanged') : moveErrorText('ids');
  const [editing, setEditing] = useState<PerspectiveRow | null>(null);
  const [removing, setRemoving] = useState<PerspectiveRow | null>(null);
  if (!complete) return null;
  const rows = data as PerspectiveRow[];

  return (
    <>
      {moveError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {moveError}
        </Alert>
      )}
      <List aria-label={t('perspectives.listLabel', { year })} disablePadding>
        {rows.map((row, index) => (
          <ListItem key={row.id} divider={index < rows.length - 1} sx={{ display: 'block', py: 1.5 }}>
            <Stack
              direction={{ xs: 'column', sm: 'row' }}
              sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, gap: 1 }}
            >
              <Box sx={{ minWidth: 0 }}>
                <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
                  {`${index + 1}. ${row.name}`}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-line' }}>
                  {row.description || t('perspectives.noDescription')}
                </Typography>
              </Box>
              <OrderedRowActions
                name={row.name}
                buttonId={(direction) => buttonId(row.id, direction)}
                canMoveUp={index > 0 && !moving}
                canMoveDown={index < rows.length - 1 && !moving}
                onMove={(direction) =>
                  void move(
                    rows.map((shown) => shown.id),
                    index,
                    direction,
                  )
                }
                onEdit={() => setEditing(row)}
                onRemove={() => setRemoving(row)}
              />
            </Stack>
          </ListItem>
        ))}
      </List>
      {editing && (
        <PerspectiveDialog
          year={year}
          perspective={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged(t('perspectives.saved'));
          }}
        />
      )}
      {removing && (
        <RemovePerspectiveDialog
          perspective={removing}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            onChanged(t('perspectives.removed', { name: removing.name, year }));
          }}
        />
      )}
    </>
  );
}
