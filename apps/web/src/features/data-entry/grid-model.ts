import {
  checkValueAgainstIndicator,
  hasRolling12,
  indicatorValueInputSchema,
  parsePeriodKey,
  parseSwedishNumber,
} from '@lagesbild/types';
import type { IndicatorUnit, Periodicity } from '@lagesbild/types';
import { formatEditable } from '../../components/spreadsheet/editable-number';

/** The editable columns of the grid, left to right; R12 only in a grid with monthly rows (gridColumnsOf). */
export const GRID_COLUMNS = [
  'outcome',
  'periodTarget',
  'annualTarget',
  'fullYearForecast',
  'rolling12',
  'comment',
] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];
type FigureColumn = Exclude<GridColumn, 'comment'>;
const FIGURE_COLUMNS = GRID_COLUMNS.filter((column): column is FigureColumn => column !== 'comment');

export type CellTexts = Record<GridColumn, string>;

/** One indicator's row: what was saved and what the user has typed, both as text. */
export interface GridRow {
  indicatorId: string;
  name: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  period: string;
  isSynthetic: boolean;
  /** The version of the saved value, or null when the period has none yet. */
  version: number | null;
  saved: CellTexts;
  cells: CellTexts;
}

/** Message keys (validation.*) per indicator id and column (or `period`). */
export type CellErrors = Record<string, Partial<Record<GridColumn | 'period', string>>>;

export interface SavedFigures {
  outcome?: number | null;
  periodTarget?: number | null;
  annualTarget?: number | null;
  fullYearForecast?: number | null;
  rolling12?: number | null;
  comment?: string | null;
  isSynthetic?: boolean;
  version: number;
}

export interface SheetIndicatorRow {
  period: string;
  indicator: { id: string; name: string; unit: IndicatorUnit; periodicity: Periodicity };
  value?: SavedFigures | null;
}

export { formatEditable };

export function textsOf(value: SavedFigures | null | undefined): CellTexts {
  return {
    outcome: formatEditable(value?.outcome),
    periodTarget: formatEditable(value?.periodTarget),
    annualTarget: formatEditable(value?.annualTarget),
    fullYearForecast: formatEditable(value?.fullYearForecast),
    rolling12: formatEditable(value?.rolling12),
    comment: value?.comment ?? '',
  };
}

/** Whether a row has the cell: R12 only where it applies (a month of a monthly indicator). */
export function hasCell(row: Pick<GridRow, 'periodicity' | 'period'>, column: GridColumn): boolean {
  if (column !== 'rolling12') return true;
  const period = parsePeriodKey(row.period);
  return period !== undefined && hasRolling12(row, period);
}

/**
 * The columns the grid shows, left to right: R12 only when some row has it, so a unit of
 * tertial and yearly indicators sees no column that never applies.
 */
export function gridColumnsOf(rows: readonly Pick<GridRow, 'periodicity' | 'period'>[]): readonly GridColumn[] {
  return GRID_COLUMNS.filter((column) => rows.some((row) => hasCell(row, column)));
}

export function rowsFromSheet(rows: readonly SheetIndicatorRow[]): GridRow[] {
  return rows.map(({ period, indicator, value }) => ({
    indicatorId: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    periodicity: indicator.periodicity,
    period,
    isSynthetic: value?.isSynthetic ?? false,
    version: value?.version ?? null,
    saved: textsOf(value),
    cells: textsOf(value),
  }));
}

export function isChanged(row: GridRow): boolean {
  return GRID_COLUMNS.some((column) => row.cells[column] !== row.saved[column]);
}

export function setCell(rows: readonly GridRow[], rowIndex: number, column: GridColumn, text: string): GridRow[] {
  return rows.map((row, index) => (index === rowIndex ? { ...row, cells: { ...row.cells, [column]: text } } : row));
}

/**
 * Pastes a block of cells with its top left corner at a cell: each pasted row fills the
 * next grid row, each pasted cell the next column shown (gridColumnsOf). What falls outside
 * the grid is left out, and `clipped` says so; locked columns, and a cell a row does not have
 * (a tertial's R12), keep what they hold.
 */
export function pasteBlock(
  rows: readonly GridRow[],
  rowIndex: number,
  columnIndex: number,
  block: readonly (readonly string[])[],
  /** Columns that cannot change (the forecast when the year's rounds are closed): pasted over, not into. */
  locked: readonly GridColumn[] = [],
): { rows: GridRow[]; clipped: boolean } {
  let clipped = false;
  const columns = gridColumnsOf(rows);
  const next = rows.map((row) => ({ ...row, cells: { ...row.cells } }));
  block.forEach((cells, offset) => {
    const target = next[rowIndex + offset];
    if (!target) {
      clipped = true;
      return;
    }
    cells.forEach((text, cellOffset) => {
      const column = columns[columnIndex + cellOffset];
      if (!column) {
        if (text.trim() !== '') clipped = true;
        return;
      }
      if (locked.includes(column) || !hasCell(target, column)) return;
      target.cells[column] = column === 'comment' ? text : text.trim();
    });
  });
  return { rows: next, clipped };
}

/** What the API takes for one value (IndicatorValueInput). */
export interface ValueInput {
  indicatorId: string;
  period: string;
  outcome: number | null;
  periodTarget: number | null;
  annualTarget: number | null;
  fullYearForecast: number | null;
  rolling12: number | null;
  comment: string | null;
  expectedVersion: number | null;
}

/**
 * Checks every changed row as the API will (the same schema and the indicator's own rules:
 * a number, a percentage within 0–100, a period of its periodicity, R12 only for a month of
 * a monthly indicator) and returns the inputs to save, in grid order, with the errors per
 * cell. Nothing is to be saved while any cell is invalid.
 */
export function checkRows(rows: readonly GridRow[]): { values: ValueInput[]; sent: GridRow[]; errors: CellErrors } {
  const errors: CellErrors = {};
  const values: ValueInput[] = [];
  const sent: GridRow[] = [];
  const addError = (row: GridRow, field: GridColumn | 'period', message: string) => {
    errors[row.indicatorId] = { ...errors[row.indicatorId], [field]: errors[row.indicatorId]?.[field] ?? message };
  };
  for (const row of rows) {
    if (!isChanged(row)) continue;
    const figures: Partial<Record<FigureColumn, number | null>> = {};
    for (const column of FIGURE_COLUMNS) {
      const parsed = parseSwedishNumber(row.cells[column]);
      if (parsed === undefined) addError(row, column, 'notANumber');
      else figures[column] = parsed;
    }
    const input: ValueInput = {
      indicatorId: row.indicatorId,
      period: row.period,
      outcome: figures.outcome ?? null,
      periodTarget: figures.periodTarget ?? null,
      annualTarget: figures.annualTarget ?? null,
      fullYearForecast: figures.fullYearForecast ?? null,
      rolling12: figures.rolling12 ?? null,
      comment: row.cells.comment,
      expectedVersion: row.version,
    };
    const checked = indicatorValueInputSchema.safeParse(input);
    if (checked.success) {
      for (const error of checkValueAgainstIndicator(checked.data, row)) {
        addError(row, error.field as GridColumn | 'period', error.message);
      }
    } else {
      for (const issue of checked.error.issues) addError(row, String(issue.path[0]) as GridColumn, issue.message);
    }
    values.push(input);
    sent.push(row);
  }
  return { values, sent, errors };
}

/** The API's field errors (`input.values.3.outcome`) placed on the cells of the rows sent. */
export function cellErrorsOf(
  fieldErrors: readonly { field: string; message: string }[],
  sent: readonly GridRow[],
): CellErrors {
  const errors: CellErrors = {};
  for (const { field, message } of fieldErrors) {
    const match = /^input\.values\.(\d+)\.(\w+)$/.exec(field);
    const row = match ? sent[Number(match[1])] : undefined;
    if (!row || !match) continue;
    errors[row.indicatorId] = { ...errors[row.indicatorId], [match[2]!]: message };
  }
  return errors;
}

export function errorCount(errors: CellErrors): number {
  return Object.values(errors).reduce((count, cells) => count + Object.keys(cells).length, 0);
}
