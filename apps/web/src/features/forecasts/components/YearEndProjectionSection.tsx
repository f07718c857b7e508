import { useQuery } from '@apollo/client/react';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningIcon from '@mui/icons-material/Warning';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import type { IndicatorUnit, YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import { formatFigure, formatNumber, formatPeriodLabel, formatShare } from '../../../i18n/format';

export const YearEndProjectionSection_Query = graphql(`
  query YearEndProjectionSection_Query($id: ID!, $upTo: MonthInput!) {
    indicator(id: $id) {
      id
      yearEndProjection(upTo: $upTo) {
        projectedOutcome
        method
        basedOnMonth
        lastYearShare
        humanForecast
        difference
        relativeDifference
        differsFromForecast
        tolerance
        usesGeneratedValues
      }
    }
  }
`);

export interface YearEndProjectionSectionProps {
  indicatorId: string;
  unit: IndicatorUnit;
  /** The report month: the projection uses the outcomes up to it. */
  upTo: YearMonth;
  /** The section's title; the year's projection unless given (e.g. naming a financial line). */
  title?: string;
}

/**
 * A statistical projection of the year-end outcome beside the full-year forecast people
 * entered, flagged when they lie further apart than the tolerance, and how it was made.
 */
export function YearEndProjectionSection({
  indicatorId,
  unit,
  upTo,
  title: givenTitle,
}: YearEndProjectionSectionProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(YearEndProjectionSection_Query, {
    variables: { id: indicatorId, upTo },
  });
  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  const projection = data?.indicator?.yearEndProjection;
  const title = givenTitle ?? t('projection.title', { year: upTo.year });
  if (!projection) {
    return (
      <SectionCard id="year-end-projection" title={title}>
        <Typography sx={{ mt: 1 }} color="text.secondary">
          {t('projection.none', { period: formatPeriodLabel(formatYearMonth(upTo), i18n.language) })}
        </Typography>
      </SectionCard>
    );
  }
  const unitLabel = t(`unit.${unit}`);
  const figure = (value: number | null | undefined) =>
    value == null ? '–' : formatFigure(value, unit, unitLabel, i18n.language) || '–';
  const signed = (value: number | null | undefined) => {
    if (value == null) return '–';
    const magnitude = formatNumber(Math.abs(value), unit, i18n.language);
    return value > 0 ? `+${magnitude}` : value < 0 ? `−${magnitude}` : '±0';
  };
  const tolerance = formatShare(projection.tolerance, i18n.language, 0);
  const basedOn = formatPeriodLabel(
    formatYearMonth({ year: upTo.year, month: projection.basedOnMonth }),
    i18n.language,
  );

  return (
    <SectionCard id="year-end-projection" title={title}>
      <Box
        component="dl"
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, minmax(0, 1fr))' },
          gap: 2,
          my: 1.5,
          '& dt': { color: 'text.secondary', typography: 'body2' },
          '& dd': { m: 0, typography: 'h6' },
        }}
      >
        <div>
          <dt>{t('projection.projected')}</dt>
          <dd>{figure(projection.projectedOutcome)}</dd>
        </div>
        <div>
          <dt>{t('projection.humanForecast')}</dt>
          <dd>{figure(projection.humanForecast)}</dd>
        </div>
        <div>
          <dt>{t('projection.difference')}</dt>
          <dd>
            {signed(projection.difference)}
            {projection.relativeDifference != null &&
              ` (${projection.relativeDifference > 0 ? '+' : ''}${formatShare(projection.relativeDifference, i18n.language)})`}
          </dd>
        </div>
      </Box>
      {projection.humanForecast == null ? (
        <Alert severity="info">{t('projection.noForecast')}</Alert>
      ) : projection.relativeDifference == null ? (
        <Alert severity="info">{t('projection.zeroForecast')}</Alert>
      ) : projection.differsFromForecast ? (
        <Alert severity="warning" icon={<WarningIcon aria-hidden />}>
          {t('projection.differs', { tolerance })}
        </Alert>
      ) : (
        <Alert severity="success" icon={<CheckCircleIcon aria-hidden />}>
          {t('projection.agrees', { tolerance })}
        </Alert>
      )}
      <Typography variant="body2" sx={{ mt: 1.5 }}>
        {t(`projection.method.${projection.method}`, {
          period: basedOn,
          months: projection.basedOnMonth,
          share: formatShare(projection.lastYearShare, i18n.language),
        })}
      </Typography>
      {projection.usesGeneratedValues && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('projection.generated')}
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t('projection.caveat', { tolerance })}
      </Typography>
    </SectionCard>
  );
}
