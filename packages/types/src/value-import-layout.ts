import type { Period } from './period';
import { isValidPeriod } from './period';

/**
 * The one layout of an import file of indicator values: the columns in their order, with
 * the Swedish headers the template writes and the import reads (and other headers read as
 * them). The template, the import's checks, the page's description and the README all follow
 * this definition.
 */
export const VALUE_IMPORT_COLUMNS = [
  { key: 'orgUnitCode', header: 'Enhetskod', kind: 'text', required: true },
  // An indicator is named by its code, its name or both: the code is required only without a name.
  { key: 'indicatorCode', header: 'Indikatorkod', kind: 'text', required: true, requiredUnless: 'indicatorName' },
  { key: 'indicatorName', header: 'Indikator', kind: 'text', required: false },
  { key: 'period', header: 'Period', kind: 'text', required: true },
  { key: 'outcome', header: 'Utfall', kind: 'number', required: true },
  // A missing column reads as empty cells, which leave the saved figures as they are.
  { key: 'periodTarget', header: 'Periodmål', kind: 'number', required: false },
  { key: 'annualTarget', header: 'Årsmål', kind: 'number', required: false },
  { key: 'fullYearForecast', header: 'Prognos helår', kind: 'number', required: false },
  // Monthly indicators only; named as the reports' "R12 Utfall" and as HR and finance exports write it.
  {
    key: 'rolling12',
    header: 'R12',
    aliases: ['R12 Utfall', 'Rullande 12', 'Rullande 12 månader'],
    kind: 'number',
    required: false,
  },
  { key: 'comment', header: 'Kommentar', kind: 'text', required: false },
] as const;

/** What an import layout says of a column's presence: the rule the server checks and the dialog describes. */
export interface ImportColumnRule {
  key: string;
  header: string;
  required: boolean;
  /** A required column that may be left out when this other column is present. */
  requiredUnless?: string;
}

/** The headers of the required columns a file lacks, given the keys of the columns it has. */
export function missingImportColumns(columns: readonly ImportColumnRule[], present: ReadonlySet<string>): string[] {
  return columns
    .filter(
      (column) =>
        column.required &&
        !present.has(column.key) &&
        (column.requiredUnless === undefined || !present.has(column.requiredUnless)),
    )
    .map((column) => column.header);
}

export type ValueImportColumnKey = (typeof VALUE_IMPORT_COLUMNS)[number]['key'];

/** The figure columns, in the layout's order. */
export const VALUE_IMPORT_FIGURES = [
  'outcome',
  'periodTarget',
  'annualTarget',
  'fullYearForecast',
  'rolling12',
] as const;

/** The header of a column, as the file names it. */
export function importHeaderOf(key: ValueImportColumnKey): string {
  return VALUE_IMPORT_COLUMNS.find((column) => column.key === key)!.header;
}

/** A file larger than this is refused before it is read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** A file with more data rows than this is refused. */
export const MAX_IMPORT_ROWS = 100_000;

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/**
 * Reads a period as analysts write it: a month `2023-05`, `2023-5`, `202305` or `maj 2023`;
 * a tertial `2023-T2`, `2023T2` or `T2 2023`; a year `2023`. Undefined when it is none of them
 * or does not exist (month 13, tertial 4).
 */
export function parseImportPeriod(text: string): Period | undefined {
  const compact = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let period: Period | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(compact))) {
    period = { granularity: 'YEAR', year: Number(match[1]), periodNumber: 1 };
  } else if ((match = /^(\d{4}) ?-? ?t([1-9])$/.exec(compact)) || (match = /^t([1-9]) (\d{4})$/.exec(compact))) {
    const [year, tertial] = compact.startsWith('t') ? [match[2], match[1]] : [match[1], match[2]];
    period = { granularity: 'TERTIAL', year: Number(year), periodNumber: Number(tertial) };
  } else if ((match = /^(\d{4})-(\d{1,2})$/.exec(compact)) || (match = /^(\d{4})(\d{2})$/.exec(compact))) {
    period = { granularity: 'MONTH', year: Number(match[1]), periodNumber: Number(match[2]) };
  } else if ((match = /^([a-zåäö]+)\.? (\d{4})$/.exec(compact))) {
    const month = MONTH_NAMES.findIndex((name) => match![1]!.startsWith(name)) + 1;
    if (month > 0) period = { granularity: 'MONTH', year: Number(match[2]), periodNumber: month };
  }
  return period && isValidPeriod(period) ? period : undefined;
}
