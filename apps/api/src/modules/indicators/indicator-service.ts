import { Prisma } from '@lagesbild/db';
import type { IndicatorModel, IndicatorValueModel, PrismaClient } from '@lagesbild/db';
import { MAX_COMPARED_UNITS } from '@lagesbild/types';
import type { Period, TreeNode, YearMonth } from '@lagesbild/types';
import type { Transaction } from '../audit';

/**
 * The share of a unit's monthly indicators that must have an outcome for a month before
 * the unit counts as having reported it: "most of them", so one early figure entered by
 * one analyst moves no one's default period, and a month with half its figures in does.
 */
export const REPORTED_MONTH_SHARE = 0.5;

/**
 * For each org unit, the latest month it has reported: the month its default report
 * period opens on. A unit has reported a month when at least REPORTED_MONTH_SHARE of the
 * monthly indicators of the unit and the units below it (those not retired before the
 * month began) have a real (not generated) outcome for it. The subtree counts because a
 * unit's overview shows the units below it, and a parent such as the city measures
 * nothing of its own.
 *
 * One statement for any number of units. It tells only a month, never a figure, so it
 * counts indicators of units below that the viewer may not read.
 *
 * The reporting calendar's closed months count too once the calendar exists (issue 18):
 * a closed month is reported whatever its share.
 */
export async function findLatestReportMonthOfUnits(
  prisma: PrismaClient,
  orgUnitIds: readonly number[],
): Promise<Map<number, YearMonth>> {
  const latest = await prisma.$queryRaw<{ orgUnitId: number; year: number; month: number }[]>`
    WITH RECURSIVE tree AS (
      SELECT u."id" AS "rootId", u."id" FROM "OrgUnit" u WHERE u."id" = ANY(${[...orgUnitIds]}::int[])
      UNION ALL
      SELECT t."rootId", c."id" FROM "OrgUnit" c JOIN tree t ON c."parentId" = t."id"
    ),
    monthly AS (
      SELECT t."rootId", i."id", i."retiredAt"
      FROM tree t JOIN "Indicator" i ON i."orgUnitId" = t."id"
      WHERE i."periodicity" = 'MONTH'
    ),
    reported AS (
      SELECT m."rootId", v."year", v."periodNumber" AS "month", count(*)::int AS "count"
      FROM monthly m JOIN "IndicatorValue" v ON v."indicatorId" = m."id"
      WHERE v."granularity" = 'MONTH' AND NOT v."isSynthetic" AND v."outcome" IS NOT NULL
      GROUP BY m."rootId", v."year", v."periodNumber"
    )
    SELECT DISTINCT ON (r."rootId") r."rootId" AS "orgUnitId", r."year", r."month"
    FROM reported r
    WHERE r."count" >= ${REPORTED_MONTH_SHARE}::float8 * (
      SELECT count(*) FROM monthly m
      WHERE m."rootId" = r."rootId"
        AND (m."retiredAt" IS NULL OR m."retiredAt" >= make_date(r."year", r."month", 1))
    )
    ORDER BY r."rootId", r."year" DESC, r."month" DESC`;
  return new Map(latest.map((row) => [row.orgUnitId, { year: row.year, month: row.month }]));
}

/**
 * The latest month the organisation has reported (its top units, by the rule of
 * findLatestReportMonthOfUnits): what the app opens on for a unit that reports nothing. The
 * units are those the request read with its org tree (context.ts).
 */
export async function findLatestReportMonth(
  prisma: PrismaClient,
  units: readonly TreeNode[],
): Promise<YearMonth | null> {
  const roots = units.filter((unit) => unit.parentId === null);
  const months = [
    ...(
      await findLatestReportMonthOfUnits(
        prisma,
        roots.map((root) => root.id),
      )
    ).values(),
  ];
  return months.reduce<YearMonth | null>(
    (latest, month) => (!latest || month.year * 12 + month.month > latest.year * 12 + latest.month ? month : latest),
    null,
  );
}

/**
 * The values of the indicator `i` a lateral read walks back through: with an outcome, at the
 * indicator's own periodicity, in a period that has begun by the month, from January of
 * `fromYear` on. A period's first month is (periodNumber − 1) × months per period + 1, as
 * firstMonthOf in @lagesbild/types.
 */
function valuesUpTo({ year, month }: YearMonth, fromYear = 0): Prisma.Sql {
  return Prisma.sql`
    v."indicatorId" = i."id" AND v."granularity" = i."periodicity"
    AND v."outcome" IS NOT NULL
    AND v."year" <= ${year} AND v."year" >= ${fromYear}
    AND (v."year" < ${year}
      OR (v."periodNumber" - 1) * CASE v."granularity" WHEN 'YEAR' THEN 12 WHEN 'TERTIAL' THEN 4 ELSE 1 END + 1 <= ${month})`;
}

/**
 * Each indicator's latest value with an outcome, at its own periodicity, in a period that
 * has begun by the month; with `count` 2, also the value before it (the overview's month before).
 *
 * One backward step along the (indicator, granularity, year, period) index per indicator and
 * value, rather than sorting every value of every indicator: with 10 years of monthly values the
 * difference is 63 against 486 ms for 5,000 indicators on PostgreSQL (docs/performance.md).
 */
export function findLatestValuesUpTo(
  prisma: PrismaClient,
  indicatorIds: number[],
  month: YearMonth,
  count = 1,
): Promise<IndicatorValueModel[]> {
  return prisma.$queryRaw<IndicatorValueModel[]>`
    SELECT v.*
    FROM "Indicator" i
    CROSS JOIN LATERAL (
      SELECT * FROM "IndicatorValue" v
      WHERE ${valuesUpTo(month)}
      ORDER BY v."year" DESC, v."periodNumber" DESC
      LIMIT ${count}
    ) v
    WHERE i."id" = ANY(${indicatorIds}::int[])`;
}

/** What the status rule and the order of periods read of a value. */
export type StatusFigures = Pick<
  IndicatorValueModel,
  | 'indicatorId'
  | 'granularity'
  | 'year'
  | 'periodNumber'
  | 'outcome'
  | 'periodTarget'
  | 'annualTarget'
  | 'fullYearForecast'
  | 'statusOverride'
>;

/**
 * Each indicator's `count` latest values up to the month as findLatestValuesUpTo reads them,
 * back to January of the year `fromYear`: only the figures the status rule reads.
 */
export function findRecentStatusFigures(
  prisma: PrismaClient,
  indicatorIds: number[],
  month: YearMonth,
  { count, fromYear }: { count: number; fromYear: number },
): Promise<StatusFigures[]> {
  return prisma.$queryRaw<StatusFigures[]>`
    SELECT v."indicatorId", v."granularity", v."year", v."periodNumber", v."outcome", v."periodTarget",
      v."annualTarget", v."fullYearForecast", v."statusOverride"
    FROM "Indicator" i
    CROSS JOIN LATERAL (
      SELECT * FROM "IndicatorValue" v
      WHERE ${valuesUpTo(month, fromYear)}
      ORDER BY v."year" DESC, v."periodNumber" DESC
      LIMIT ${count}
    ) v
    WHERE i."id" = ANY(${indicatorIds}::int[])`;
}

/** An indicator's value of one period, or null when none is saved. */
export function findIndicatorValue(
  prisma: PrismaClient | Transaction,
  indicatorId: number,
  period: Period,
): Promise<IndicatorValueModel | null> {
  return prisma.indicatorValue.findUnique({
    where: {
      indicatorId_granularity_year_periodNumber: {
        indicatorId,
        granularity: period.granularity,
        year: period.year,
        periodNumber: period.periodNumber,
      },
    },
  });
}

/**
 * The same indicator (by code) in other units, in tree display order: all of them, or those of
 * the given units (at most MAX_COMPARED_UNITS).
 */
export function listSameIndicatorInOtherUnits(
  prisma: PrismaClient,
  indicator: IndicatorModel,
  orgUnitCodes: readonly string[] | null | undefined,
): Promise<IndicatorModel[]> {
  return prisma.indicator.findMany({
    where: {
      code: indicator.code,
      id: { not: indicator.id },
      ...(orgUnitCodes ? { orgUnit: { code: { in: orgUnitCodes.slice(0, MAX_COMPARED_UNITS) } } } : {}),
    },
    orderBy: [{ orgUnit: { sortOrder: 'asc' } }, { orgUnitId: 'asc' }],
  });
}
