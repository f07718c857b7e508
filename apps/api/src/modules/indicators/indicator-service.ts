import type { IndicatorModel, IndicatorValueModel, PrismaClient } from '@lagesbild/db';
import { MAX_COMPARED_UNITS } from '@lagesbild/types';
import type { Period, YearMonth } from '@lagesbild/types';

/** A value reported for a month, with an outcome, from a report rather than generated. */
const REAL_MONTHLY_OUTCOME = { granularity: 'MONTH', isSynthetic: false, outcome: { not: null } } as const;

/** For each org unit, the latest month with a real monthly outcome of its indicators. */
export async function findLatestReportMonthOfUnits(
  prisma: PrismaClient,
  orgUnitIds: readonly number[],
): Promise<Map<number, YearMonth>> {
  const latest = await prisma.$queryRaw<{ orgUnitId: number; year: number; month: number }[]>`
    SELECT DISTINCT ON (i."orgUnitId") i."orgUnitId", v."year", v."periodNumber" AS "month"
    FROM "IndicatorValue" v
    JOIN "Indicator" i ON i."id" = v."indicatorId"
    WHERE i."orgUnitId" = ANY(${[...orgUnitIds]}::int[])
      AND v."granularity" = 'MONTH' AND NOT v."isSynthetic" AND v."outcome" IS NOT NULL
    ORDER BY i."orgUnitId", v."year" DESC, v."periodNumber" DESC`;
  return new Map(latest.map((row) => [row.orgUnitId, { year: row.year, month: row.month }]));
}

/** The latest month with a real monthly outcome, which is what the app opens on. */
export async function findLatestReportMonth(prisma: PrismaClient): Promise<YearMonth | null> {
  const latest = await prisma.indicatorValue.findFirst({
    where: REAL_MONTHLY_OUTCOME,
    orderBy: [{ year: 'desc' }, { periodNumber: 'desc' }],
    select: { year: true, periodNumber: true },
  });
  return latest ? { year: latest.year, month: latest.periodNumber } : null;
}

/**
 * Each indicator's latest value with an outcome, at its own periodicity, in a period that
 * has begun by the month. A period's first month is (periodNumber − 1) × months per period
 * + 1, as firstMonthOf in @lagesbild/types.
 *
 * One backward step along the (indicator, granularity, year, period) index per indicator,
 * rather than sorting every value of every indicator: with 10 years of monthly values the
 * difference is 63 against 486 ms for 5,000 indicators on PostgreSQL (docs/performance.md).
 */
export function findLatestValuesUpTo(
  prisma: PrismaClient,
  indicatorIds: number[],
  { year, month }: YearMonth,
): Promise<IndicatorValueModel[]> {
  return prisma.$queryRaw<IndicatorValueModel[]>`
    SELECT v.*
    FROM "Indicator" i
    CROSS JOIN LATERAL (
      SELECT * FROM "IndicatorValue" v
      WHERE v."indicatorId" = i."id" AND v."granularity" = i."periodicity"
        AND v."outcome" IS NOT NULL
        AND v."year" <= ${year}
        AND (v."year" < ${year}
          OR (v."periodNumber" - 1) * CASE v."granularity" WHEN 'YEAR' THEN 12 WHEN 'TERTIAL' THEN 4 ELSE 1 END + 1 <= ${month})
      ORDER BY v."year" DESC, v."periodNumber" DESC
      LIMIT 1
    ) v
    WHERE i."id" = ANY(${indicatorIds}::int[])`;
}

/** An indicator's value of one period, or null when none is saved. */
export function findIndicatorValue(
  prisma: PrismaClient,
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
