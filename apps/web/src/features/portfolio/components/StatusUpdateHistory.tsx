import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { overallColour, STATUS_APPEARANCE, STATUS_DIMENSION_KEY, STATUS_DIMENSIONS } from '@lagesbild/types';
import type { StatusDimensionKey } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../../generated';
import { changesFromPrevious } from '../status-update-changes';

export const StatusUpdateHistory_statusUpdate = graphql(`
  fragment StatusUpdateHistory_statusUpdate on ProjectStatusUpdate {
    id
    statusDate
    time
    cost
    result
    comment
    author {
      id
      name
    }
    deviations {
      dimension
      cause
      action
      actionOwner
      actionDueDate
    }
  }
`);

export interface StatusUpdateHistoryProps {
  /** Newest first, as the API gives them. */
  statusUpdates: readonly FragmentType<typeof StatusUpdateHistory_statusUpdate>[];
}

/** Every status update: a colour strip over time, then each one with its causes, actions and what changed. */
export function StatusUpdateHistory({ statusUpdates: statusUpdateRefs }: StatusUpdateHistoryProps) {
  const { data, complete } = useFragment({
    fragment: StatusUpdateHistory_statusUpdate,
    fragmentName: 'StatusUpdateHistory_statusUpdate',
    from: [...statusUpdateRefs],
  });
  const statusUpdates = complete ? data : [];
  const { t } = useTranslation();
  const label = (dimension: StatusDimensionKey) => t(`portfolio.column.${dimension}`);
  if (statusUpdates.length === 0) return <Typography color="text.secondary">{t('project.noReports')}</Typography>;
  const oldestFirst = [...statusUpdates].reverse();

  return (
    <Stack spacing={2}>
      <Box>
        <Typography variant="subtitle2" component="h3">
          {t('project.strip')}
        </Typography>
        <Typography variant="body2" color="text.secondary" id="colour-strip-description">
          {t('project.stripDescription')}
        </Typography>
        <Stack
          direction="row"
          component="ol"
          aria-describedby="colour-strip-description"
          sx={{ flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, mt: 1, listStyle: 'none' }}
        >
          {oldestFirst.map((statusUpdate) => {
            const colour = overallColour(statusUpdate);
            return (
              <Box
                component="li"
                key={statusUpdate.id}
                title={`${statusUpdate.statusDate}: ${t(`overview.projectStatus.${colour}`)}`}
                sx={{
                  width: 64,
                  p: 0.5,
                  textAlign: 'center',
                  bgcolor: STATUS_APPEARANCE[colour].tint,
                  borderTop: 6,
                  borderColor: STATUS_APPEARANCE[colour].colour,
                }}
              >
                <Typography variant="caption" component="span" sx={{ display: 'block', lineHeight: 1.2 }}>
                  {statusUpdate.statusDate.slice(0, 7)}
                </Typography>
                <Typography
                  variant="caption"
                  component="span"
                  sx={{ fontWeight: 700, color: STATUS_APPEARANCE[colour].colour }}
                >
                  {t(`overview.projectStatus.${colour}`)}
                </Typography>
              </Box>
            );
          })}
        </Stack>
      </Box>
      <List disablePadding>
        {statusUpdates.map((statusUpdate, index) => {
          const changes = changesFromPrevious(statusUpdate, statusUpdates[index + 1]);
          return (
            <ListItem key={statusUpdate.id} disableGutters divider sx={{ display: 'block', py: 1.5 }}>
              <Typography variant="subtitle1" component="h3">
                {statusUpdate.author
                  ? t('project.reportedBy', { date: statusUpdate.statusDate, name: statusUpdate.author.name })
                  : t('project.reportedOn', { date: statusUpdate.statusDate })}
              </Typography>
              <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, my: 1 }}>
                {STATUS_DIMENSIONS.map((dimension) => (
                  <StatusChip
                    key={dimension}
                    status={statusUpdate[dimension]}
                    label={`${label(dimension)}: ${t(`rag.${statusUpdate[dimension]}`)}`}
                  />
                ))}
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {changes === null
                  ? t('project.firstReport')
                  : changes.length === 0
                    ? t('project.unchanged')
                    : `${t('project.changedFromPrevious')}: ${changes
                        .map((change) =>
                          t('project.dimensionChanged', {
                            dimension: label(change.dimension),
                            from: t(`rag.${change.from}`),
                            to: t(`rag.${change.to}`),
                          }),
                        )
                        .join(', ')}`}
              </Typography>
              {statusUpdate.deviations.map((deviation) => (
                <Box key={deviation.dimension} sx={{ mt: 1, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}>
                  <Typography variant="subtitle2" component="h4">
                    {label(STATUS_DIMENSION_KEY[deviation.dimension])}
                  </Typography>
                  <Typography variant="body2">
                    <strong>{t('project.cause')}:</strong> {deviation.cause}
                  </Typography>
                  <Typography variant="body2">
                    <strong>{t('project.action')}:</strong> {deviation.action}
                  </Typography>
                  {(deviation.actionOwner || deviation.actionDueDate) && (
                    <Typography variant="body2">
                      {[
                        deviation.actionOwner && `${t('portfolioAdmin.actionOwner')}: ${deviation.actionOwner}`,
                        deviation.actionDueDate && `${t('portfolioAdmin.actionDueDate')}: ${deviation.actionDueDate}`,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  )}
                </Box>
              ))}
              {statusUpdate.comment && (
                <Typography variant="body2" sx={{ mt: 1 }}>
                  <strong>{t('project.comment')}:</strong> {statusUpdate.comment}
                </Typography>
              )}
            </ListItem>
          );
        })}
      </List>
    </Stack>
  );
}
