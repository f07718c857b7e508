import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FULFILMENT_STATUS } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';
import type { GoalCard_GoalFragment } from '../../../generated/graphql';
import { HistoryDialog } from '../../audit/components/HistoryDialog';
import { AssessmentDialog } from './AssessmentDialog';
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
      year
      month
      fulfilment
      comment
      version
    }
    indicators {
      ...IndicatorTable_indicator
    }
  }
`);

export interface GoalCardProps {
  goal: GoalCard_GoalFragment;
  period: YearMonth;
  /** The user may assess the goal (analyst of its unit); the API checks again. */
  canAssess: boolean;
}

/** A committee goal: the council goals it serves, its assessed fulfilment and its indicators. */
export function GoalCard({ goal, period, canAssess }: GoalCardProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'assess' | 'history' | null>(null);
  const fulfilment = goal.assessment?.fulfilment ?? 'NOT_ASSESSED';
  const assessmentOfThisPeriod =
    goal.assessment?.year === period.year && goal.assessment.month === period.month ? goal.assessment : null;
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
            <Stack direction="row" spacing={1} sx={{ mt: 1, justifyContent: 'flex-end' }}>
              {goal.assessment && (
                <Button size="small" onClick={() => setDialog('history')}>
                  {t('audit.history')}
                </Button>
              )}
              {canAssess && (
                <Button size="small" variant="outlined" onClick={() => setDialog('assess')}>
                  {t('goals.assess')}
                </Button>
              )}
            </Stack>
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
            <IndicatorTable
              caption={t('goals.indicatorsOf', { goal: goal.title })}
              indicators={goal.indicators}
              period={period}
            />
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('goals.noIndicators')}
            </Typography>
          )}
        </Box>
      </CardContent>
      {dialog === 'assess' && (
        <AssessmentDialog
          goal={goal}
          period={period}
          current={assessmentOfThisPeriod}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      )}
      {dialog === 'history' && goal.assessment && (
        <HistoryDialog
          entityType="GoalAssessment"
          entityId={goal.assessment.id}
          title={goal.title}
          onClose={() => setDialog(null)}
        />
      )}
    </Card>
  );
}
