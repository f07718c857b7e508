import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Stack from '@mui/material/Stack';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { ExportButtons } from '../../export/components/ExportButtons';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format';
import { seriesExportTable, seriesFigureColumns } from '../series-columns';
import type { ComparedSeries, SeriesRow } from '../series-rows';

export interface SeriesTableProps {
  caption: string;
  rows: readonly SeriesRow[];
  compared: readonly Pick<ComparedSeries, 'orgUnit'>[];
  unit: IndicatorUnit;
}

/**
 * The chart's figures as a table, the same lines as columns: for screen readers and for
 * copying into a report, and downloadable as CSV or Excel with the same columns.
 */
export function SeriesTable({ caption, rows, compared, unit }: SeriesTableProps) {
  const { t, i18n } = useTranslation();
  const columns = seriesFigureColumns(rows, compared, t);
  const figure = (value: number | null | undefined) => (value == null ? '' : formatNumber(value, unit, i18n.language));
  return (
    <Stack spacing={1}>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('goals.column.period')}</TableCell>
            {columns.map((column) => (
              <TableCell key={column.key} scope="col" align="right">
                {column.header}
              </TableCell>
            ))}
            <TableCell scope="col">{t('goals.column.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.period}>
              <TableCell component="th" scope="row">
                {formatPeriodLabel(row.period, i18n.language)}
              </TableCell>
              {columns.map((column) => (
                <TableCell key={column.key} align="right">
                  {figure(column.figure(row))}
                  {column.key === 'outcome' && row.isSynthetic && row.outcome != null
                    ? ` (${t('goals.synthetic').toLowerCase()})`
                    : ''}
                </TableCell>
              ))}
              <TableCell>
                {row.outcome != null && <StatusChip status={row.status} label={t(`status.${row.status}`)} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ExportButtons table={() => seriesExportTable(caption, rows, compared, unit, t, i18n.language)} />
    </Stack>
  );
}
