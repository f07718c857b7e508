import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseConfig } from '@lagesbild/db';

/** Runs one SQL statement with parameters and returns its rows. */
export type RunSql = (sql: string, params: unknown[]) => Promise<unknown[]>;

export interface SqlConnection {
  run: RunSql;
  close(): Promise<void>;
}

/** The driver itself, without Prisma or GraphQL: PGlite in this process, or a pool of 10 like the API's. */
export async function connectRaw(config: DatabaseConfig): Promise<SqlConnection> {
  if (config.kind === 'pglite') {
    const database = await PGlite.create(config.dataDir);
    return {
      run: async (sql, params) => (await database.query(sql, params)).rows,
      close: () => database.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: 10 });
  return {
    run: async (sql, params) => (await pool.query(sql, params)).rows as unknown[],
    close: () => pool.end(),
  };
}

const SUBTREE = `
  WITH RECURSIVE subtree AS (
    SELECT "id" FROM "OrgUnit" WHERE "code" = $1
    UNION ALL
    SELECT o."id" FROM "OrgUnit" o JOIN subtree s ON o."parentId" = s."id"
  )
  SELECT array_agg("id") AS "ids" FROM subtree`;

// Each indicator's latest value with an outcome in a period begun by the month, at its own
// periodicity: one backward step along the value index per indicator.
const LATEST_VALUES = `
  SELECT v.*, i."name", i."direction", i."kind"
  FROM "Indicator" i
  CROSS JOIN LATERAL (
    SELECT * FROM "IndicatorValue" v
    WHERE v."indicatorId" = i."id" AND v."granularity" = i."periodicity" AND v."outcome" IS NOT NULL
      AND v."year" <= $2
      AND (v."year" < $2 OR (v."periodNumber" - 1)
        * CASE v."granularity" WHEN 'YEAR' THEN 12 WHEN 'TERTIAL' THEN 4 ELSE 1 END + 1 <= $3)
    ORDER BY v."year" DESC, v."periodNumber" DESC
    LIMIT 1
  ) v
  WHERE i."orgUnitId" = ANY($1::int[])`;

const GOALS_BY_FULFILMENT = `
  SELECT g."perspectiveId", coalesce(a."fulfilment"::text, 'NOT_ASSESSED') AS "fulfilment", count(*)::int AS "goals"
  FROM "Goal" g
  LEFT JOIN LATERAL (
    SELECT "fulfilment" FROM "GoalAssessment" a
    WHERE a."goalId" = g."id" AND (a."year" < $2 OR (a."year" = $2 AND a."month" <= $3))
    ORDER BY a."year" DESC, a."month" DESC LIMIT 1
  ) a ON true
  WHERE g."orgUnitId" = ANY($1::int[]) AND g."year" = $2 AND g."level" = 'COMMITTEE'
  GROUP BY 1, 2`;

const GOAL_INDICATORS = `
  SELECT DISTINCT g."perspectiveId", gi."indicatorId", i."periodicity", i."direction"
  FROM "Goal" g
  JOIN "GoalIndicator" gi ON gi."goalId" = g."id"
  JOIN "Indicator" i ON i."id" = gi."indicatorId"
  WHERE g."orgUnitId" = ANY($1::int[]) AND g."year" = $2 AND g."level" = 'COMMITTEE'`;

const KEY_INDICATOR_VALUES = `
  SELECT v.* FROM "IndicatorValue" v
  JOIN "Indicator" i ON i."id" = v."indicatorId" AND v."granularity" = i."periodicity"
  WHERE i."orgUnitId" = ANY($1::int[]) AND i."isKey" AND v."year" BETWEEN $2 - 2 AND $2`;

const LATEST_PROJECT_STATUS_UPDATES = `
  SELECT DISTINCT ON (p."id") p."id", p."name", f."name" AS "portfolioName", r."reportDate",
         r."time", r."cost", r."result"
  FROM "Project" p
  JOIN "Portfolio" f ON f."id" = p."portfolioId"
  JOIN "ProjectStatusReport" r ON r."projectId" = p."id"
  WHERE f."orgUnitId" = ANY($1::int[]) AND r."reportDate" <= $2
  ORDER BY p."id", r."reportDate" DESC, r."id" DESC`;

const TOP_RISKS = `
  SELECT * FROM (
    SELECT DISTINCT ON (k."id") k."id", k."title", c."name" AS "categoryName", v."probability", v."consequence"
    FROM "Risk" k
    JOIN "RiskCategory" c ON c."id" = k."categoryId"
    JOIN "RiskValuation" v ON v."riskId" = k."id"
    WHERE k."orgUnitId" = ANY($1::int[]) AND v."valuedOn" <= $2
    ORDER BY k."id", v."valuedOn" DESC, v."id" DESC
  ) latest
  ORDER BY latest."probability" * latest."consequence" DESC, latest."title"
  LIMIT 5`;

const FINANCIAL_VALUES = `
  SELECT i."id", i."code", i."orgUnitId", v."year", v."outcome", v."periodTarget", v."fullYearForecast", v."annualTarget"
  FROM "Indicator" i
  LEFT JOIN "IndicatorValue" v ON v."indicatorId" = i."id" AND v."granularity" = 'MONTH'
    AND v."periodNumber" = $3 AND v."year" IN ($2, $2 - 1)
  WHERE i."kind" = 'FINANCIAL' AND i."orgUnitId" = ANY($1::int[])`;

/**
 * The floor under the overview page's request: the rows it needs (the economy and the
 * overview of a unit's subtree for a month), read with hand-written set-based SQL straight
 * through the driver, with no ORM, GraphQL, access rules or status rule around it. The
 * statements after the subtree run concurrently, as the API's do.
 */
export async function readOverviewRows(run: RunSql, orgUnitCode: string, month: { year: number; month: number }) {
  const [{ ids }] = (await run(SUBTREE, [orgUnitCode])) as [{ ids: number[] }];
  const { year, month: number } = month;
  const previous = number === 1 ? { year: year - 1, month: 12 } : { year, month: number - 1 };
  const endOfMonth = new Date(Date.UTC(year, number, 0));
  const endOfPrevious = new Date(Date.UTC(previous.year, previous.month, 0));
  const results = await Promise.all([
    run(GOALS_BY_FULFILMENT, [ids, year, number]),
    run(GOAL_INDICATORS, [ids, year]),
    run(LATEST_VALUES, [ids, year, number]),
    run(LATEST_VALUES, [ids, previous.year, previous.month]),
    run(KEY_INDICATOR_VALUES, [ids, year]),
    run(LATEST_PROJECT_STATUS_UPDATES, [ids, endOfMonth]),
    run(LATEST_PROJECT_STATUS_UPDATES, [ids, endOfPrevious]),
    run(TOP_RISKS, [ids, endOfMonth]),
    run(FINANCIAL_VALUES, [ids, year, number]),
  ]);
  return results.reduce((rows, result) => rows + result.length, 0);
}

/** How many statements the floor sends: the subtree, then the nine reads above. */
export const FLOOR_STATEMENTS = 10;
