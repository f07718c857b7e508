import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../components/QueryState';
import { useViewer } from '../features/access/ViewerContext';
import { operationLabelKey } from '../features/audit/audit-labels';
import { ChangeList } from '../features/audit/components/ChangeList';
import { graphql } from '../generated';
import { formatTime } from '../i18n/format';
import { DateField } from '../components/DateField';

export const AuditLogPage_Query = graphql(`
  query AuditLogPage_Query($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      nextCursor
      events {
        id
        occurredAt
        operation
        action
        entityType
        entityId
        entityName
        author {
          id
          name
        }
        orgUnit {
          id
          name
        }
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
  }
`);

const ENTITY_TYPES = [
  'IndicatorValue',
  // Changes written into a closed reporting period, with their reasons.
  'PeriodCorrection',
  'ReportingPeriod',
  'Indicator',
  'GoalAssessment',
  'Goal',
  'Plan',
  'Perspective',
  'Assignment',
  'AuditReport',
  'Project',
  'ProjectMove',
  'Portfolio',
  'Risk',
  'Report',
  'User',
  'RoleAssignment',
  'OrgUnit',
];

/** Granskningslogg: every change, newest first, for administrators; filters live in the URL. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { isAdministrator } = useViewer();
  const [search, setSearch] = useSearchParams();
  const filter = {
    entityType: search.get('typ') || null,
    from: search.get('fran') || null,
    to: search.get('till') || null,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditLogPage_Query, {
    variables: { filter },
    skip: !isAdministrator,
    fetchPolicy: 'network-only',
  });
  const setFilter = (name: string, value: string) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });

  // A record by its name after its kind ("Projekt Nytt lönesystem", "Verksamhetsplan 2023
  // Intraservice"); one deleted since by its kind and id, marked as deleted.
  const recordNameOf = (event: { entityType: string; entityId: string; entityName?: string | null }) => {
    const type = t(`entityType.${event.entityType}`, { defaultValue: event.entityType });
    return event.entityName
      ? `${type} ${event.entityName}`
      : t('audit.deletedRecord', { name: `${type} ${event.entityId}` });
  };

  if (!isAdministrator) return <Alert severity="warning">{t('apiError.FORBIDDEN')}</Alert>;

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('audit.logTitle')}
      </Typography>
      <Stack direction="row" sx={{ mb: 3, flexWrap: 'wrap', gap: 2 }}>
        <TextField
          select
          size="small"
          label={t('audit.entityType')}
          value={filter.entityType ?? ''}
          onChange={(event) => setFilter('typ', event.target.value)}
          sx={{ minWidth: 220 }}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">{t('audit.allTypes')}</MenuItem>
          {ENTITY_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {t(`entityType.${type}`, { defaultValue: type })}
            </MenuItem>
          ))}
        </TextField>
        <DateField
          size="small"
          label={t('audit.from')}
          value={filter.from ?? ''}
          onChange={(event) => setFilter('fran', event.target.value)}
        />
        <DateField
          size="small"
          label={t('audit.to')}
          value={filter.to ?? ''}
          onChange={(event) => setFilter('till', event.target.value)}
        />
      </Stack>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && data.auditLog.events.length === 0 && <Alert severity="info">{t('audit.empty')}</Alert>}
      {data && data.auditLog.events.length > 0 && (
        <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
          <Table aria-label={t('audit.logTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('audit.when')}</TableCell>
                <TableCell>{t('audit.who')}</TableCell>
                <TableCell>{t('audit.what')}</TableCell>
                <TableCell>{t('audit.changes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.auditLog.events.map((event) => (
                <TableRow key={event.id} sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(event.occurredAt, i18n.language)}</TableCell>
                  <TableCell>{event.author?.name ?? t('audit.system')}</TableCell>
                  <TableCell>
                    {t(`audit.action.${event.action}`)}: {recordNameOf(event)}
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {[event.orgUnit?.name, t(operationLabelKey(event.operation), { defaultValue: event.operation })]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <ChangeList entityType={event.entityType} changes={event.changes} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {data?.auditLog.nextCursor && (
        <Button
          sx={{ mt: 2 }}
          onClick={() =>
            void fetchMore({
              variables: { after: data.auditLog.nextCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                auditLog: {
                  ...fetchMoreResult.auditLog,
                  events: [...previous.auditLog.events, ...fetchMoreResult.auditLog.events],
                },
              }),
            })
          }
        >
          {t('audit.more')}
        </Button>
      )}
    </>
  );
}
