import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../components/QueryState';
import { GoalFilters } from '../features/goals/components/GoalFilters';
import { GoalsByPerspective } from '../features/goals/components/GoalsByPerspective';
import { filterGoals } from '../features/goals/goal-filter';
import type { GoalFilter } from '../features/goals/goal-filter';
import { useViewParams } from '../features/view-params/useViewParams';
import { formatPeriodLabel } from '../i18n/format';
import { graphql } from '../generated';

const GoalsPage_Query = graphql(`
  query GoalsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {
    orgUnit(code: $orgUnitCode) {
      id
      name
    }
    viewer {
      id
      canAssess: holds(role: ANALYST, orgUnitCode: $orgUnitCode)
    }
    goals(orgUnitCode: $orgUnitCode, year: $year) {
      id
      level
      ...GoalsByPerspective_goal
    }
  }
`);

/** Mål och indikatorer: the goals of the chosen unit and year with their indicators' latest figures. */
export function GoalsPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const { data, error, loading, refetch } = useQuery(GoalsPage_Query, {
    variables: { orgUnitCode, year: period.year, upTo: period },
  });
  const unitName = data?.orgUnit?.name ?? orgUnitCode;
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
  const committeeGoals = data?.goals.filter((goal) => goal.level === 'COMMITTEE') ?? [];
  const perspectives = [...new Map(committeeGoals.map((goal) => [goal.perspective.id, goal.perspective])).values()];
  const shownGoals = filterGoals(committeeGoals, filter, period);

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('goals.title')}
      </Typography>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && (
        <>
          <Typography color="text.secondary" sx={{ mb: 3 }}>
            {t('goals.intro', {
              unit: unitName,
              year: period.year,
              period: formatPeriodLabel(formatYearMonth(period), i18n.language),
            })}
          </Typography>
          {committeeGoals.length === 0 ? (
            <Alert severity="info">{t('goals.empty', { unit: unitName, year: period.year })}</Alert>
          ) : (
            <>
              <GoalFilters perspectives={perspectives} filter={filter} onChange={setFilter} />
              {shownGoals.length === 0 ? (
                <Alert severity="info">{t('goals.noneMatch')}</Alert>
              ) : (
                <GoalsByPerspective goals={shownGoals} period={period} canAssess={data.viewer?.canAssess ?? false} />
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
