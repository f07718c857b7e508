import { Prisma } from '@lagesbild/db';
import type { Periodicity, ValueImportModel } from '@lagesbild/db';
import { endOfMonthIso, lastMonthOf } from '@lagesbild/types';
import { GraphQLError } from 'graphql';
import { currentAuditScope, insertAuditEventsSql } from '../audit';
import type { Transaction } from '../audit';
import { findPlanLocks, PLAN_LOCK_MESSAGES, planLockOf } from '../planning';
import { guardClosedPeriods } from '../reporting-calendar';
import type { ImportingUser } from './import-preview';
import { commitOrgUnitImport } from './org-unit-import-commit';
import { forbidden, notFound } from '../../errors';

/** How a committed value names its origin, beside "Inmatat i Lägesbild" for the grid. */
const IMPORT_SOURCE = 'Importerat i Lägesbild';
/**
 * How long a commit may hold its transaction: 50,000 changed rows took 3.5 s on PostgreSQL and
 * about 10 s on PGlite on a loaded 2-core machine, so the largest file (MAX_IMPORT_ROWS) has
 * room three times over; Prisma's default of 5 s refused them.
 */
export const COMMIT_TIMEOUT_MS = 60_000;
/** At most this many stale rows are named in the refusal. */
const STALE_ROWS_NAMED = 20;

/** Someone saved one of the preview's values after it was made: nothing is written. */
function stalePreview(rowNumbers: number[]): GraphQLError {
  return new GraphQLError('Values in the file were saved by someone else after the preview was made.', {
    extensions: { code: 'STALE_PREVIEW', rowNumbers },
  });
}

/** The user's own open preview, locked for the rest of the transaction. */
async function lockOwnPreview(tx: Transaction, id: string, user: ImportingUser): Promise<ValueImportModel> {
  const [found] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "ValueImport" WHERE "id" = ${id} AND "userId" = ${user.id} FOR UPDATE`;
  if (!found) throw notFound();
  const preview = (await tx.valueImport.findUnique({ where: { id } }))!;
  if (preview.status !== 'PREVIEW') {
    throw new GraphQLError('The import is already committed or cancelled.', {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'id', message: 'importFinished' }] },
    });
  }
  return preview;
}

/**
 * Commits a preview: every new and changed row in one transaction, or nothing. An org-unit
 * preview is written by commitOrgUnitImport; for values, the values the
 * preview compared with must still be as they were (same version, still absent for a new one),
 * else the commit is refused as stale; the user must still be an analyst of every row's unit.
 * The writes are set-based — one statement creates the new values with their audit events, one
 * updates the changed ones with theirs, one keeps the changed forecasts in the year's open
 * round — so 50,000 rows take a few statements, not 100,000.
 */
export async function commitValueImport(
  tx: Transaction,
  id: string,
  user: ImportingUser,
  correctionReason: string | null = null,
): Promise<ValueImportModel> {
  const preview = await lockOwnPreview(tx, id, user);
  if (preview.kind === 'ORG_UNITS') {
    const written = await commitOrgUnitImport(tx, preview, user);
    return tx.valueImport.update({
      where: { id },
      data: { status: 'COMMITTED', writtenCount: written, finishedAt: new Date() },
    });
  }
  const expected = preview.newCount + preview.changedCount;
  if (expected > 0) {
    const units = await tx.$queryRaw<{ orgUnitId: number }[]>`
      SELECT DISTINCT i."orgUnitId" FROM "ValueImportRow" r JOIN "Indicator" i ON i."id" = r."indicatorId"
      WHERE r."importId" = ${id} AND r."status" IN ('NEW', 'CHANGED')`;
    if (!units.every((unit) => user.access.holds('ANALYST', unit.orgUnitId))) throw forbidden();
    await refuseRetiredIndicators(tx, id);
    await refuseLockedTargets(tx, id);
    await guardClosedPeriodsOfRows(tx, id, correctionReason);

    // The rows whose value moved on since the preview, named. The writes check each version
    // again as they lock the row, so a save that lands in between is caught there.
    const stale = await tx.$queryRaw<{ rowNumber: number }[]>`
      SELECT r."rowNumber" FROM "ValueImportRow" r LEFT JOIN "IndicatorValue" v
        ON v."indicatorId" = r."indicatorId" AND v."granularity" = r."granularity"
        AND v."year" = r."year" AND v."periodNumber" = r."periodNumber"
      WHERE r."importId" = ${id} AND r."status" IN ('NEW', 'CHANGED')
        AND v."version" IS DISTINCT FROM r."expectedVersion"
      ORDER BY r."rowNumber" LIMIT ${STALE_ROWS_NAMED}`;
    if (stale.length > 0) throw stalePreview(stale.map((row) => row.rowNumber));

    const written = (await insertNewValues(tx, id)) + (await updateChangedValues(tx, id));
    // Someone created or saved a value between the check and the write: the transaction is
    // rolled back.
    if (written !== expected) throw stalePreview([]);
    await keepForecastsInOpenRounds(tx, id);
  }
  return tx.valueImport.update({
    where: { id },
    data: { status: 'COMMITTED', writtenCount: expected, finishedAt: new Date() },
  });
}

/**
 * An indicator retired since the preview takes none of the file's values. Its row is locked
 * for the rest of the commit, so it cannot be retired while the values are written either.
 */
async function refuseRetiredIndicators(tx: Transaction, id: string): Promise<void> {
  const indicators = await tx.$queryRaw<{ id: number; retired: boolean }[]>`
    SELECT i."id", i."retiredAt" IS NOT NULL AS "retired" FROM "Indicator" i
    WHERE i."id" IN (
      SELECT r."indicatorId" FROM "ValueImportRow" r WHERE r."importId" = ${id} AND r."status" IN ('NEW', 'CHANGED')
    )
    FOR SHARE`;
  const retiredIds = indicators.filter((indicator) => indicator.retired);
  if (retiredIds.length === 0) return;
  const rows = await tx.valueImportRow.findMany({
    where: { importId: id, status: { in: ['NEW', 'CHANGED'] }, indicatorId: { in: retiredIds.map((row) => row.id) } },
    select: { rowNumber: true },
    orderBy: { rowNumber: 'asc' },
    take: STALE_ROWS_NAMED,
  });
  throw new GraphQLError('An indicator in the file was retired after the preview was made.', {
    extensions: {
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'id', message: 'indicatorRetired' }],
      rowNumbers: rows.map((row) => row.rowNumber),
    },
  });
}

/**
 * Targets are the plan's: a file that changes a target of a plan adopted (or a year closed)
 * since the preview is refused as a whole, as the preview refuses such rows. The plans are read
 * FOR SHARE (findPlanLocks), so none is adopted while the values are written.
 */
async function refuseLockedTargets(tx: Transaction, id: string): Promise<void> {
  const rows = await tx.$queryRaw<{ rowNumber: number; orgUnitId: number; year: number }[]>`
    SELECT r."rowNumber", i."orgUnitId", r."year" FROM "ValueImportRow" r JOIN "Indicator" i ON i."id" = r."indicatorId"
    WHERE r."importId" = ${id} AND r."status" IN ('NEW', 'CHANGED')
      AND EXISTS (
        SELECT 1 FROM jsonb_array_elements(r."changes") c WHERE c->>'field' IN ('periodTarget', 'annualTarget')
      )
    ORDER BY r."rowNumber"`;
  const locks = await findPlanLocks(tx, rows);
  const locked = rows.filter((row) => planLockOf(locks, row));
  if (locked.length === 0) return;
  throw new GraphQLError('A target in the file belongs to a plan adopted after the preview was made.', {
    extensions: {
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'id', message: PLAN_LOCK_MESSAGES[planLockOf(locks, locked[0]!)!] }],
      rowNumbers: locked.slice(0, STALE_ROWS_NAMED).map((row) => row.rowNumber),
    },
  });
}

/**
 * Values of a closed reporting period are corrections: the file is refused without a correction
 * reason, as the grid refuses such a value, and with one each is recorded as a correction.
 */
async function guardClosedPeriodsOfRows(tx: Transaction, id: string, correctionReason: string | null): Promise<void> {
  const periods = await tx.$queryRaw<
    { orgUnitId: number; year: number; granularity: Periodicity; periodNumber: number }[]
  >`
    SELECT DISTINCT i."orgUnitId", r."year", r."granularity"::text AS "granularity", r."periodNumber"
    FROM "ValueImportRow" r JOIN "Indicator" i ON i."id" = r."indicatorId"
    WHERE r."importId" = ${id} AND r."status" IN ('NEW', 'CHANGED')`;
  await guardClosedPeriods(
    tx,
    periods.map((period) => ({
      orgUnitId: period.orgUnitId,
      date: endOfMonthIso({ year: period.year, month: lastMonthOf(period) }),
      entityType: 'IndicatorValue',
      field: 'correctionReason',
      correctionReason,
    })),
  );
}

/** Drops the user's open preview and its rows; nothing else is touched. */
export async function cancelValueImport(tx: Transaction, id: string, user: ImportingUser): Promise<ValueImportModel> {
  await lockOwnPreview(tx, id, user);
  await tx.valueImportRow.deleteMany({ where: { importId: id } });
  return tx.valueImport.update({ where: { id }, data: { status: 'CANCELLED', finishedAt: new Date() } });
}

/** The row a written record replaced, read in its RETURNING: the statement's snapshot still sees it. */
const rowBefore = (table: string, alias: string) =>
  `(SELECT o FROM "${table}" o WHERE o."id" = ${alias}."id") AS "before"`;

/** Audit events for the rows of `n` (a data-modifying CTE returning the new row and "before"). */
function auditWrittenSql(entityType: 'IndicatorValue' | 'IndicatorForecast', fields: readonly string[]): string {
  return insertAuditEventsSql({
    entityType,
    fields,
    from: 'n JOIN "Indicator" i ON i."id" = n."indicatorId"',
    after: 'n',
    before: '(n."before")',
    orgUnitId: 'i."orgUnitId"',
    userId: '$2::int',
    operation: '$4::text',
  });
}

const VALUE_FIELDS = Object.values(Prisma.IndicatorValueScalarFieldEnum);
const FORECAST_FIELDS = Object.values(Prisma.IndicatorForecastScalarFieldEnum);

/** The parameters every writer below takes: $1 the preview, $2 the user, $3 the source, $4 the operation. */
function writerParameters(id: string) {
  const { userId, operation } = currentAuditScope();
  return [id, userId, IMPORT_SOURCE, operation] as const;
}

/** Creates the new rows' values, each with its CREATE audit event; returns how many were created. */
async function insertNewValues(tx: Transaction, id: string): Promise<number> {
  const [result] = await tx.$queryRawUnsafe<{ count: number }[]>(
    `WITH n AS (
       INSERT INTO "IndicatorValue" AS v ("indicatorId", "granularity", "year", "periodNumber", "outcome", "periodTarget",
         "annualTarget", "fullYearForecast", "rolling12", "comment", "isSynthetic", "source", "updatedById", "updatedAt",
         "outcomeReportedAt")
       SELECT r."indicatorId", r."granularity", r."year", r."periodNumber", r."outcome", r."periodTarget",
         r."annualTarget", r."fullYearForecast", r."rolling12", r."comment", false, $3::text, $2::int, now(),
         CASE WHEN r."outcome" IS NULL THEN NULL ELSE now() END
       FROM "ValueImportRow" r WHERE r."importId" = $1::text AND r."status" = 'NEW'
       ON CONFLICT ("indicatorId", "granularity", "year", "periodNumber") DO NOTHING
       RETURNING v.*, NULL::"IndicatorValue" AS "before"
     ), audited AS (${auditWrittenSql('IndicatorValue', VALUE_FIELDS)})
     SELECT count(*)::int AS "count" FROM n`,
    ...writerParameters(id),
  );
  return result?.count ?? 0;
}

/**
 * Updates the changed rows' values where their version is still the one compared with, each
 * audited. Each import row finds its value by the value's unique key and each event its value's
 * old row by primary key, so the work grows with the rows, whatever the planner guesses of a
 * preview's rows (written a moment ago, not yet in its statistics).
 */
async function updateChangedValues(tx: Transaction, id: string): Promise<number> {
  const [result] = await tx.$queryRawUnsafe<{ count: number }[]>(
    `WITH n AS (
       UPDATE "IndicatorValue" v SET "outcome" = r."outcome", "periodTarget" = r."periodTarget",
         "annualTarget" = r."annualTarget", "fullYearForecast" = r."fullYearForecast", "rolling12" = r."rolling12",
         "comment" = r."comment", "isSynthetic" = false, "source" = $3::text, "updatedById" = $2::int,
         "updatedAt" = now(), "version" = v."version" + 1,
         -- An outcome keeps the time it was first reported, and an emptied one is due again.
         "outcomeReportedAt" = CASE WHEN r."outcome" IS NULL THEN NULL ELSE COALESCE(v."outcomeReportedAt", now()) END
       FROM "ValueImportRow" r
       WHERE r."importId" = $1::text AND r."status" = 'CHANGED' AND v."indicatorId" = r."indicatorId"
         AND v."granularity" = r."granularity" AND v."year" = r."year" AND v."periodNumber" = r."periodNumber"
         AND v."version" = r."expectedVersion"
       RETURNING v.*, ${rowBefore('IndicatorValue', 'v')}
     ), audited AS (${auditWrittenSql('IndicatorValue', VALUE_FIELDS)})
     SELECT count(*)::int AS "count" FROM n`,
    ...writerParameters(id),
  );
  return result?.count ?? 0;
}

/**
 * A changed full-year forecast is kept as the year's open round's, as a save from the grid
 * keeps it: one entry per indicator and round, the file's last row of the year winning; each
 * entry audited. Years whose rounds are all closed were refused in the preview; a round closed
 * since makes the commit stale.
 */
async function keepForecastsInOpenRounds(tx: Transaction, id: string): Promise<void> {
  // FOR SHARE: no round of these years closes before this transaction ends (as planRoundForecasts).
  await tx.$queryRaw`
    SELECT f."id" FROM "ForecastRound" f
    WHERE f."year" IN (SELECT r."year" FROM "ValueImportRow" r WHERE r."importId" = ${id} AND r."forecastChanged")
    FOR SHARE`;
  const closedMeanwhile = await tx.$queryRaw<{ rowNumber: number }[]>`
    SELECT r."rowNumber" FROM "ValueImportRow" r
    WHERE r."importId" = ${id} AND r."forecastChanged"
      AND EXISTS (SELECT 1 FROM "ForecastRound" f WHERE f."year" = r."year")
      AND NOT EXISTS (SELECT 1 FROM "ForecastRound" f WHERE f."year" = r."year" AND f."status" = 'OPEN')
    ORDER BY r."rowNumber" LIMIT ${STALE_ROWS_NAMED}`;
  if (closedMeanwhile.length > 0) throw stalePreview(closedMeanwhile.map((row) => row.rowNumber));
  await tx.$queryRawUnsafe(
    `WITH wanted AS (
       SELECT DISTINCT ON (f."id", r."indicatorId") f."id" AS "roundId", r."indicatorId", r."fullYearForecast", r."comment"
       FROM "ValueImportRow" r
       JOIN "ForecastRound" f ON f."year" = r."year" AND f."status" = 'OPEN'
       WHERE r."importId" = $1::text AND r."forecastChanged"
       ORDER BY f."id", r."indicatorId", r."rowNumber" DESC
     ), n AS (
       INSERT INTO "IndicatorForecast" AS e ("roundId", "indicatorId", "fullYearForecast", "comment", "source", "updatedById", "updatedAt")
       SELECT "roundId", "indicatorId", "fullYearForecast", "comment", $3::text, $2::int, now() FROM wanted
       ON CONFLICT ("roundId", "indicatorId") DO UPDATE SET "fullYearForecast" = EXCLUDED."fullYearForecast",
         "comment" = EXCLUDED."comment", "source" = EXCLUDED."source", "updatedById" = EXCLUDED."updatedById",
         "updatedAt" = now(), "version" = e."version" + 1
       RETURNING e.*, ${rowBefore('IndicatorForecast', 'e')}
     )
     ${auditWrittenSql('IndicatorForecast', FORECAST_FIELDS)}`,
    ...writerParameters(id),
  );
}
