import { Prisma } from '@lagesbild/db';
import type { IndicatorModel, PrismaClient, ValueImportRowStatus } from '@lagesbild/db';
import {
  checkValueAgainstIndicator,
  formatPeriodKey,
  indicatorValueInputSchema,
  parseImportPeriod,
  parseSwedishNumber,
  toIsoDate,
  VALUE_IMPORT_FIGURES,
} from '@lagesbild/types';
import type { Period, ValueImportColumnKey } from '@lagesbild/types';
import type { ImportCell, ImportRow, ImportTable } from './import-table';
import { mapInTurns, storePreview } from './import-preview';
import type { ImportingUser } from './import-preview';
import { readImportFileOffThread } from './read-import-file-off-thread';
import { PLAN_LOCK_MESSAGES, planLockOf, readPlanLocks } from '../planning';

/** The fields a row may set, in the layout's order. */
const FIELDS = [...VALUE_IMPORT_FIGURES, 'comment'] as const;
type Field = (typeof FIELDS)[number];

export interface ImportChange {
  field: Field;
  old: number | string | null;
  new: number | string | null;
}

export interface ImportError {
  /** The layout column the reason concerns; null for the whole row. */
  column: ValueImportColumnKey | null;
  message: string;
}

/** A stored value as the preview compares with it. */
interface CurrentValue {
  indicatorId: number;
  granularity: string;
  year: number;
  periodNumber: number;
  version: number;
  outcome: number | null;
  periodTarget: number | null;
  annualTarget: number | null;
  fullYearForecast: number | null;
  rolling12: number | null;
  comment: string | null;
}

/** One row as the preview classified it; the shape of a ValueImportRow. */
interface ClassifiedRow {
  rowNumber: number;
  status: ValueImportRowStatus;
  orgUnitCode: string;
  indicatorLabel: string;
  period: string;
  indicatorId: number | null;
  granularity: string | null;
  year: number | null;
  periodNumber: number | null;
  expectedVersion: number | null;
  outcome: number | null;
  periodTarget: number | null;
  annualTarget: number | null;
  fullYearForecast: number | null;
  rolling12: number | null;
  comment: string | null;
  forecastChanged: boolean;
  changes: ImportChange[];
  errors: ImportError[];
}

const text = (cell: ImportCell | undefined): string =>
  cell == null ? '' : cell instanceof Date ? toIsoDate(cell) : String(cell).trim();

/**
 * Reads an uploaded file of values, classifies each row against what is stored — new, changed,
 * unchanged or invalid with its reasons — and stores the preview for its uploader, who then
 * reads, commits or cancels it through GraphQL. Each row is checked with the same schema and
 * indicator rules as `saveIndicatorValues`. Nothing but the preview is written. Reads are
 * set-based: a handful of statements whatever the number of rows.
 */
export async function createValueImport(
  prisma: PrismaClient,
  user: ImportingUser,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const table = await readImportFileOffThread(bytes, 'VALUES');
  const rows = await classifyRows(prisma, user, table);
  return storePreview(prisma, { kind: 'VALUES', userId: user.id, fileName }, rows, async (id, chunk) => {
    await prisma.$executeRaw`
      INSERT INTO "ValueImportRow" ("importId", "rowNumber", "status", "orgUnitCode", "indicatorLabel", "period",
        "indicatorId", "granularity", "year", "periodNumber", "expectedVersion", "outcome", "periodTarget",
        "annualTarget", "fullYearForecast", "rolling12", "comment", "forecastChanged", "changes", "errors")
      SELECT ${id}::text, r."rowNumber", r."status"::"ValueImportRowStatus", r."orgUnitCode", r."indicatorLabel", r."period",
        r."indicatorId", r."granularity"::"Periodicity", r."year", r."periodNumber", r."expectedVersion", r."outcome",
        r."periodTarget", r."annualTarget", r."fullYearForecast", r."rolling12", r."comment", r."forecastChanged",
        r."changes", r."errors"
      FROM jsonb_to_recordset(${chunk}::jsonb) AS r("rowNumber" int, "status" text, "orgUnitCode" text,
        "indicatorLabel" text, "period" text, "indicatorId" int, "granularity" text, "year" int, "periodNumber" int,
        "expectedVersion" int, "outcome" float8, "periodTarget" float8, "annualTarget" float8,
        "fullYearForecast" float8, "rolling12" float8, "comment" text, "forecastChanged" boolean, "changes" jsonb,
        "errors" jsonb)`;
  });
}

/** A row's cells read by the layout, before anything is looked up. */
interface ReadRow {
  rowNumber: number;
  orgUnitCode: string;
  indicatorCode: string;
  indicatorName: string;
  periodText: string;
  period: Period | undefined;
  /** Per figure: the number, null for an empty cell, undefined for text that is not a number. */
  figures: Record<(typeof VALUE_IMPORT_FIGURES)[number], number | null | undefined>;
  comment: string;
}

function readRow({ rowNumber, cells }: ImportRow, columnIndex: ImportTable['columnIndex']): ReadRow {
  const cell = (key: ValueImportColumnKey) => {
    const index = columnIndex[key];
    return index === undefined ? null : (cells[index] ?? null);
  };
  const periodCell = cell('period');
  // Excel turns a typed "2023-05" into a date, and "2023" into a number.
  const period =
    periodCell instanceof Date
      ? { granularity: 'MONTH' as const, year: periodCell.getUTCFullYear(), periodNumber: periodCell.getUTCMonth() + 1 }
      : parseImportPeriod(text(periodCell));
  const figure = (key: (typeof VALUE_IMPORT_FIGURES)[number]) => {
    const value = cell(key);
    if (typeof value === 'number') return value;
    if (value instanceof Date) return undefined;
    return parseSwedishNumber(text(value));
  };
  return {
    rowNumber,
    orgUnitCode: text(cell('orgUnitCode')),
    indicatorCode: text(cell('indicatorCode')),
    indicatorName: text(cell('indicatorName')),
    periodText: periodCell instanceof Date && period ? formatPeriodKey(period) : text(periodCell),
    period,
    figures: {
      outcome: figure('outcome'),
      periodTarget: figure('periodTarget'),
      annualTarget: figure('annualTarget'),
      fullYearForecast: figure('fullYearForecast'),
      rolling12: figure('rolling12'),
    },
    comment: text(cell('comment')),
  };
}

const keyOf = (indicatorId: number, period: { granularity: string; year: number; periodNumber: number }) =>
  `${indicatorId}@${period.granularity}-${period.year}-${period.periodNumber}`;

async function classifyRows(prisma: PrismaClient, user: ImportingUser, table: ImportTable): Promise<ClassifiedRow[]> {
  const read = await mapInTurns(table.rows, (row) => readRow(row, table.columnIndex));

  const units = await prisma.orgUnit.findMany({ select: { id: true, code: true, parentId: true } });
  const unitByCode = new Map(units.map((unit) => [unit.code.toLowerCase(), unit.id]));
  const unitIds = [...new Set(read.flatMap((row) => unitByCode.get(row.orgUnitCode.toLowerCase()) ?? []))];
  const indicators = await prisma.indicator.findMany({ where: { orgUnitId: { in: unitIds } } });
  const byCode = new Map(
    indicators.map((indicator) => [`${indicator.orgUnitId}:${indicator.code.toLowerCase()}`, indicator]),
  );
  const byName = new Map(
    indicators.map((indicator) => [`${indicator.orgUnitId}:${indicator.name.toLowerCase()}`, indicator]),
  );

  // First pass: who, what and when; the figures are checked once the stored value is known.
  const located = await mapInTurns(read, (row) => {
    const errors: ImportError[] = [];
    const unitId = unitByCode.get(row.orgUnitCode.toLowerCase());
    let indicator: IndicatorModel | undefined;
    if (!row.orgUnitCode) errors.push({ column: 'orgUnitCode', message: 'required' });
    else if (unitId === undefined) errors.push({ column: 'orgUnitCode', message: 'unknownOrgUnit' });
    else if (!user.access.holds('ANALYST', unitId)) errors.push({ column: 'orgUnitCode', message: 'outOfScope' });
    else {
      indicator = row.indicatorCode
        ? byCode.get(`${unitId}:${row.indicatorCode.toLowerCase()}`)
        : byName.get(`${unitId}:${row.indicatorName.toLowerCase()}`);
      if (!row.indicatorCode && !row.indicatorName) {
        errors.push({ column: 'indicatorCode', message: 'required' });
      } else if (!indicator) {
        errors.push({ column: row.indicatorCode ? 'indicatorCode' : 'indicatorName', message: 'unknownIndicator' });
      }
    }
    if (!row.periodText) errors.push({ column: 'period', message: 'required' });
    else if (!row.period) errors.push({ column: 'period', message: 'invalidPeriod' });
    for (const field of VALUE_IMPORT_FIGURES) {
      if (row.figures[field] === undefined) errors.push({ column: field, message: 'notANumber' });
    }
    return { row, indicator, errors };
  });

  const keys = located.flatMap(({ row, indicator }) =>
    indicator && row.period ? [{ indicatorId: indicator.id, ...row.period }] : [],
  );
  // Every value of the file's indicators within its years, filtered here: a plain index range
  // the planner handles well, where a join on 50,000 keys unpacked from JSON it does not.
  const indicatorIds = [...new Set(keys.map((key) => key.indicatorId))];
  const years = [...new Set(keys.map((key) => key.year))];
  const stored = keys.length
    ? await prisma.$queryRaw<CurrentValue[]>`
        SELECT v."indicatorId", v."granularity"::text AS "granularity", v."year", v."periodNumber", v."version",
          v."outcome", v."periodTarget", v."annualTarget", v."fullYearForecast", v."rolling12", v."comment"
        FROM "IndicatorValue" v
        WHERE v."indicatorId" IN (${Prisma.join(indicatorIds)})
          AND v."year" BETWEEN ${Math.min(...years)} AND ${Math.max(...years)}`
    : [];
  const currentByKey = new Map(stored.map((value) => [keyOf(value.indicatorId, value), value]));

  const rounds = years.length
    ? await prisma.forecastRound.findMany({ where: { year: { in: years } }, select: { year: true, status: true } })
    : [];
  const yearsWithRounds = new Set(rounds.map((round) => round.year));
  const yearsWithOpenRound = new Set(rounds.filter((round) => round.status === 'OPEN').map((round) => round.year));

  // Targets of an adopted plan or a closed year are refused as saveIndicatorValues refuses them; the
  // preview only shows the locks (the commit checks them again in its transaction), so no row lock.
  const planLocks = await readPlanLocks(
    prisma,
    units,
    located.flatMap(({ row, indicator }) =>
      indicator && row.period ? [{ orgUnitId: indicator.orgUnitId, year: row.period.year }] : [],
    ),
  );

  const firstRowOfKey = new Map<string, number>();
  return mapInTurns(located, ({ row, indicator, errors }) => {
    const base = {
      rowNumber: row.rowNumber,
      orgUnitCode: row.orgUnitCode,
      indicatorLabel: indicator?.name ?? (row.indicatorCode || row.indicatorName),
      period: row.period ? formatPeriodKey(row.period) : row.periodText,
    };
    const invalid = (reasons: ImportError[]): ClassifiedRow => ({
      ...base,
      status: 'INVALID',
      indicatorId: null,
      granularity: null,
      year: null,
      periodNumber: null,
      expectedVersion: null,
      outcome: null,
      periodTarget: null,
      annualTarget: null,
      fullYearForecast: null,
      rolling12: null,
      comment: null,
      forecastChanged: false,
      changes: [],
      errors: reasons,
    });
    if (errors.length > 0 || !indicator || !row.period) return invalid(errors);

    const key = keyOf(indicator.id, row.period);
    const first = firstRowOfKey.get(key);
    if (first !== undefined) return invalid([{ column: 'period', message: `duplicateRow:${first}` }]);
    firstRowOfKey.set(key, row.rowNumber);

    // An empty cell keeps what is stored: an import adds and corrects figures, it never erases them.
    const current = currentByKey.get(key) ?? null;
    const input = {
      indicatorId: String(indicator.id),
      period: formatPeriodKey(row.period),
      outcome: row.figures.outcome ?? current?.outcome ?? null,
      periodTarget: row.figures.periodTarget ?? current?.periodTarget ?? null,
      annualTarget: row.figures.annualTarget ?? current?.annualTarget ?? null,
      fullYearForecast: row.figures.fullYearForecast ?? current?.fullYearForecast ?? null,
      rolling12: row.figures.rolling12 ?? current?.rolling12 ?? null,
      comment: row.comment || current?.comment || null,
      expectedVersion: current?.version ?? null,
    };
    // The very checks saveIndicatorValues makes: the input schema, then the indicator's rules.
    const parsed = indicatorValueInputSchema.safeParse(input);
    if (!parsed.success) {
      return invalid(
        parsed.error.issues.map((issue) => ({
          column: columnOfField(String(issue.path[0])),
          message: issue.message,
        })),
      );
    }
    const ruleErrors = checkValueAgainstIndicator(parsed.data, indicator);
    if (ruleErrors.length > 0) {
      return invalid(ruleErrors.map((error) => ({ column: columnOfField(error.field), message: error.message })));
    }
    const value = parsed.data;
    const changes: ImportChange[] = FIELDS.flatMap((field) => {
      const before = current?.[field] ?? null;
      return before === value[field] ? [] : [{ field, old: before, new: value[field] }];
    });
    const forecastChanged = changes.some((change) => change.field === 'fullYearForecast');
    if (forecastChanged && yearsWithRounds.has(value.period.year) && !yearsWithOpenRound.has(value.period.year)) {
      return invalid([{ column: 'fullYearForecast', message: 'forecastRoundClosed' }]);
    }
    const targetChange = changes.find((change) => change.field === 'periodTarget' || change.field === 'annualTarget');
    const lock = targetChange && planLockOf(planLocks, { orgUnitId: indicator.orgUnitId, year: value.period.year });
    if (targetChange && lock) {
      return invalid([{ column: columnOfField(targetChange.field), message: PLAN_LOCK_MESSAGES[lock] }]);
    }
    return {
      ...base,
      status: changes.length === 0 ? 'UNCHANGED' : current ? 'CHANGED' : 'NEW',
      indicatorId: indicator.id,
      ...value.period,
      expectedVersion: current?.version ?? null,
      outcome: value.outcome,
      periodTarget: value.periodTarget,
      annualTarget: value.annualTarget,
      fullYearForecast: value.fullYearForecast,
      rolling12: value.rolling12,
      comment: value.comment,
      forecastChanged,
      changes,
      errors: [],
    };
  });
}

/** The layout column of a field the input schema names. */
function columnOfField(field: string): ValueImportColumnKey | null {
  switch (field) {
    case 'indicatorId':
      return 'indicatorCode';
    case 'period':
    case 'outcome':
    case 'periodTarget':
    case 'annualTarget':
    case 'fullYearForecast':
    case 'rolling12':
    case 'comment':
      return field;
    default:
      return null;
  }
}
