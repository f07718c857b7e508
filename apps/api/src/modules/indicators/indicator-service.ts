import type { PrismaClient } from '@lagesbild/db';
import type { YearMonth } from '@lagesbild/types';

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
