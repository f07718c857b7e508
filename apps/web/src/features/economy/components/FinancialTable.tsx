import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import type { FinancialTable_LineFragment } from '../../../generated/graphql';
import { formatNumber } from '../../../i18n/format';
import { FINANCIAL_LINE_FIGURES } from '../economy-columns';
import { RolledUpNote } from './RolledUpNote';

export const FinancialTable_line = graphql(`
  fragment FinancialTable_line on FinancialLine {
    indicator {
      id
      code
      name
      unit
    }
    outcomeToDate
    budgetToDate
    deviationToDate
    fullYearForecast
    fullYearBudget
    previousYearToDate
    status
    rolledUpFrom {
      id
      name
    }
  }
`);

export interface FinancialTableProps {
  caption: string;
  lines: readonly FinancialTable_LineFragment[];
  /** The line whose forecast by round is shown, if any. */
  shownForecastsOf?: string | null;
  /** Shows (or, for the line already shown, hides) a line's forecast by round. */
  onToggleForecasts?: (line: FinancialTable_LineFragment) => void;
}

/** The financial table of the monthly report: to date, deviation, and the full year. */
export function FinancialTable({ caption, lines, shownForecastsOf, onToggleForecasts }: FinancialTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('economy.line')}</TableCell>
          {FINANCIAL_LINE_FIGURES.map((figure) => (
            <TableCell key={figure} scope="col" align="right">
              {t(`economy.${figure}`)}
            </TableCell>
          ))}
          <TableCell scope="col">{t('goals.column.status')}</TableCell>
          {onToggleForecasts && <TableCell scope="col">{t('economy.roundForecasts')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.indicator.id}>
            <TableCell component="th" scope="row">
              {line.indicator.name}
              <RolledUpNote units={line.rolledUpFrom} />
            </TableCell>
            {FINANCIAL_LINE_FIGURES.map((figure) => {
              const value = line[figure];
              return (
                <TableCell key={figure} align="right">
                  {value == null ? '' : formatNumber(value, line.indicator.unit, i18n.language)}
                </TableCell>
              );
            })}
            <TableCell>
              <StatusChip status={line.status} label={t(`status.${line.status}`)} />
            </TableCell>
            {onToggleForecasts && (
              <TableCell>
                <Button
                  size="small"
                  variant={shownForecastsOf === line.indicator.id ? 'contained' : 'text'}
                  aria-pressed={shownForecastsOf === line.indicator.id}
                  onClick={() => onToggleForecasts(line)}
                  sx={{ whiteSpace: 'nowrap' }}
                >
                  {t('economy.showForecasts')}
                  <VisuallyHidden>{t('economy.forecastsOfLine', { line: line.indicator.name })}</VisuallyHidden>
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
