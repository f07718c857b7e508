import Box from '@mui/material/Box';
import InputBase from '@mui/material/InputBase';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { formatPeriodLabel } from '../../../i18n/format';
import { isCellBlock, parseClipboardBlock } from '../clipboard-block';
import { GRID_COLUMNS, isChanged } from '../grid-model';
import type { CellErrors, GridColumn, GridRow } from '../grid-model';

export interface ValuesTableProps {
  rows: readonly GridRow[];
  readOnly: boolean;
  /** Columns shown but not editable. */
  locked: readonly GridColumn[];
  errors: CellErrors;
  /** Per indicator id: the figures someone else saved meanwhile, as text, for the cells that differ. */
  theirs: Record<string, Partial<Record<GridColumn, string>>>;
  onEdit: (rowIndex: number, column: GridColumn, text: string) => void;
  onEndEdit: () => void;
  onPaste: (rowIndex: number, columnIndex: number, block: string[][]) => void;
  onUndo: () => void;
}

const cellKey = (rowIndex: number, columnIndex: number) => `${rowIndex}:${columnIndex}`;

/**
 * The indicators of a period as rows and their figures as editable cells, worked like a
 * spreadsheet: arrows move between cells (left and right at the text's ends), Enter goes
 * down, Escape puts back what the cell held when entered, Ctrl+Z undoes the last edit, and a
 * block copied from Excel is pasted from the cell it lands on.
 */
export function ValuesTable({
  rows,
  readOnly,
  locked,
  errors,
  theirs,
  onEdit,
  onEndEdit,
  onPaste,
  onUndo,
}: ValuesTableProps) {
  const { t, i18n } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const textOnEntry = useRef('');

  const focusCell = (rowIndex: number, columnIndex: number): boolean => {
    const input = tableRef.current?.querySelector<HTMLInputElement>(`[data-cell="${cellKey(rowIndex, columnIndex)}"]`);
    if (!input) return false;
    input.focus();
    input.select();
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, rowIndex: number, columnIndex: number) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey) {
      event.preventDefault();
      onUndo();
      return;
    }
    let moved = false;
    switch (event.key) {
      case 'ArrowUp':
        moved = focusCell(rowIndex - 1, columnIndex);
        break;
      case 'ArrowDown':
        moved = focusCell(rowIndex + 1, columnIndex);
        break;
      case 'Enter':
        moved = focusCell(rowIndex + (event.shiftKey ? -1 : 1), columnIndex);
        break;
      case 'ArrowLeft':
        if (atStart) moved = focusCell(rowIndex, columnIndex - 1);
        break;
      case 'ArrowRight':
        if (atEnd) moved = focusCell(rowIndex, columnIndex + 1);
        break;
      case 'Escape':
        if (input.value !== textOnEntry.current) {
          onEdit(rowIndex, GRID_COLUMNS[columnIndex]!, textOnEntry.current);
          moved = true;
        }
        break;
    }
    if (moved || event.key === 'Enter') event.preventDefault();
  };

  const onPasteCell = (event: ClipboardEvent<HTMLInputElement>, rowIndex: number, columnIndex: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isCellBlock(text)) return;
    event.preventDefault();
    onPaste(rowIndex, columnIndex, parseClipboardBlock(text));
  };

  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" ref={tableRef} sx={{ minWidth: 940, '& caption': { p: 0 } }}>
        <caption>
          <VisuallyHidden>{t('dataEntry.grid.keyboardHelp')}</VisuallyHidden>
        </caption>
        <TableHead>
          <TableRow>
            <TableCell
              scope="col"
              sx={{
                position: 'sticky',
                left: 0,
                bgcolor: 'background.paper',
                zIndex: 1,
                minWidth: { xs: 130, sm: 200 },
              }}
            >
              {t('dataEntry.grid.indicator')}
            </TableCell>
            <TableCell scope="col">{t('dataEntry.grid.period')}</TableCell>
            {GRID_COLUMNS.map((column) => (
              <TableCell
                key={column}
                scope="col"
                align={column === 'comment' ? 'left' : 'right'}
                sx={{ minWidth: column === 'comment' ? 260 : 110 }}
              >
                {t(`dataEntry.grid.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, rowIndex) => {
            const unitLabel = t(`unit.${row.unit}`);
            const changed = isChanged(row);
            return (
              <TableRow key={row.indicatorId} hover>
                <TableCell
                  component="th"
                  scope="row"
                  sx={{
                    position: 'sticky',
                    left: 0,
                    bgcolor: 'background.paper',
                    zIndex: 1,
                    maxWidth: { xs: 130, sm: 'none' },
                    overflowWrap: 'anywhere',
                  }}
                >
                  <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
                    {row.name}
                  </Typography>
                  {unitLabel && (
                    <Typography variant="body2" component="span" color="text.secondary">
                      {` (${unitLabel})`}
                    </Typography>
                  )}
                  {(changed || row.isSynthetic || theirs[row.indicatorId]) && (
                    <Typography variant="caption" component="p" color="text.secondary">
                      {[
                        changed && t('dataEntry.grid.unsaved'),
                        row.isSynthetic && !changed && t('dataEntry.grid.generated'),
                        theirs[row.indicatorId] && t('dataEntry.grid.changedByOthers'),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatPeriodLabel(row.period, i18n.language)}
                  {errors[row.indicatorId]?.period && (
                    <Typography variant="caption" component="p" color="error">
                      {t(`validation.${errors[row.indicatorId]!.period!}`, { defaultValue: t('validation.invalid') })}
                    </Typography>
                  )}
                </TableCell>
                {GRID_COLUMNS.map((column, columnIndex) => {
                  const error = errors[row.indicatorId]?.[column];
                  const errorId = `cell-error-${row.indicatorId}-${column}`;
                  const other = theirs[row.indicatorId]?.[column];
                  const cellChanged = row.cells[column] !== row.saved[column];
                  return (
                    <TableCell key={column} sx={{ py: 0.5, px: 0.5, verticalAlign: 'top' }}>
                      <InputBase
                        value={row.cells[column]}
                        readOnly={readOnly || locked.includes(column)}
                        fullWidth
                        inputProps={{
                          'data-cell': cellKey(rowIndex, columnIndex),
                          'aria-label': `${t(`dataEntry.grid.${column}`)}, ${row.name}`,
                          'aria-invalid': error ? true : undefined,
                          'aria-describedby': error || other !== undefined ? errorId : undefined,
                          inputMode: column === 'comment' ? 'text' : 'decimal',
                          maxLength: column === 'comment' ? 4000 : 40,
                        }}
                        onFocus={(event) => {
                          textOnEntry.current = event.currentTarget.value;
                        }}
                        onBlur={onEndEdit}
                        onChange={(event) => onEdit(rowIndex, column, event.target.value)}
                        onKeyDown={(event) =>
                          onKeyDown(event as KeyboardEvent<HTMLInputElement>, rowIndex, columnIndex)
                        }
                        onPaste={(event) =>
                          onPasteCell(event as ClipboardEvent<HTMLInputElement>, rowIndex, columnIndex)
                        }
                        sx={{
                          px: 1,
                          py: 0.25,
                          borderRadius: 1,
                          border: 1,
                          borderColor: error ? 'error.main' : 'divider',
                          typography: 'body2',
                          bgcolor: cellChanged
                            ? 'action.selected'
                            : locked.includes(column)
                              ? 'action.hover'
                              : undefined,
                          '&.Mui-focused': { borderColor: error ? 'error.main' : 'primary.main' },
                          '& input': { textAlign: column === 'comment' ? 'left' : 'right' },
                        }}
                      />
                      {(error || other !== undefined) && (
                        <Box id={errorId} sx={{ px: 1 }}>
                          {error && (
                            <Typography variant="caption" component="p" color="error">
                              {t(`validation.${error}`, { defaultValue: t('validation.invalid') })}
                            </Typography>
                          )}
                          {other !== undefined && (
                            <Typography variant="caption" component="p" color="warning.dark">
                              {t('dataEntry.grid.theirValue', { value: other || '–' })}
                            </Typography>
                          )}
                        </Box>
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
