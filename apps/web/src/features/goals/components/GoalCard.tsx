import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FULFILMENT_STATUS } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';
import type { GoalCard_GoalFragment } from '../../../generated/graphql';
import { IndicatorTable } from './IndicatorTable';

export const GoalCard_goal = graphql(`
  fragment GoalCard_goal on Goal {
    id
    title
    parents {
      id
      title
    }
    assessment(upTo: $upTo) {
      id
      fulfilment
      comment
    }
    indicators {
      ...IndicatorTable_indicator
    }
  }
`);

export interface GoalCardProps {
  goal: GoalCard_GoalFragment;
}

/** A committee goal: the council goals it serves, its assessed fulfilment and its indicators. */
export function GoalCard({ goal }: GoalCardProps) {
  const { t } = useTranslation();
  const fulfilment = goal.assessment?.fulfilment ?? 'NOT_ASSESSED';
  return (
    <Card variant="outlined" component="article" aria-labelledby={`goal-${goal.id}`}>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
          <Box>
            <Typography variant="overline" color="text.secondary">
              {t('goals.committeeGoal')}
            </Typography>
            <Typography variant="h6" component="h3" id={`goal-${goal.id}`}>
              {goal.title}
            </Typography>
          </Box>
          <Box sx={{ textAlign: 'right', flexShrink: 0 }}>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {t('goals.assessment')}
            </Typography>
            <StatusChip status={FULFILMENT_STATUS[fulfilment]} label={t(`fulfilment.${fulfilment}`)} />
          </Box>
        </Stack>
        {goal.assessment?.comment && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {goal.assessment.comment}
          </Typography>
        )}
        {goal.parents.length > 0 && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="caption" color="text.secondary">
              {t('goals.contributesTo')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {goal.parents.map((parent) => (
                <Typography component="li" variant="body2" key={parent.id}>
                  {parent.title}
                </Typography>
              ))}
            </Box>
          </Box>
        )}
        <Box sx={{ mt: 2, overflowX: 'auto' }}>
          {goal.indicators.length > 0 ? (
            <IndicatorTable caption={t('goals.indicatorsOf', { goal: goal.title })} indicators={goal.indicators} />
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('goals.noIndicators')}
            </Typography>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}
