import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { formatFigure, formatNumber } from '../../../i18n/format';
import type { RoundForecastRow } from '../round-forecast-row';

export interface RoundForecastsTableProps {
  rows: readonly RoundForecastRow[];
  unit: IndicatorUnit;
  caption: string;
}

/** The forecast of each round with its change from the round before and the comment that explains it. */
export function RoundForecastsTable({ rows, unit, caption }: RoundForecastsTableProps) {
  const { t, i18n } = useTranslation();
  const unitLabel = t(`unit.${unit}`);
  const change = (value: number | null | undefined) => {
    if (value == null) return '–';
    const formatted = formatNumber(Math.abs(value), unit, i18n.language);
    return value > 0 ? `+${formatted}` : value < 0 ? `−${formatted}` : '±0';
  };
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" sx={{ '& caption': { p: 0 } }}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('forecasts.round')}</TableCell>
            <TableCell scope="col">{t('forecasts.asOf')}</TableCell>
            <TableCell scope="col">{t('forecasts.statusLabel')}</TableCell>
            <TableCell scope="col" align="right">
              {t('forecasts.forecast')}
            </TableCell>
            <TableCell scope="col" align="right">
              {t('forecasts.change')}
            </TableCell>
            <TableCell scope="col">{t('forecasts.comment')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.round.id}>
              <TableCell component="th" scope="row">
                {row.round.name}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.round.asOf}</TableCell>
              <TableCell>{t(`forecasts.status.${row.round.status}`)}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {row.fullYearForecast == null
                  ? '–'
                  : formatFigure(row.fullYearForecast, unit, unitLabel, i18n.language)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {change(row.changeFromPrevious)}
              </TableCell>
              <TableCell sx={{ minWidth: 240 }}>
                {row.carriedOver && row.fullYearForecast != null ? t('forecasts.carriedOver') : (row.comment ?? '')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
