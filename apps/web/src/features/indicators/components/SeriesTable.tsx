import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { IndicatorUnit } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { ExportButtons } from '../../export/components/ExportButtons';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format';
import { seriesExportTable, seriesFigureColumns } from '../series-columns';
import type { ComparedSeries, SeriesRow } from '../series-rows';
import { ValueStatusDialog } from './ValueStatusDialog';

export interface SeriesTableProps {
  caption: string;
  rows: readonly SeriesRow[];
  compared: readonly Pick<ComparedSeries, 'orgUnit'>[];
  unit: IndicatorUnit;
  /**
   * Given when the user may set the status of the rows' values by hand: the rows must then be
   * the indicator's own periods (its periodicity), not figures made from other periods'.
   */
  statusEditing?: { indicatorId: string };
}

/**
 * The chart's figures as a table, the same lines as columns: for screen readers and for
 * copying into a report, and downloadable as CSV or Excel with the same columns. A status set
 * by hand says so, and why.
 */
export function SeriesTable({ caption, rows, compared, unit, statusEditing }: SeriesTableProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ period: string; setByHand: boolean } | null>(null);
  const columns = seriesFigureColumns(rows, compared, t);
  const figure = (value: number | null | undefined) => (value == null ? '' : formatNumber(value, unit, i18n.language));
  const periodLabel = (period: string) => formatPeriodLabel(period, i18n.language);
  return (
    <Stack spacing={1}>
      {saved && (
        <Alert severity="success" role="status" onClose={() => setSaved(null)} sx={{ m: 1 }}>
          {t(saved.setByHand ? 'indicator.valueStatus.savedManual' : 'indicator.valueStatus.savedRule', {
            period: periodLabel(saved.period),
          })}
        </Alert>
      )}
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
                {periodLabel(row.period)}
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
                {row.outcome != null && (
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-start', maxWidth: 320 }}>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
                      <StatusChip
                        status={row.status}
                        label={t(`status.${row.status}`)}
                        setByHand={row.statusOverrideReason != null}
                      />
                      {statusEditing && !row.isSynthetic && (
                        <Button
                          size="small"
                          aria-label={t('indicator.valueStatus.editFor', { period: periodLabel(row.period) })}
                          onClick={() => {
                            setSaved(null);
                            setEditing(row.period);
                          }}
                        >
                          {t('indicator.valueStatus.edit')}
                        </Button>
                      )}
                    </Stack>
                    {row.statusOverrideReason != null && (
                      <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                        {t('indicator.valueStatus.reasonShown', { reason: row.statusOverrideReason })}
                      </Typography>
                    )}
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ExportButtons table={() => seriesExportTable(caption, rows, compared, unit, t, i18n.language)} />
      {statusEditing && editing && (
        <ValueStatusDialog
          indicatorId={statusEditing.indicatorId}
          period={editing}
          onClose={() => setEditing(null)}
          onSaved={(setByHand) => {
            setEditing(null);
            setSaved({ period: editing, setByHand });
          }}
        />
      )}
    </Stack>
  );
}
