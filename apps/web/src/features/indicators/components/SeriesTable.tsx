import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format';
import { describeSeriesContent } from '../series-rows';
import type { ComparedSeries, SeriesRow } from '../series-rows';

export interface SeriesTableProps {
  caption: string;
  rows: readonly SeriesRow[];
  compared: readonly Pick<ComparedSeries, 'orgUnit'>[];
  unit: IndicatorUnit;
}

/** The chart's figures as a table, the same lines as columns: for screen readers and for copying into a report. */
export function SeriesTable({ caption, rows, compared, unit }: SeriesTableProps) {
  const { t, i18n } = useTranslation();
  const content = describeSeriesContent(rows);
  const figure = (value: number | null | undefined) => (value == null ? '' : formatNumber(value, unit, i18n.language));
  const numberColumn = (label: string) => (
    <TableCell key={label} scope="col" align="right">
      {label}
    </TableCell>
  );
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('goals.column.period')}</TableCell>
          {numberColumn(t('indicator.outcome'))}
          {numberColumn(t('indicator.target'))}
          {content.hasForecast && numberColumn(t('indicator.forecast'))}
          {content.hasRolling12 && numberColumn(t('indicator.rolling12'))}
          {content.hasPreviousYear && numberColumn(t('indicator.previousYear'))}
          {compared.map((other) => numberColumn(`${t('indicator.outcome')}, ${other.orgUnit.name}`))}
          <TableCell scope="col">{t('goals.column.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.period}>
            <TableCell component="th" scope="row">
              {formatPeriodLabel(row.period, i18n.language)}
            </TableCell>
            <TableCell align="right">
              {figure(row.outcome)}
              {row.isSynthetic && row.outcome != null ? ` (${t('goals.synthetic').toLowerCase()})` : ''}
            </TableCell>
            <TableCell align="right">{figure(row.target)}</TableCell>
            {content.hasForecast && <TableCell align="right">{figure(row.fullYearForecast)}</TableCell>}
            {content.hasRolling12 && <TableCell align="right">{figure(row.rolling12)}</TableCell>}
            {content.hasPreviousYear && <TableCell align="right">{figure(row.previousYearOutcome)}</TableCell>}
            {compared.map((other) => (
              <TableCell key={other.orgUnit.code} align="right">
                {figure(row.compared[other.orgUnit.code])}
              </TableCell>
            ))}
            <TableCell>
              {row.outcome != null && <StatusChip status={row.status} label={t(`status.${row.status}`)} />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
