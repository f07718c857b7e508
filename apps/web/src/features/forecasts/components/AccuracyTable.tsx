import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import { ROUTES } from '../../../app/routes';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { formatFigure, formatNumber, formatShare } from '../../../i18n/format';
import type { AccuracyIndicatorRow, AccuracyRound } from '../accuracy-rows';

export interface AccuracyTableProps {
  caption: string;
  rounds: readonly AccuracyRound[];
  rows: readonly AccuracyIndicatorRow[];
  /** Keeps the unit and period when following an indicator's link. */
  search: string;
}

/**
 * Each indicator's outcome at year end, each round's forecast with its error (forecast −
 * outcome, in the indicator's unit, and relative to the outcome), and the indicator's mean
 * absolute error in its unit and mean relative error.
 */
export function AccuracyTable({ caption, rounds, rows, search }: AccuracyTableProps) {
  const { t, i18n } = useTranslation();
  const signed = (value: number | null | undefined, row: AccuracyIndicatorRow) => {
    if (value == null) return '–';
    const magnitude = formatNumber(Math.abs(value), row.indicator.unit, i18n.language);
    return value > 0 ? `+${magnitude}` : value < 0 ? `−${magnitude}` : '±0';
  };
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" sx={{ '& caption': { p: 0 } }}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('accuracy.indicator')}</TableCell>
            <TableCell scope="col" align="right">
              {t('accuracy.outcome')}
            </TableCell>
            {rounds.map((round) => (
              <TableCell key={round.id} scope="col" align="right" sx={{ minWidth: 140 }}>
                {round.name}
              </TableCell>
            ))}
            <TableCell scope="col" align="right">
              {t('accuracy.meanAbsoluteError')}
            </TableCell>
            <TableCell scope="col" align="right">
              {t('accuracy.meanAbsolutePercentageError')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const unitLabel = t(`unit.${row.indicator.unit}`);
            const figure = (value: number | null | undefined) =>
              value == null ? '–' : formatFigure(value, row.indicator.unit, unitLabel, i18n.language);
            return (
              <TableRow key={row.indicator.id}>
                <TableCell component="th" scope="row" sx={{ minWidth: 200 }}>
                  <Link component={RouterLink} to={{ pathname: `${ROUTES.indicator}/${row.indicator.id}`, search }}>
                    {row.indicator.name}
                  </Link>
                  <Typography variant="body2" color="text.secondary">
                    {row.indicator.orgUnit.name} · {unitLabel || t('accuracy.index')}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {row.outcome == null ? t('accuracy.noOutcome') : figure(row.outcome)}
                  {row.outcomeIsSynthetic && (
                    <Typography variant="body2" color="text.secondary">
                      {t('accuracy.generated')}
                    </Typography>
                  )}
                </TableCell>
                {rounds.map((round) => {
                  const forecast = row.forecasts.find((candidate) => candidate.round.id === round.id);
                  return (
                    <TableCell key={round.id} align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {figure(forecast?.forecast)}
                      {forecast?.error != null && (
                        <Typography variant="body2" color="text.secondary">
                          {t('accuracy.errorShort', { error: signed(forecast.error, row) })}
                          {forecast.relativeError != null && ` (${formatShare(forecast.relativeError, i18n.language)})`}
                        </Typography>
                      )}
                    </TableCell>
                  );
                })}
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {row.meanAbsoluteError == null ? '–' : figure(row.meanAbsoluteError)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {row.meanAbsolutePercentageError == null
                    ? '–'
                    : formatShare(row.meanAbsolutePercentageError, i18n.language)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
