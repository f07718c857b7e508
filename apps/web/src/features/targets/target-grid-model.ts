import { checkTargetsAgainstIndicator, parseSwedishNumber, targetRowInputSchema } from '@lagesbild/types';
import type { IndicatorUnit, Periodicity } from '@lagesbild/types';
import { formatEditable } from '../../components/spreadsheet/editable-number';

/** One indicator's row: cell 0 is the annual target, cells 1… its period targets. */
export interface TargetGridRow {
  indicatorId: string;
  name: string;
  unit: IndicatorUnit;
  periodicity: Periodicity;
  cumulative: boolean;
  canEdit: boolean;
  /** The targets are a roll-over's proposal (förslag) until confirmed, changed or adopted. */
  isProposal: boolean;
  periods: string[];
  versions: { period: string; version: number }[];
  saved: string[];
  cells: string[];
}

/** Message keys (validation.*) per indicator id and cell index. */
export type TargetCellErrors = Record<string, Record<number, string>>;

export interface SheetTargetRow {
  indicator: { id: string; name: string; unit: IndicatorUnit; periodicity: Periodicity; cumulative: boolean };
  canEdit: boolean;
  isProposal: boolean;
  periods: string[];
  periodTargets: (number | null)[];
  annualTarget?: number | null;
  versions: { period: string; version: number }[];
}

export function textsOfTargets(row: Pick<SheetTargetRow, 'annualTarget' | 'periodTargets'>): string[] {
  return [formatEditable(row.annualTarget), ...row.periodTargets.map((target) => formatEditable(target))];
}

export function targetRowsFromSheet(rows: readonly SheetTargetRow[]): TargetGridRow[] {
  return rows.map((row) => ({
    indicatorId: row.indicator.id,
    name: row.indicator.name,
    unit: row.indicator.unit,
    periodicity: row.indicator.periodicity,
    cumulative: row.indicator.cumulative,
    canEdit: row.canEdit,
    isProposal: row.isProposal,
    periods: row.periods,
    versions: row.versions.map(({ period, version }) => ({ period, version })),
    saved: textsOfTargets(row),
    cells: textsOfTargets(row),
  }));
}

export const isTargetRowChanged = (row: TargetGridRow) => row.cells.some((text, index) => text !== row.saved[index]);

/** A block pasted from a cell on: rows below, cells to the right; what falls outside is left out. */
export function pasteTargets(
  rows: readonly TargetGridRow[],
  rowIndex: number,
  cellIndex: number,
  block: readonly (readonly string[])[],
): { rows: TargetGridRow[]; clipped: boolean } {
  let clipped = false;
  const next = rows.map((row) => ({ ...row, cells: [...row.cells] }));
  block.forEach((cells, offset) => {
    const target = next[rowIndex + offset];
    if (!target || !target.canEdit) {
      clipped = true;
      return;
    }
    cells.forEach((text, cellOffset) => {
      const index = cellIndex + cellOffset;
      if (index >= target.cells.length) {
        if (text.trim() !== '') clipped = true;
        return;
      }
      target.cells[index] = text.trim();
    });
  });
  return { rows: next, clipped };
}

/** What the API takes for one row (TargetRowInput). */
export interface TargetRowInput {
  indicatorId: string;
  annualTarget: number | null;
  periodTargets: (number | null)[];
  expectedVersions: { period: string; version: number }[];
}

/** The cell index a field of the API's errors names: `annualTarget` is 0, `periodTargets.4` is 5. */
export function cellOfField(field: string): number | undefined {
  if (field === 'annualTarget') return 0;
  const match = /^periodTargets\.(\d+)$/.exec(field);
  return match ? Number(match[1]) + 1 : undefined;
}

/** Checks every changed row as the API will, and returns the inputs to save with the errors per cell. */
export function checkTargetRows(rows: readonly TargetGridRow[]): {
  inputs: TargetRowInput[];
  sent: TargetGridRow[];
  errors: TargetCellErrors;
} {
  const errors: TargetCellErrors = {};
  const inputs: TargetRowInput[] = [];
  const sent: TargetGridRow[] = [];
  for (const row of rows) {
    if (!isTargetRowChanged(row)) continue;
    const addError = (cell: number, message: string) => {
      errors[row.indicatorId] = { ...errors[row.indicatorId], [cell]: errors[row.indicatorId]?.[cell] ?? message };
    };
    const figures = row.cells.map((text, cell) => {
      const parsed = parseSwedishNumber(text);
      if (parsed === undefined) addError(cell, 'notANumber');
      return parsed ?? null;
    });
    const input: TargetRowInput = {
      indicatorId: row.indicatorId,
      annualTarget: figures[0] ?? null,
      periodTargets: figures.slice(1),
      expectedVersions: row.versions,
    };
    const checked = targetRowInputSchema.safeParse(input);
    if (checked.success) {
      for (const error of checkTargetsAgainstIndicator(checked.data, row)) {
        const cell = cellOfField(error.field);
        if (cell !== undefined) addError(cell, error.message);
      }
    }
    inputs.push(input);
    sent.push(row);
  }
  return { inputs, sent, errors };
}

/** The API's field errors (`input.rows.3.periodTargets.4`) placed on the cells of the rows sent. */
export function targetCellErrorsOf(
  fieldErrors: readonly { field: string; message: string }[],
  sent: readonly TargetGridRow[],
): TargetCellErrors {
  const errors: TargetCellErrors = {};
  for (const { field, message } of fieldErrors) {
    const match = /^input\.rows\.(\d+)\.(.+)$/.exec(field);
    const row = match ? sent[Number(match[1])] : undefined;
    const cell = match ? (cellOfField(match[2]!) ?? 0) : undefined;
    if (!row || cell === undefined) continue;
    errors[row.indicatorId] = { ...errors[row.indicatorId], [cell]: message };
  }
  return errors;
}

export const targetErrorCount = (errors: TargetCellErrors) =>
  Object.values(errors).reduce((count, cells) => count + Object.keys(cells).length, 0);
