import {
  MAX_IMPORT_ROWS,
  MAX_ORG_UNIT_IMPORT_ROWS,
  missingImportColumns,
  ORG_UNIT_IMPORT_COLUMNS,
  VALUE_IMPORT_COLUMNS,
} from '@lagesbild/types';
import type { ValueImportKind } from '@lagesbild/db';

/** A column of an import file: its key, the header the template writes, other headers read as it. */
export interface ImportColumn {
  key: string;
  header: string;
  aliases?: readonly string[];
  required: boolean;
  requiredUnless?: string;
}

/** What reading a file of one kind needs to know: its columns and how many rows it may have. */
export interface ImportLayout {
  columns: readonly ImportColumn[];
  maxRows: number;
  /** Headers of required columns the file lacks, given where its columns are. */
  missing: (columnIndex: Partial<Record<string, number>>) => string[];
}

/** The layout's own rule (packages/types), which the dialog's description also reads. */
const missingOf =
  (columns: readonly ImportColumn[]) =>
  (columnIndex: Partial<Record<string, number>>): string[] =>
    missingImportColumns(columns, new Set(Object.keys(columnIndex).filter((key) => columnIndex[key] !== undefined)));

/** The layouts by kind: reading, upload, limits and preview are shared; only these differ. */
export const IMPORT_LAYOUTS: Record<ValueImportKind, ImportLayout> = {
  VALUES: {
    columns: VALUE_IMPORT_COLUMNS,
    maxRows: MAX_IMPORT_ROWS,
    missing: missingOf(VALUE_IMPORT_COLUMNS),
  },
  ORG_UNITS: {
    columns: ORG_UNIT_IMPORT_COLUMNS,
    maxRows: MAX_ORG_UNIT_IMPORT_ROWS,
    missing: missingOf(ORG_UNIT_IMPORT_COLUMNS),
  },
};

/** The header of a reason's column, as the kind's layout names it. */
export function importHeaderOfColumn(kind: ValueImportKind, column: string | null): string | null {
  if (!column) return null;
  return IMPORT_LAYOUTS[kind].columns.find((candidate) => candidate.key === column)?.header ?? null;
}
