import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import { formatPeriodLabel, formatTime } from '../../../i18n/format';
import { thresholdsText } from '../../indicator-library/thresholds-text';

export const ThresholdHistorySection_indicator = graphql(`
  fragment ThresholdHistorySection_indicator on Indicator {
    id
    unit
    thresholdHistory {
      fromMonth
      thresholdKind
      yellowThreshold
      redThreshold
      changedAt
      changedBy
    }
  }
`);

const HEADING_ID = 'threshold-history';

export interface ThresholdHistorySectionProps {
  indicator: FragmentType<typeof ThresholdHistorySection_indicator>;
}

/**
 * The thresholds the indicator's values have been judged by, from which month and who changed
 * them. Nothing until they changed after values were saved: until then one set judged them all.
 */
export function ThresholdHistorySection({ indicator: ref }: ThresholdHistorySectionProps) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({
    fragment: ThresholdHistorySection_indicator,
    fragmentName: 'ThresholdHistorySection_indicator',
    from: ref,
  });
  if (!complete || data.thresholdHistory.length === 0) return null;

  return (
    <SectionCard id={HEADING_ID} title={t('indicator.thresholdHistory.title')}>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {t('indicator.thresholdHistory.intro')}
      </Typography>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-labelledby={HEADING_ID}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('indicator.thresholdHistory.from')}</TableCell>
              <TableCell scope="col">{t('indicator.thresholdHistory.thresholds')}</TableCell>
              <TableCell scope="col">{t('indicator.thresholdHistory.changedAt')}</TableCell>
              <TableCell scope="col">{t('indicator.thresholdHistory.changedBy')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.thresholdHistory.map((set) => (
              <TableRow key={set.fromMonth ?? 'start'}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  {set.fromMonth
                    ? formatPeriodLabel(set.fromMonth, i18n.language)
                    : t('indicator.thresholdHistory.fromStart')}
                </TableCell>
                <TableCell>{thresholdsText(t, set, data.unit, i18n.language)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {set.changedAt ? formatTime(set.changedAt, i18n.language) : '–'}
                </TableCell>
                <TableCell>{set.changedBy ?? '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </SectionCard>
  );
}
