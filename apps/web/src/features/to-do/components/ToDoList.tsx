import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isoToday } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import { ToDoItemLink } from './ToDoItemLink';

export const ToDoList_Query = graphql(`
  query ToDoList_Query {
    myToDo {
      id
      kind
      deadline
      overdue
      ...ToDoItemLink_item
    }
  }
`);

const DAY = 86_400_000;
/** The order of the kinds within a deadline: the figures first, the reports last, as the work flows. */
const KIND_ORDER = [
  'INDICATOR_VALUE',
  'GOAL_ASSESSMENT',
  'ACTIVITY_STATUS',
  'ASSIGNMENT_UPDATE',
  'PROJECT_STATUS_UPDATE',
  'REPORT_SECTION',
  'REPORT_APPROVAL',
] as const;
const daysUntil = (deadline: string, today: string) =>
  Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);

/**
 * The signed-in user's to-do list, one group per deadline, the overdue first and marked. Fetched
 * anew each time it is opened, so what was just reported has left it.
 */
export function ToDoList() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ToDoList_Query, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <LoadError onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const items = data.myToDo;
  if (items.length === 0) return <Alert severity="success">{t('toDo.empty')}</Alert>;

  const today = isoToday();
  const groups = new Map<string, typeof items>();
  for (const item of items) groups.set(item.deadline, [...(groups.get(item.deadline) ?? []), item]);
  const overdue = items.filter((item) => item.overdue).length;

  return (
    <Stack spacing={2}>
      <Typography role="status">
        {t('toDo.summary', { count: items.length })}
        {overdue > 0 ? ` · ${t('toDo.overdueSummary', { count: overdue })}` : ''}
      </Typography>
      {[...groups].map(([deadline, group]) => {
        const days = daysUntil(deadline, today);
        const late = group[0]!.overdue;
        return (
          <SectionCard
            key={deadline}
            id={`att-gora-${deadline}`}
            title={
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} component="span">
                <span>{t('toDo.groupLabel', { date: deadline })}</span>
                {late ? (
                  <Chip size="small" color="error" label={t('toDo.overdue')} component="span" />
                ) : (
                  <Chip
                    size="small"
                    variant="outlined"
                    label={days === 0 ? t('toDo.dueToday') : t('toDo.dueIn', { count: days })}
                    component="span"
                  />
                )}
              </Stack>
            }
          >
            {KIND_ORDER.map((kind) => {
              const ofKind = group.filter((item) => item.kind === kind);
              if (ofKind.length === 0) return null;
              return (
                // Not a region of its own: the same kind under every deadline would repeat its name.
                <div key={kind}>
                  <Typography variant="subtitle2" component="h3" sx={{ mt: 1.5 }}>
                    {t(`toDo.kindGroup.${kind}`)} ({ofKind.length})
                  </Typography>
                  <List dense disablePadding>
                    {ofKind.map((item) => (
                      <ListItem key={item.id} disablePadding>
                        <ToDoItemLink item={item} />
                      </ListItem>
                    ))}
                  </List>
                </div>
              );
            })}
          </SectionCard>
        );
      })}
    </Stack>
  );
}
