import Chip from '@mui/material/Chip';
import InputBase from '@mui/material/InputBase';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { useSpreadsheetKeys } from '../../../components/spreadsheet/useSpreadsheetKeys';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format';
import type { TargetCellErrors, TargetGridRow } from '../target-grid-model';

/** What a row shows beside its targets, as source 001 §7.1: two years' outcomes and the forecast. */
export interface TargetHistory {
  outcomes: { year: number; value?: number | null }[];
  forecast: { year: number; value?: number | null };
}

export interface TargetsTableProps {
  /** Names the table: "Månad", "Tertial", "År". */
  caption: string;
  year: number;
  /** The rows of one periodicity, with their index in the whole grid. */
  rows: readonly { row: TargetGridRow; index: number; history: TargetHistory }[];
  errors: TargetCellErrors;
  onEdit: (rowIndex: number, cell: number, text: string) => void;
  onEndEdit: () => void;
  onPaste: (rowIndex: number, cell: number, block: string[][]) => void;
  onUndo: () => void;
}

const sticky = { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 } as const;

/**
 * The targets of the indicators of one periodicity: the previous years' outcomes and the latest
 * forecast (read only), then the annual target and each period's target, worked like Registrera's
 * grid (the shared spreadsheet keys: arrows, Enter, Escape, Ctrl+Z, paste from Excel).
 */
export function TargetsTable({ caption, year, rows, errors, onEdit, onEndEdit, onPaste, onUndo }: TargetsTableProps) {
  const { t, i18n } = useTranslation();
  // Rows are addressed within this table; the callbacks get the row's index in the whole grid.
  const { tableRef, cellAttribute, handlers } = useSpreadsheetKeys({
    onRestore: (rowIndex, cell, text) => onEdit(rows[rowIndex]!.index, cell, text),
    onPaste: (rowIndex, cell, block) => onPaste(rows[rowIndex]!.index, cell, block),
    onUndo,
  });
  const first = rows[0]?.row;
  if (!first) return null;
  const history = rows[0]!.history;
  const columns = [
    t('targets.annualTarget', { year }),
    ...first.periods.map((period) => formatPeriodLabel(period, i18n.language)),
  ];

  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table
        size="small"
        ref={tableRef}
        sx={{ minWidth: 480 + columns.length * 100, '& caption': { p: 0, captionSide: 'top' } }}
      >
        <caption>
          <Typography variant="subtitle2" component="span" sx={{ display: 'block', px: 2, pt: 1, textAlign: 'left' }}>
            {caption}
          </Typography>
          <VisuallyHidden>{t('targets.keyboardHelp')}</VisuallyHidden>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col" sx={{ ...sticky, minWidth: { xs: 130, sm: 220 } }}>
              {t('targets.indicator')}
            </TableCell>
            {history.outcomes.map((outcome) => (
              <TableCell key={outcome.year} scope="col" align="right">
                {t('targets.outcome', { year: outcome.year })}
              </TableCell>
            ))}
            <TableCell scope="col" align="right">
              {t('targets.forecast', { year: history.forecast.year })}
            </TableCell>
            {columns.map((column) => (
              <TableCell key={column} scope="col" align="right" sx={{ minWidth: 100 }}>
                {column}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ row, index, history: shown }, rowIndex) => {
            const unitLabel = t(`unit.${row.unit}`);
            return (
              <TableRow key={row.indicatorId} hover>
                <TableCell
                  component="th"
                  scope="row"
                  sx={{ ...sticky, maxWidth: { xs: 130, sm: 'none' }, overflowWrap: 'anywhere' }}
                >
                  <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                    {row.name}
                  </Typography>
                  {unitLabel && (
                    <Typography variant="body2" component="span" color="text.secondary">{` (${unitLabel})`}</Typography>
                  )}
                  {row.isProposal && (
                    <Chip
                      size="small"
                      variant="outlined"
                      label={t('targets.proposal')}
                      title={t('targets.proposalHelp', { year: year - 1 })}
                      sx={{ ml: 1 }}
                    />
                  )}
                  {row.cumulative && row.periods.length > 0 && (
                    <Typography variant="caption" component="p" color="text.secondary">
                      {t('targets.cumulative')}
                    </Typography>
                  )}
                </TableCell>
                {[...shown.outcomes, shown.forecast].map((figure, position) => (
                  <TableCell key={position} align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {figure.value == null ? '–' : formatNumber(figure.value, row.unit, i18n.language)}
                  </TableCell>
                ))}
                {row.cells.map((text, cell) => {
                  const error = errors[row.indicatorId]?.[cell];
                  const errorId = `target-error-${row.indicatorId}-${cell}`;
                  return (
                    <TableCell key={cell} sx={{ py: 0.5, px: 0.5, verticalAlign: 'top' }}>
                      <InputBase
                        value={text}
                        readOnly={!row.canEdit}
                        fullWidth
                        inputProps={{
                          ...cellAttribute(rowIndex, cell),
                          'aria-label': `${columns[cell]}, ${row.name}`,
                          'aria-invalid': error ? true : undefined,
                          'aria-describedby': error ? errorId : undefined,
                          inputMode: 'decimal',
                          maxLength: 40,
                        }}
                        {...handlers(rowIndex, cell)}
                        onBlur={onEndEdit}
                        onChange={(event) => onEdit(index, cell, event.target.value)}
                        sx={{
                          px: 1,
                          py: 0.25,
                          borderRadius: 1,
                          border: 1,
                          borderColor: error ? 'error.main' : 'divider',
                          typography: 'body2',
                          bgcolor:
                            text !== row.saved[cell] ? 'action.selected' : row.canEdit ? undefined : 'action.hover',
                          '&.Mui-focused': { borderColor: error ? 'error.main' : 'primary.main' },
                          '& input': { textAlign: 'right' },
                        }}
                      />
                      {error && (
                        <Typography id={errorId} variant="caption" component="p" color="error" sx={{ px: 1 }}>
                          {t(`validation.${error}`, { defaultValue: t('validation.invalid') })}
                        </Typography>
                      )}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
