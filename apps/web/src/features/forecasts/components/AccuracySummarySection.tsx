import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { formatShare } from '../../../i18n/format';
import type { AccuracySummaryRow } from '../accuracy-rows';
import { AccuracyByRoundChart } from './AccuracyByRoundChart';
import { AccuracySummaryTable } from './AccuracySummaryTable';

export interface AccuracySummarySectionProps {
  unitName: string;
  year: number;
  meanAbsolutePercentageError?: number | null;
  comparedForecasts: number;
  byRound: readonly AccuracySummaryRow[];
  byUnit: readonly AccuracySummaryRow[];
}

/**
 * The unit-free summary: the mean absolute percentage error over all forecasts, per round (are
 * later rounds better?) as a chart or table, and per unit.
 */
export function AccuracySummarySection({
  unitName,
  year,
  meanAbsolutePercentageError,
  comparedForecasts,
  byRound,
  byUnit,
}: AccuracySummarySectionProps) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const byRoundCaption = t('accuracy.byRoundCaption', { unit: unitName, year });
  return (
    <SectionCard id="accuracy-summary" title={t('accuracy.summaryTitle')}>
      <Typography variant="h4" component="p" sx={{ mt: 1 }}>
        {meanAbsolutePercentageError == null ? '–' : formatShare(meanAbsolutePercentageError, i18n.language)}
      </Typography>
      <Typography color="text.secondary">
        {meanAbsolutePercentageError == null
          ? t('accuracy.noComparison')
          : t('accuracy.totalExplained', { count: comparedForecasts, unit: unitName })}
      </Typography>
      {comparedForecasts > 0 && (
        <>
          <Stack
            direction="row"
            sx={{ mt: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
          >
            <Typography variant="subtitle1" component="h3">
              {t('accuracy.byRoundTitle')}
            </Typography>
            <Tabs value={view} onChange={(_event, value: 'chart' | 'table') => setView(value)}>
              <Tab value="chart" label={t('indicator.chart')} />
              <Tab value="table" label={t('indicator.table')} />
            </Tabs>
          </Stack>
          {view === 'chart' ? (
            <AccuracyByRoundChart rows={byRound} description={t('accuracy.byRoundChart', { unit: unitName, year })} />
          ) : (
            <AccuracySummaryTable caption={byRoundCaption} rowHeader={t('forecasts.round')} rows={byRound} />
          )}
          {byUnit.length > 1 && (
            <>
              <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
                {t('accuracy.byUnitTitle')}
              </Typography>
              <AccuracySummaryTable
                caption={t('accuracy.byUnitCaption', { unit: unitName, year })}
                rowHeader={t('pickers.orgUnit')}
                rows={byUnit}
              />
            </>
          )}
        </>
      )}
    </SectionCard>
  );
}
