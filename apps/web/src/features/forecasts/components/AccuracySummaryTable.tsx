import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { formatShare } from '../../../i18n/format';
import type { AccuracySummaryRow } from '../accuracy-rows';

export interface AccuracySummaryTableProps {
  caption: string;
  /** What the rows are: a round, or a unit. */
  rowHeader: string;
  rows: readonly AccuracySummaryRow[];
}

/** The mean absolute percentage error per round or per unit, and how many forecasts each is the mean of. */
export function AccuracySummaryTable({ caption, rowHeader, rows }: AccuracySummaryTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table size="small" sx={{ '& caption': { p: 0 } }}>
      <caption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </caption>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{rowHeader}</TableCell>
          <TableCell scope="col" align="right">
            {t('accuracy.meanAbsolutePercentageError')}
          </TableCell>
          <TableCell scope="col" align="right">
            {t('accuracy.comparedForecasts')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.label}>
            <TableCell component="th" scope="row">
              {row.label}
            </TableCell>
            <TableCell align="right">
              {row.meanAbsolutePercentageError == null
                ? '–'
                : formatShare(row.meanAbsolutePercentageError, i18n.language)}
            </TableCell>
            <TableCell align="right">{row.comparedForecasts}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
