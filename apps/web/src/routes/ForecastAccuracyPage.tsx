import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../components/QueryState';
import { SectionCard } from '../components/SectionCard';
import { YearParamSelect, useChosenYear } from '../components/YearParamSelect';
import { ExportButtons } from '../features/export/components/ExportButtons';
import { accuracyExportTable } from '../features/forecasts/accuracy-export';
import { AccuracySummarySection } from '../features/forecasts/components/AccuracySummarySection';
import { AccuracyTable } from '../features/forecasts/components/AccuracyTable';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';

const ForecastAccuracyPage_Years = graphql(`
  query ForecastAccuracyPage_Years {
    forecastRoundYears
  }
`);

const ForecastAccuracyPage_Query = graphql(`
  query ForecastAccuracyPage_Query($orgUnitCode: String!, $year: Int!) {
    forecastAccuracy(orgUnitCode: $orgUnitCode, year: $year) {
      year
      orgUnit {
        id
        name
      }
      rounds {
        id
        name
        asOf
        isDemoValue
      }
      meanAbsolutePercentageError
      comparedForecasts
      byRound {
        round {
          id
          name
        }
        meanAbsolutePercentageError
        comparedForecasts
      }
      byUnit {
        orgUnit {
          id
          name
        }
        meanAbsolutePercentageError
        comparedForecasts
      }
      indicators {
        indicator {
          id
          name
          unit
          orgUnit {
            id
            name
          }
        }
        outcome
        outcomeIsSynthetic
        meanAbsoluteError
        meanAbsolutePercentageError
        forecasts {
          round {
            id
          }
          forecast
          carriedOver
          error
          absoluteError
          relativeError
        }
      }
    }
  }
`);

/**
 * Prognosträffsäkerhet: how close a unit's forecasts of a finished year came to the outcome,
 * per indicator in its own unit and, unit-free, per round and per unit.
 */
export function ForecastAccuracyPage() {
  const { t } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const [search] = useSearchParams();
  const years = useQuery(ForecastAccuracyPage_Years);
  const yearsWithRounds = years.data?.forecastRoundYears ?? [];
  // By default the latest year with rounds that ended before the report period's year.
  const year =
    useChosenYear(yearsWithRounds) ??
    yearsWithRounds.find((candidate) => candidate < period.year) ??
    yearsWithRounds[0];
  const { data, loading, error, refetch } = useQuery(ForecastAccuracyPage_Query, {
    variables: { orgUnitCode, year: year ?? 0 },
    skip: year === undefined,
  });
  const accuracy = data?.forecastAccuracy;
  const demoDated = accuracy?.rounds.filter((round) => round.isDemoValue) ?? [];

  return (
    <>
      <Typography
        variant="h4"
        component="h1"
        gutterBottom
        sx={{ overflowWrap: 'anywhere', fontSize: { xs: '1.75rem', sm: '2.125rem' } }}
      >
        {t('accuracy.title')}
      </Typography>
      {(years.loading || loading) && !data && <Loading />}
      {(years.error || error) && <LoadError onRetry={() => void (years.error ? years.refetch() : refetch())} />}
      {years.data && yearsWithRounds.length === 0 && <Alert severity="info">{t('accuracy.noRoundsAtAll')}</Alert>}
      {year !== undefined && (
        <Stack spacing={3}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
            <YearParamSelect label={t('accuracy.year')} years={yearsWithRounds} value={year} />
            {accuracy && (
              <Typography color="text.secondary">
                {t('accuracy.intro', { unit: accuracy.orgUnit.name, year })}
              </Typography>
            )}
          </Stack>
          <Alert severity="info" icon={false}>
            <Typography variant="body2">{t('accuracy.explainError')}</Typography>
            <Typography variant="body2" sx={{ mt: 1 }}>
              {t('accuracy.explainMeans')}
            </Typography>
          </Alert>
          {data && !accuracy && <Alert severity="info">{t('pickers.unknownUnit')}</Alert>}
          {accuracy && accuracy.indicators.length === 0 && (
            <Alert severity="info">{t('accuracy.noForecasts', { unit: accuracy.orgUnit.name, year })}</Alert>
          )}
          {accuracy && accuracy.indicators.length > 0 && (
            <>
              <AccuracySummarySection
                unitName={accuracy.orgUnit.name}
                year={year}
                meanAbsolutePercentageError={accuracy.meanAbsolutePercentageError}
                comparedForecasts={accuracy.comparedForecasts}
                byRound={accuracy.byRound.map((row) => ({ ...row, label: row.round.name }))}
                byUnit={accuracy.byUnit.map((row) => ({ ...row, label: row.orgUnit.name }))}
              />
              <SectionCard id="accuracy-indicators" title={t('accuracy.indicatorsTitle')}>
                <ExportButtons table={() => accuracyExportTable(accuracy, t)} />
                <AccuracyTable
                  caption={t('accuracy.tableCaption', { unit: accuracy.orgUnit.name, year })}
                  rounds={accuracy.rounds}
                  rows={accuracy.indicators}
                  search={`?${search.toString()}`}
                />
                {demoDated.length > 0 && (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                    {t('accuracy.demoDated', { rounds: demoDated.map((round) => round.name).join(', ') })}
                  </Typography>
                )}
              </SectionCard>
            </>
          )}
        </Stack>
      )}
    </>
  );
}
