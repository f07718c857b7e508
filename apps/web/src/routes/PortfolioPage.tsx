import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatYearMonth, judgedOnDay } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../components/QueryState';
import { filterProjects } from '../features/portfolio/board-filter';
import { BoardFilters } from '../features/portfolio/components/BoardFilters';
import { PortfolioSection } from '../features/portfolio/components/PortfolioSection';
import { TimelineSection } from '../features/portfolio/components/TimelineSection';
import { PortfolioFormDialog } from '../features/portfolio/components/PortfolioFormDialog';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useBoardFilter } from '../features/portfolio/useBoardFilter';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';
import { formatPeriodLabel } from '../i18n/format';

// The filter is not a component: what it reads is spread unmasked (@unmask) so the timeline gets
// the projects that pass it; each portfolio's section filters its own projects the same way.
export const PortfolioPage_Query = graphql(`
  query PortfolioPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {
    orgUnit(code: $orgUnitCode) {
      id
      name
    }
    portfolioOwningUnits {
      id
    }
    portfolios(orgUnitCode: $orgUnitCode) {
      id
      name
      ...PortfolioSection_portfolio
      projects: projectsAsOf(month: $upTo) {
        id
        ...BoardFilter_project @unmask
        ...TimelineSection_project
      }
    }
  }
`);

/** Portfölj: the portfolios of the unit and below, their projects' latest status, and a timeline. */
export function PortfolioPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const [filter, setFilter] = useBoardFilter();
  const { data, error, loading, refetch } = useQuery(PortfolioPage_Query, {
    variables: { orgUnitCode, upTo: period },
  });
  const unitName = data?.orgUnit?.name ?? orgUnitCode;
  const portfolios = (data?.portfolios ?? []).filter(
    (portfolio) => !filter.portfolioId || portfolio.id === filter.portfolioId,
  );
  const asOf = judgedOnDay(period);
  const [creating, setCreating] = useState(false);
  const owningUnits = data?.portfolioOwningUnits ?? [];

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('portfolio.title')}
      </Typography>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && (
        <Stack spacing={3}>
          <Typography color="text.secondary">
            {t('portfolio.intro', {
              unit: unitName,
              period: formatPeriodLabel(formatYearMonth(period), i18n.language),
            })}
          </Typography>
          {owningUnits.length > 0 && (
            <Button
              variant="outlined"
              startIcon={<AddIcon aria-hidden />}
              onClick={() => setCreating(true)}
              sx={{ alignSelf: 'flex-start' }}
            >
              {t('portfolioAdmin.newPortfolio')}
            </Button>
          )}
          {creating && (
            <PortfolioFormDialog
              defaultOrgUnitId={owningUnits.find((unit) => unit.id === data.orgUnit?.id)?.id}
              onClose={() => setCreating(false)}
              onSaved={() => setCreating(false)}
            />
          )}
          {data.portfolios.length === 0 ? (
            <Alert severity="info">{t('portfolio.empty', { unit: unitName })}</Alert>
          ) : (
            <>
              <BoardFilters portfolios={data.portfolios} filter={filter} onChange={setFilter} />
              {portfolios.map((portfolio) => (
                <PortfolioSection key={portfolio.id} portfolio={portfolio} filter={filter} period={period} />
              ))}
              <TimelineSection
                projects={portfolios.flatMap((portfolio) => filterProjects(portfolio.projects, filter))}
                period={period}
                asOf={asOf}
              />
            </>
          )}
        </Stack>
      )}
    </>
  );
}
