import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import type { IndicatorSeries_PointFragment } from '../../../generated/graphql';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format';

export interface SeriesTableProps {
  caption: string;
  points: readonly IndicatorSeries_PointFragment[];
  unit: IndicatorUnit;
}

/** The chart's figures as a table: for screen readers and for copying into a report. */
export function SeriesTable({ caption, points, unit }: SeriesTableProps) {
  const { t, i18n } = useTranslation();
  const figure = (value: number | null | undefined) => (value == null ? '' : formatNumber(value, unit, i18n.language));
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('goals.column.period')}</TableCell>
          <TableCell scope="col" align="right">
            {t('indicator.outcome')}
          </TableCell>
          <TableCell scope="col" align="right">
            {t('indicator.target')}
          </TableCell>
          <TableCell scope="col" align="right">
            {t('indicator.previousYear')}
          </TableCell>
          <TableCell scope="col" align="right">
            {t('goals.column.forecast')}
          </TableCell>
          <TableCell scope="col">{t('goals.column.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {points.map((point) => (
          <TableRow key={point.period}>
            <TableCell component="th" scope="row">
              {formatPeriodLabel(point.period, i18n.language)}
            </TableCell>
            <TableCell align="right">
              {figure(point.outcome)}
              {point.isSynthetic && point.outcome != null ? ` (${t('goals.synthetic').toLowerCase()})` : ''}
            </TableCell>
            <TableCell align="right">{figure(point.target)}</TableCell>
            <TableCell align="right">{figure(point.previousYearOutcome)}</TableCell>
            <TableCell align="right">{figure(point.fullYearForecast)}</TableCell>
            <TableCell>
              {point.outcome != null && <StatusChip status={point.status} label={t(`status.${point.status}`)} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
