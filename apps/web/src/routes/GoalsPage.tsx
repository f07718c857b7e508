import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { LoadError, Loading } from '../components/QueryState';
import { AssignmentTable } from '../features/assignments/components/AssignmentTable';
import { assignmentsExportTable } from '../features/assignments/assignments-export';
import { CouncilGoalMatrix } from '../features/goals/components/CouncilGoalMatrix';
import { GoalFilters } from '../features/goals/components/GoalFilters';
import { GoalsByPerspective } from '../features/goals/components/GoalsByPerspective';
import { filterGoals, shownIndicatorIds } from '../features/goals/goal-filter';
import { goalsExportTable } from '../features/goals/goals-export';
import { ExportButtons } from '../features/export/components/ExportButtons';
import type { GoalFilter } from '../features/goals/goal-filter';
import { ROUTES } from '../app/routes';
import { useViewParams } from '../features/view-params/useViewParams';
import { writeViewParams } from '../features/view-params/view-params';
import { formatPeriodLabel } from '../i18n/format';
import { graphql } from '../generated';

// The filter and the exports are not components: their fragments are spread unmasked
// (@unmask) so the page can hand them the data; the components read theirs with useFragment.
export const GoalsPage_Query = graphql(`
  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {
    orgUnit(code: $orgUnitCode) {
      id
      name
      planner: canPlan
      canPlan(year: $year)
      planLock(year: $year)
      parent {
        id
        code
        name
      }
    }
    viewer {
      id
      canAssess: holds(role: ANALYST, orgUnitCode: $orgUnitCode)
    }
    perspectives {
      id
      name
    }
    goals(orgUnitCode: $orgUnitCode, year: $year) {
      id
      level
      orgUnit {
        id
      }
      perspective {
        id
        name
      }
      ...GoalFilter_goal @unmask
      ...GoalsExport_goal @unmask
      ...GoalsByPerspective_goal
    }
    assignments(orgUnitCode: $orgUnitCode) {
      id
      orgUnit {
        id
      }
      ...AssignmentsExport_assignment @unmask
      ...AssignmentTable_assignment
    }
  }
`);

/**
 * Mål och indikatorer: the goal tree of the chosen unit and the units under it for the year
 * (perspective → council goal → committee goals with their indicators and activities), and
 * the unit's assignments.
 */
export function GoalsPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const { data, error, loading, refetch } = useQuery(GoalsPage_Query, {
    variables: { orgUnitCode, year: period.year, upTo: period },
  });
  const [search, setSearch] = useSearchParams();
  const filter: GoalFilter = {
    perspectiveId: search.get('perspektiv'),
    status: (search.get('status') as GoalFilter['status']) ?? null,
  };
  const setFilter = (next: GoalFilter) =>
    setSearch((current) => {
      const params = new URLSearchParams(current);
      for (const [name, value] of [
        ['perspektiv', next.perspectiveId],
        ['status', next.status],
      ] as const) {
        if (value) params.set(name, value);
        else params.delete(name);
      }
      return params;
    });
  const unit = data?.orgUnit;
  const committeeGoals = data?.goals.filter((goal) => goal.level === 'COMMITTEE') ?? [];
  const perspectives = [...new Map(committeeGoals.map((goal) => [goal.perspective.id, goal.perspective])).values()];
  const shownGoals = filterGoals(committeeGoals, filter, period);
  const periodLabel = formatPeriodLabel(formatYearMonth(period), i18n.language);
  const gathersSeveralUnits = (rows: readonly { orgUnit: { id: string } }[]) =>
    rows.some((row) => row.orgUnit.id !== unit?.id);
  // Planners see the tree with every perspective and council goal, so they can add to it: only
  // while the year's plan is open (canPlan(year)), since the API refuses writes to a locked one.
  const planning =
    unit?.canPlan === true
      ? { orgUnitId: unit.id, year: period.year, level: unit.parent ? ('COMMITTEE' as const) : ('COUNCIL' as const) }
      : null;
  const shownIds = new Set(shownGoals.map((goal) => goal.id));
  const plannedGoals =
    data?.goals.filter(
      (goal) =>
        shownIds.has(goal.id) ||
        (goal.level === 'COUNCIL' &&
          !filter.status &&
          (!filter.perspectiveId || goal.perspective.id === filter.perspectiveId)),
    ) ?? [];
  const goalTree = (
    <GoalsByPerspective
      goals={planning ? plannedGoals : shownGoals}
      shownIndicatorIds={shownIndicatorIds(shownGoals, filter)}
      period={period}
      canAssess={data?.viewer?.canAssess ?? false}
      showOrgUnit={gathersSeveralUnits(committeeGoals)}
      planning={planning}
      perspectives={data?.perspectives ?? []}
    />
  );

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('goals.title')}
      </Typography>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && !unit && <Alert severity="info">{t('pickers.unknownUnit')}</Alert>}
      {data && unit && (
        <Stack spacing={4}>
          <Typography color="text.secondary">
            {t('goals.intro', {
              unit: unit.name,
              year: period.year,
              period: periodLabel,
            })}
          </Typography>
          {unit.planner && unit.planLock && (
            <Alert severity="info">
              {t(`goals.plan.locked.${unit.planLock}`, { year: period.year })}{' '}
              {unit.planLock === 'PLAN_ADOPTED' && (
                <Link component={RouterLink} to={{ pathname: ROUTES.plan, search: `?${search.toString()}` }}>
                  {t('goals.plan.openRevisionOnPlan')}
                </Link>
              )}
            </Alert>
          )}
          {/* The city's council goals by committee; nothing below the city, which has none of its own. */}
          {!unit.parent && <CouncilGoalMatrix orgUnitCode={orgUnitCode} period={period} />}
          {committeeGoals.length === 0 && planning ? (
            goalTree
          ) : committeeGoals.length === 0 ? (
            <Alert severity="info">
              {unit.parent ? (
                <>
                  {t('goals.unitHasNoGoals', { unit: unit.name, year: period.year, parent: unit.parent.name })}{' '}
                  <Link
                    component={RouterLink}
                    to={{ search: `?${writeViewParams(search, { orgUnitCode: unit.parent.code }).toString()}` }}
                  >
                    {t('goals.showParentGoals', { parent: unit.parent.name })}
                  </Link>
                </>
              ) : (
                t('goals.empty', { unit: unit.name, year: period.year })
              )}
            </Alert>
          ) : (
            <div>
              <GoalFilters perspectives={perspectives} filter={filter} onChange={setFilter} />
              {shownGoals.length === 0 && !planning ? (
                <Alert severity="info">{t('goals.noneMatch')}</Alert>
              ) : (
                <>
                  <ExportButtons
                    table={() => goalsExportTable(`${t('goals.title')} ${unit.name} ${periodLabel}`, shownGoals, t)}
                  />
                  {goalTree}
                </>
              )}
            </div>
          )}
          <section aria-labelledby="assignments">
            <Typography variant="h5" component="h2" id="assignments" sx={{ mb: 1.5 }}>
              {t('assignments.title')}
            </Typography>
            {data.assignments.length === 0 ? (
              <Typography color="text.secondary">{t('assignments.empty', { unit: unit.name })}</Typography>
            ) : (
              <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
                <AssignmentTable
                  caption={t('assignments.of', { unit: unit.name })}
                  assignments={data.assignments}
                  period={period}
                  showOrgUnit={gathersSeveralUnits(data.assignments)}
                />
              </Paper>
            )}
            {data.assignments.length > 0 && (
              <ExportButtons
                table={() =>
                  assignmentsExportTable(
                    `${t('assignments.of', { unit: unit.name })} ${periodLabel}`,
                    data.assignments,
                    period,
                    t,
                  )
                }
              />
            )}
          </section>
        </Stack>
      )}
    </>
  );
}
