import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../components/QueryState';
import { SectionCard } from '../components/SectionCard';
import { PlanDownloads } from '../features/planning/components/PlanDownloads';
import { PlanHistory } from '../features/planning/components/PlanHistory';
import { PlanStatusCard } from '../features/planning/components/PlanStatusCard';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';

export const PlanPage_Query = graphql(`
  query PlanPage_Query($orgUnitCode: String!, $year: Int!) {
    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {
      year
      lock
      mayAdopt
      mayPlan
      orgUnit {
        id
        name
      }
      plan {
        id
        status
        ...PlanStatusCard_plan
        ...PlanHistory_plan
      }
    }
  }
`);

/** Verksamhetsplan: the chosen unit's plan of the period's year, its adoption, revisions and roll-over. */
export function PlanPage() {
  const { t } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const { data, loading, error, refetch } = useQuery(PlanPage_Query, {
    variables: { orgUnitCode, year: period.year },
  });
  const planOfYear = data?.planOfYear;

  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {planOfYear ? `${t('planning.title')} ${planOfYear.year}: ${planOfYear.orgUnit.name}` : t('planning.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('planning.intro')}
      </Typography>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && !planOfYear && <Alert severity="info">{t('planning.noUnit')}</Alert>}
      {planOfYear && (
        <>
          <PlanDownloads
            orgUnitId={planOfYear.orgUnit.id}
            year={planOfYear.year}
            isDraft={planOfYear.plan?.status !== 'ADOPTED'}
          />
          <SectionCard id="plan-status" title={t('planning.status')}>
            <PlanStatusCard
              orgUnitId={planOfYear.orgUnit.id}
              year={planOfYear.year}
              lock={planOfYear.lock ?? null}
              mayAdopt={planOfYear.mayAdopt}
              mayPlan={planOfYear.mayPlan}
              plan={planOfYear.plan ?? null}
            />
          </SectionCard>
          <SectionCard id="plan-history" title={t('planning.history')}>
            {planOfYear.plan ? (
              <PlanHistory plan={planOfYear.plan} />
            ) : (
              <Typography color="text.secondary">{t('planning.noHistory')}</Typography>
            )}
          </SectionCard>
        </>
      )}
    </>
  );
}
