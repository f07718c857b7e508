import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../components/QueryState';
import { GoalsByPerspective } from '../features/goals/components/GoalsByPerspective';
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
  const committeeGoals = data?.goals.filter((goal) => goal.level === 'COMMITTEE') ?? [];

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
            <GoalsByPerspective goals={data.goals} period={period} canAssess={data.viewer?.canAssess ?? false} />
          )}
        </>
      )}
    </>
  );
}
