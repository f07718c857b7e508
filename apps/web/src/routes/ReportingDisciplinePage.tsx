import { useQuery } from '@apollo/client/react';
import { currentYearMonth } from '@lagesbild/types';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../components/QueryState';
import { SectionCard } from '../components/SectionCard';
import { YearParamSelect, useChosenYear } from '../components/YearParamSelect';
import { BehindTables } from '../features/reporting-discipline/components/BehindTables';
import { DisciplineCountsLine } from '../features/reporting-discipline/components/DisciplineCountsLine';
import { DisciplineLegend } from '../features/reporting-discipline/components/DisciplineLegend';
import { DisciplineMatrix } from '../features/reporting-discipline/components/DisciplineMatrix';
import { MissingItemsTable } from '../features/reporting-discipline/components/MissingItemsTable';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';

export const ReportingDisciplinePage_Query = graphql(`
  query ReportingDisciplinePage_Query($orgUnitCode: String!, $year: Int!) {
    reportingDiscipline(orgUnitCode: $orgUnitCode, year: $year) {
      year
      orgUnit {
        id
        name
      }
      counts {
        onTime
        late
        missing
        pending
        total
      }
      ...DisciplineMatrix_discipline @unmask
      ...BehindTables_discipline @unmask
      ...MissingItemsTable_discipline @unmask
    }
  }
`);

/** How many years back the year picker reaches from the view's year. */
const YEARS_BACK = 5;

/**
 * Inrapportering i tid: for the department head, per unit and period of a year, what was reported
 * on time, late or not at all; the units and people most behind; and each missing item.
 */
export function ReportingDisciplinePage() {
  const { t } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const thisMonth = currentYearMonth();
  const thisYear = thisMonth.year;
  const latest = Math.max(thisYear, period.year);
  const years = Array.from({ length: latest - (period.year - YEARS_BACK) + 1 }, (_, index) => latest - index);
  // By default the year of the view's period.
  const year = useChosenYear(years) ?? period.year;
  const { data, loading, error, refetch } = useQuery(ReportingDisciplinePage_Query, {
    variables: { orgUnitCode, year },
  });
  const discipline = data?.reportingDiscipline;

  return (
    <>
      <Typography
        variant="h4"
        component="h1"
        gutterBottom
        sx={{ overflowWrap: 'anywhere', fontSize: { xs: '1.75rem', sm: '2.125rem' } }}
      >
        {t('discipline.title')}
      </Typography>
      <Stack spacing={3}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <YearParamSelect label={t('discipline.year')} years={years} value={year} />
          {discipline && (
            <Typography color="text.secondary">
              {t('discipline.intro', { unit: discipline.orgUnit.name, year })}
            </Typography>
          )}
        </Stack>
        {loading && !data && <Loading />}
        {error && <LoadError onRetry={() => void refetch()} />}
        {data && !discipline && <Alert severity="info">{t('pickers.unknownUnit')}</Alert>}
        {discipline && discipline.periods.length === 0 && (
          <Alert severity="info">
            {year < thisYear || (year === thisYear && thisMonth.month > 1)
              ? t('discipline.nothingDue', { unit: discipline.orgUnit.name, year })
              : t('discipline.noPeriods', { year })}
          </Alert>
        )}
        {discipline && discipline.periods.length > 0 && (
          <>
            <SectionCard id="discipline-matrix" title={t('discipline.matrix.title')}>
              <Stack spacing={1.5} sx={{ mt: 1 }}>
                <section aria-label={t('discipline.summaryLabel')}>
                  <DisciplineCountsLine counts={discipline.counts} />
                </section>
                <DisciplineLegend />
                <DisciplineMatrix discipline={discipline} />
              </Stack>
            </SectionCard>
            <BehindTables discipline={discipline} />
            <MissingItemsTable discipline={discipline} />
          </>
        )}
      </Stack>
    </>
  );
}
