import { VALUE_IMPORT_COLUMNS } from '@lagesbild/types';
import type { ExportTable } from '../export/table-export';

/** A row of the template: an indicator of the chosen unit with its period and saved figures. */
export interface TemplateRow {
  orgUnitCode: string;
  indicatorCode: string;
  indicatorName: string;
  period: string;
  outcome: number | null;
  periodTarget: number | null;
  annualTarget: number | null;
  fullYearForecast: number | null;
  /** Null where it does not apply (a tertial or a year): the column stays empty there. */
  rolling12: number | null;
  comment: string | null;
}

/**
 * The import template as a table the export writes (CSV with semicolons and decimal commas,
 * or Excel with numbers as numbers): the layout's headers, pre-filled with the unit's
 * indicators and what is saved for the period, so the file imported as it is changes nothing.
 */
export function importTemplate(title: string, rows: readonly TemplateRow[]): ExportTable {
  return {
    title,
    columns: VALUE_IMPORT_COLUMNS.map((column) => ({
      header: column.header,
      kind: column.kind,
      fractionDigits: column.kind === 'number' ? 1 : undefined,
      width: column.key === 'indicatorName' || column.key === 'comment' ? 40 : 16,
    })),
    rows: rows.map((row) => VALUE_IMPORT_COLUMNS.map((column) => row[column.key])),
  };
}
