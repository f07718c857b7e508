import { useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import { ChangeList } from './ChangeList';
import { formatTime } from '../../../i18n/format';
import { operationLabelKey } from '../audit-labels';

const HistoryDialog_Query = graphql(`
  query HistoryDialog_Query($entityType: String!, $entityId: ID!) {
    history(entityType: $entityType, entityId: $entityId) {
      id
      occurredAt
      operation
      action
      author {
        id
        name
      }
      entityType
      changes {
        field
        oldValue
        newValue
        referencedType
        oldName
        newName
      }
    }
  }
`);

export interface HistoryDialogProps {
  entityType: string;
  entityId: string;
  title: string;
  onClose: () => void;
}

/** Who changed a record, when, and from what to what: newest first. */
export function HistoryDialog({ entityType, entityId, title, onClose }: HistoryDialogProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HistoryDialog_Query, {
    variables: { entityType, entityId },
    fetchPolicy: 'network-only',
  });
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="history-title">
      <DialogTitle id="history-title">{t('audit.historyOf', { title })}</DialogTitle>
      <DialogContent>
        {loading && <Loading />}
        {error && <LoadError onRetry={() => void refetch()} />}
        {data?.history.length === 0 && <Typography>{t('audit.noHistory')}</Typography>}
        <Stack spacing={3}>
          {data?.history.map((event) => (
            <section key={event.id} aria-label={formatTime(event.occurredAt, i18n.language)}>
              <Typography variant="subtitle2" component="h3">
                {formatTime(event.occurredAt, i18n.language)} · {event.author?.name ?? t('audit.system')} ·{' '}
                {t(`audit.action.${event.action}`)} ·{' '}
                {t(operationLabelKey(event.operation), { defaultValue: event.operation })}
              </Typography>
              <ChangeList entityType={event.entityType} changes={event.changes} />
            </section>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('app.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
