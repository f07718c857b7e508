import type { ValueImportModel } from '@lagesbild/db';
import { GraphQLError } from 'graphql';
import type { Transaction } from '../audit';
import type { ImportingUser } from './value-import-preview';
import { forbidden, notFound } from '../../errors';

/** How a committed value names its origin, beside "Inmatat i Lägesbild" for the grid. */
const IMPORT_SOURCE = 'Importerat i Lägesbild';
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
 * Commits a preview: every new and changed row in one transaction, or nothing. The values the
 * preview compared with must still be as they were (same version, still absent for a new one),
 * else the commit is refused as stale; the user must still be an analyst of every row's unit.
 * The writes are set-based — one statement creates the new values with their audit events, one
 * updates the changed ones with theirs, one keeps the changed forecasts in the year's open
 * round — so 50,000 rows take a few statements, not 100,000.
 */
export async function commitValueImport(tx: Transaction, id: string, user: ImportingUser): Promise<ValueImportModel> {
  const preview = await lockOwnPreview(tx, id, user);
  const expected = preview.newCount + preview.changedCount;
  if (expected > 0) {
    const units = await tx.$queryRaw<{ orgUnitId: number }[]>`
      SELECT DISTINCT i."orgUnitId" FROM "ValueImportRow" r JOIN "Indicator" i ON i."id" = r."indicatorId"
      WHERE r."importId" = ${id} AND r."status" IN ('NEW', 'CHANGED')`;
    if (!units.every((unit) => user.access.holds('ANALYST', unit.orgUnitId))) throw forbidden();

    // Locks the stored values the preview compared with, then names the rows whose value moved on.
    await tx.$queryRaw`
      SELECT v."id" FROM "IndicatorValue" v JOIN "ValueImportRow" r
        ON v."indicatorId" = r."indicatorId" AND v."granularity" = r."granularity"
        AND v."year" = r."year" AND v."periodNumber" = r."periodNumber"
      WHERE r."importId" = ${id} AND r."status" IN ('NEW', 'CHANGED') FOR UPDATE OF v`;
    const stale = await tx.$queryRaw<{ rowNumber: number }[]>`
      SELECT r."rowNumber" FROM "ValueImportRow" r LEFT JOIN "IndicatorValue" v
        ON v."indicatorId" = r."indicatorId" AND v."granularity" = r."granularity"
        AND v."year" = r."year" AND v."periodNumber" = r."periodNumber"
      WHERE r."importId" = ${id} AND r."status" IN ('NEW', 'CHANGED')
        AND v."version" IS DISTINCT FROM r."expectedVersion"
      ORDER BY r."rowNumber" LIMIT ${STALE_ROWS_NAMED}`;
    if (stale.length > 0) throw stalePreview(stale.map((row) => row.rowNumber));

    const written = (await insertNewValues(tx, id, user.id)) + (await updateChangedValues(tx, id, user.id));
    // Someone created or saved a value between the check and the write (the locks cannot hold
    // rows that did not exist yet): the transaction is rolled back.
    if (written !== expected) throw stalePreview([]);
    await keepForecastsInOpenRounds(tx, id, user.id);
  }
  return tx.valueImport.update({
    where: { id },
    data: { status: 'COMMITTED', writtenCount: expected, finishedAt: new Date() },
  });
}

/** Drops the user's open preview and its rows; nothing else is touched. */
export async function cancelValueImport(tx: Transaction, id: string, user: ImportingUser): Promise<ValueImportModel> {
  await lockOwnPreview(tx, id, user);
  await tx.valueImportRow.deleteMany({ where: { importId: id } });
  return tx.valueImport.update({ where: { id }, data: { status: 'CANCELLED', finishedAt: new Date() } });
}

/**
 * SQL for an audit event's changes, { field: { old, new } } for each of the fields that
 * differs between the rows `o` (before) and `n` (after), as the audited write path records
 * them (fieldChanges in audited-writes.ts).
 */
function changesSql(fields: readonly string[]): string {
  return fields
    .map(
      (field) =>
        `(CASE WHEN o."${field}" IS DISTINCT FROM n."${field}" THEN jsonb_build_object('${field}', ` +
        `jsonb_build_object('old', o."${field}", 'new', n."${field}")) ELSE '{}'::jsonb END)`,
    )
    .join(' || ');
}

const VALUE_FIELDS = [
  'outcome',
  'periodTarget',
  'annualTarget',
  'fullYearForecast',
  'comment',
  'isSynthetic',
  'source',
  'updatedById',
] as const;
const CHANGES_SQL = changesSql(VALUE_FIELDS);
const FORECAST_CHANGES_SQL = changesSql(['fullYearForecast', 'comment', 'source', 'updatedById']);

/** Creates the new rows' values, each with a CREATE audit event; returns how many were created. */
async function insertNewValues(tx: Transaction, id: string, userId: number): Promise<number> {
  const [result] = await tx.$queryRawUnsafe<{ count: number }[]>(
    `WITH n AS (
       INSERT INTO "IndicatorValue" ("indicatorId", "granularity", "year", "periodNumber", "outcome", "periodTarget",
         "annualTarget", "fullYearForecast", "comment", "isSynthetic", "source", "updatedById", "updatedAt")
       SELECT r."indicatorId", r."granularity", r."year", r."periodNumber", r."outcome", r."periodTarget",
         r."annualTarget", r."fullYearForecast", r."comment", false, $3::text, $2::int, now()
       FROM "ValueImportRow" r WHERE r."importId" = $1::text AND r."status" = 'NEW'
       ON CONFLICT ("indicatorId", "granularity", "year", "periodNumber") DO NOTHING
       RETURNING *
     ), audited AS (
       INSERT INTO "AuditEvent" ("userId", "operation", "orgUnitId", "action", "entityType", "entityId", "changes")
       SELECT $2::int, 'commitValueImport', i."orgUnitId", 'CREATE', 'IndicatorValue', n."id"::text,
         jsonb_build_object('id', jsonb_build_object('old', null, 'new', n."id"),
           'indicatorId', jsonb_build_object('old', null, 'new', n."indicatorId"),
           'granularity', jsonb_build_object('old', null, 'new', n."granularity"),
           'year', jsonb_build_object('old', null, 'new', n."year"),
           'periodNumber', jsonb_build_object('old', null, 'new', n."periodNumber")) || ${CHANGES_SQL}
       FROM n JOIN "Indicator" i ON i."id" = n."indicatorId"
       LEFT JOIN (SELECT NULL::float8 AS "outcome", NULL::float8 AS "periodTarget", NULL::float8 AS "annualTarget",
         NULL::float8 AS "fullYearForecast", NULL::text AS "comment", NULL::boolean AS "isSynthetic",
         NULL::text AS "source", NULL::int AS "updatedById") o ON true
       RETURNING 1
     )
     SELECT count(*)::int AS "count" FROM audited`,
    id,
    userId,
    IMPORT_SOURCE,
  );
  return result?.count ?? 0;
}

/** Updates the changed rows' values where their version is still the one compared with, each audited. */
async function updateChangedValues(tx: Transaction, id: string, userId: number): Promise<number> {
  const [result] = await tx.$queryRawUnsafe<{ count: number }[]>(
    `WITH o AS (
       SELECT v.*, r."rowNumber" FROM "IndicatorValue" v JOIN "ValueImportRow" r
         ON v."indicatorId" = r."indicatorId" AND v."granularity" = r."granularity"
         AND v."year" = r."year" AND v."periodNumber" = r."periodNumber"
       WHERE r."importId" = $1::text AND r."status" = 'CHANGED' AND v."version" = r."expectedVersion"
     ), n AS (
       UPDATE "IndicatorValue" v SET "outcome" = r."outcome", "periodTarget" = r."periodTarget",
         "annualTarget" = r."annualTarget", "fullYearForecast" = r."fullYearForecast", "comment" = r."comment",
         "isSynthetic" = false, "source" = $3::text, "updatedById" = $2::int, "updatedAt" = now(), "version" = v."version" + 1
       FROM "ValueImportRow" r
       WHERE r."importId" = $1::text AND r."status" = 'CHANGED' AND v."indicatorId" = r."indicatorId"
         AND v."granularity" = r."granularity" AND v."year" = r."year" AND v."periodNumber" = r."periodNumber"
         AND v."version" = r."expectedVersion"
       RETURNING v.*
     ), audited AS (
       INSERT INTO "AuditEvent" ("userId", "operation", "orgUnitId", "action", "entityType", "entityId", "changes")
       SELECT $2::int, 'commitValueImport', i."orgUnitId", 'UPDATE', 'IndicatorValue', n."id"::text, ${CHANGES_SQL}
       FROM n JOIN o ON o."id" = n."id" JOIN "Indicator" i ON i."id" = n."indicatorId"
       RETURNING 1
     )
     SELECT (SELECT count(*)::int FROM n) AS "count", (SELECT count(*)::int FROM audited) AS "audited"`,
    id,
    userId,
    IMPORT_SOURCE,
  );
  return result?.count ?? 0;
}

/**
 * A changed full-year forecast is kept as the year's open round's, as a save from the grid
 * keeps it: one entry per indicator and round, the file's last row of the year winning; each
 * entry audited. Years whose rounds are all closed were refused in the preview; a round closed
 * since makes the commit stale.
 */
async function keepForecastsInOpenRounds(tx: Transaction, id: string, userId: number): Promise<void> {
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
     ), o AS (
       SELECT e.* FROM "IndicatorForecast" e JOIN wanted w ON w."roundId" = e."roundId" AND w."indicatorId" = e."indicatorId"
     ), n AS (
       INSERT INTO "IndicatorForecast" ("roundId", "indicatorId", "fullYearForecast", "comment", "source", "updatedById", "updatedAt")
       SELECT "roundId", "indicatorId", "fullYearForecast", "comment", $3::text, $2::int, now() FROM wanted
       ON CONFLICT ("roundId", "indicatorId") DO UPDATE SET "fullYearForecast" = EXCLUDED."fullYearForecast",
         "comment" = EXCLUDED."comment", "source" = EXCLUDED."source", "updatedById" = EXCLUDED."updatedById",
         "updatedAt" = now(), "version" = "IndicatorForecast"."version" + 1
       RETURNING *
     )
     INSERT INTO "AuditEvent" ("userId", "operation", "orgUnitId", "action", "entityType", "entityId", "changes")
     SELECT $2::int, 'commitValueImport', i."orgUnitId", CASE WHEN o."id" IS NULL THEN 'CREATE' ELSE 'UPDATE' END::"AuditAction",
       'IndicatorForecast', n."id"::text,
       CASE WHEN o."id" IS NULL THEN jsonb_build_object('id', jsonb_build_object('old', null, 'new', n."id"),
         'roundId', jsonb_build_object('old', null, 'new', n."roundId"),
         'indicatorId', jsonb_build_object('old', null, 'new', n."indicatorId")) ELSE '{}'::jsonb END
       || ${FORECAST_CHANGES_SQL}
     FROM n LEFT JOIN o ON o."id" = n."id" JOIN "Indicator" i ON i."id" = n."indicatorId"`,
    id,
    userId,
    IMPORT_SOURCE,
  );
}
