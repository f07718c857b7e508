import AddIcon from '@mui/icons-material/Add';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Collapse from '@mui/material/Collapse';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FULFILMENT_STATUS } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';
import { HistoryDialog } from '../../audit/components/HistoryDialog';
import { plannedGoal } from '../goal-plan';
import { ActivityDialog } from './ActivityDialog';
import { ActivityTable } from './ActivityTable';
import { GoalPlanMenu } from './GoalPlanMenu';
import { AssessmentDialog } from './AssessmentDialog';
import { IndicatorTable } from './IndicatorTable';

export const GoalCard_goal = graphql(`
  fragment GoalCard_goal on Goal {
    id
    title
    description
    level
    year
    canPlan
    version
    perspective {
      id
    }
    orgUnit {
      id
      code
      name
    }
    parents {
      id
      title
      level
    }
    activities {
      id
      ...ActivityTable_activity
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
      id
      ...IndicatorTable_indicator
    }
  }
`);

export interface GoalCardProps {
  goal: FragmentType<typeof GoalCard_goal>;
  period: YearMonth;
  /** With the page's status filter: the indicators to show; null shows them all. */
  shownIndicatorIds?: ReadonlySet<string> | null;
  /** The user may assess the goal (analyst of its unit); the API checks again. */
  canAssess: boolean;
  /** The council goal the card stands under, so "contributes to" names only the others. */
  shownUnderCouncilGoalId: string | null;
  /** Name the goal's unit, when the page gathers the goals of several units. */
  showOrgUnit: boolean;
  /** Show the indicators and activities at once, or behind a button. */
  defaultExpanded: boolean;
  /** The perspectives a planner may move the goal to. */
  perspectives: readonly { id: string; name: string }[];
}

/** A committee goal: its assessed fulfilment, the other council goals it serves, its indicators and activities. */
export function GoalCard({
  goal: goalRef,
  period,
  shownIndicatorIds = null,
  canAssess,
  shownUnderCouncilGoalId,
  showOrgUnit,
  defaultExpanded,
  perspectives,
}: GoalCardProps) {
  const { t } = useTranslation();
  const { data: goal, complete } = useFragment({
    fragment: GoalCard_goal,
    fragmentName: 'GoalCard_goal',
    from: goalRef,
    variables: { upTo: period },
  });
  const [dialog, setDialog] = useState<'assess' | 'history' | 'newActivity' | null>(null);
  const [expanded, setExpanded] = useState(defaultExpanded);
  if (!complete) return null;
  const detailsId = `goal-${goal.id}-details`;
  const fulfilment = goal.assessment?.fulfilment ?? 'NOT_ASSESSED';
  const otherCouncilGoals = goal.parents.filter((parent) => parent.id !== shownUnderCouncilGoalId);
  const assessmentOfThisPeriod =
    goal.assessment?.year === period.year && goal.assessment.month === period.month ? goal.assessment : null;
  // A sub-goal serves a committee goal rather than council goals.
  const isSubGoal = goal.parents.some((parent) => parent.level === 'COMMITTEE');
  const levelLabel = t(isSubGoal ? 'goals.subGoal' : 'goals.committeeGoal');
  const indicators = shownIndicatorIds
    ? goal.indicators.filter((indicator) => shownIndicatorIds.has(indicator.id))
    : goal.indicators;
  return (
    <Card variant="outlined" component="article" aria-labelledby={`goal-${goal.id}`}>
      <CardContent>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={2}
          sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}
        >
          <Box>
            <Typography variant="overline" color="text.secondary">
              {showOrgUnit ? `${levelLabel} · ${goal.orgUnit.name}` : levelLabel}
            </Typography>
            <Typography variant="h6" component="h4" id={`goal-${goal.id}`}>
              {goal.title}
            </Typography>
          </Box>
          <Box sx={{ textAlign: { xs: 'left', sm: 'right' }, flexShrink: 0 }}>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {t('goals.assessment')}
            </Typography>
            <StatusChip status={FULFILMENT_STATUS[fulfilment]} label={t(`fulfilment.${fulfilment}`)} />
            <Stack direction="row" spacing={1} sx={{ mt: 1, justifyContent: { xs: 'flex-start', sm: 'flex-end' } }}>
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
              {goal.canPlan && <GoalPlanMenu goal={plannedGoal(goal)} perspectives={perspectives} />}
            </Stack>
          </Box>
        </Stack>
        {goal.assessment?.comment && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            {goal.assessment.comment}
          </Typography>
        )}
        {otherCouncilGoals.length > 0 && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="caption" color="text.secondary">
              {shownUnderCouncilGoalId ? t('goals.alsoContributesTo') : t('goals.contributesTo')}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
              {otherCouncilGoals.map((parent) => (
                <Typography component="li" variant="body2" key={parent.id}>
                  {parent.title}
                </Typography>
              ))}
            </Box>
          </Box>
        )}
        {!expanded && (
          <Button
            size="small"
            sx={{ mt: 1 }}
            aria-expanded={false}
            aria-controls={detailsId}
            startIcon={<ExpandMoreIcon />}
            onClick={() => setExpanded(true)}
          >
            {t('goals.showDetails', { indicators: indicators.length, activities: goal.activities.length })}
          </Button>
        )}
        {/* Collapsed goals render no tables: a city-wide page holds a thousand goals. */}
        <Collapse in={expanded} unmountOnExit id={detailsId}>
          <Box sx={{ mt: 2, overflowX: 'auto' }}>
            {indicators.length > 0 ? (
              <IndicatorTable
                caption={t('goals.indicatorsOf', { goal: goal.title })}
                indicators={indicators}
                period={period}
              />
            ) : (
              <Typography variant="body2" color="text.secondary">
                {t('goals.noIndicators')}
              </Typography>
            )}
          </Box>
          {goal.activities.length > 0 && (
            <Box sx={{ mt: 2, overflowX: 'auto' }}>
              <ActivityTable
                caption={t('goals.activities.of', { goal: goal.title })}
                activities={goal.activities}
                period={period}
                planning={goal.canPlan ? { goalId: goal.id, orgUnitId: goal.orgUnit.id, goalTitle: goal.title } : null}
              />
            </Box>
          )}
          {goal.canPlan && (
            <Button size="small" sx={{ mt: 1 }} startIcon={<AddIcon />} onClick={() => setDialog('newActivity')}>
              {t('goals.plan.newActivity')}
            </Button>
          )}
        </Collapse>
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
      {dialog === 'newActivity' && (
        <ActivityDialog
          activity={{ kind: 'new', goalId: goal.id }}
          orgUnitId={goal.orgUnit.id}
          goalTitle={goal.title}
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
