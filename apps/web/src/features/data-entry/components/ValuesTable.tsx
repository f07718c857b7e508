import Box from '@mui/material/Box';
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
import { formatPeriodLabel } from '../../../i18n/format';
import { useSpreadsheetKeys } from '../../../components/spreadsheet/useSpreadsheetKeys';
import { gridColumnsOf, hasCell, isChanged } from '../grid-model';
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

/**
 * The indicators of a period as rows and their figures as editable cells, worked like a
 * spreadsheet: arrows move between cells (left and right at the text's ends), Enter goes
 * down, Escape puts back what the cell held when entered, Ctrl+Z undoes the last edit, and a
 * block copied from Excel is pasted from the cell it lands on. A cell a row does not have (a
 * tertial's R12) holds no input, and the arrows pass over it.
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
  const columns = gridColumnsOf(rows);
  const { tableRef, cellAttribute, handlers } = useSpreadsheetKeys({
    onRestore: (rowIndex, columnIndex, text) => onEdit(rowIndex, columns[columnIndex]!, text),
    onPaste,
    onUndo,
  });

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
            {columns.map((column) => (
              <TableCell
                key={column}
                scope="col"
                align={column === 'comment' ? 'left' : 'right'}
                sx={{ minWidth: column === 'comment' ? 260 : 110 }}
              >
                {column === 'rolling12' ? (
                  <abbr title={t('dataEntry.grid.rolling12Long')}>{t('dataEntry.grid.rolling12')}</abbr>
                ) : (
                  t(`dataEntry.grid.${column}`)
                )}
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
                {columns.map((column, columnIndex) => {
                  if (!hasCell(row, column)) {
                    return (
                      <TableCell
                        key={column}
                        align="right"
                        // Level with the figures of the inputs beside it, which sit at the top of their cells.
                        sx={{ position: 'relative', verticalAlign: 'top', pt: 1.25, px: 1.75, color: 'text.disabled' }}
                      >
                        <span aria-hidden>–</span>
                        <VisuallyHidden>{t('dataEntry.grid.rolling12NotApplicable')}</VisuallyHidden>
                      </TableCell>
                    );
                  }
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
                        // A comment wraps and grows with its text, so it is read whole, never cut
                        // at the cell's edge; Enter still moves down (the grid's keys), as in Excel.
                        multiline={column === 'comment'}
                        inputProps={{
                          ...cellAttribute(rowIndex, columnIndex),
                          'aria-label': `${t(`dataEntry.grid.${column}`)}, ${row.name}`,
                          'aria-invalid': error ? true : undefined,
                          'aria-describedby': error || other !== undefined ? errorId : undefined,
                          inputMode: column === 'comment' ? 'text' : 'decimal',
                          maxLength: column === 'comment' ? 4000 : 40,
                        }}
                        {...handlers(rowIndex, columnIndex)}
                        onBlur={onEndEdit}
                        onChange={(event) => onEdit(rowIndex, column, event.target.value)}
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
                          '& input': { textAlign: 'right' },
                          '& textarea': { textAlign: 'left' },
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
