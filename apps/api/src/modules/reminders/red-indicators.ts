import type { PrismaClient } from '@lagesbild/db';
import { valueStatus } from '@lagesbild/types';
import { withThresholdHistory } from '../indicators';

/** A red value that nobody has acted on, to be mailed to the indicator's owner. */
export interface RedIndicatorAlert {
  /** RED_INDICATOR:<indicator>:<granularity>-<year>-<period>: one alert per red value, whatever its later edits. */
  key: string;
  indicatorId: number;
  title: string;
  ownerId: number;
  /** Path of the indicator's page, where the value is analysed. */
  link: string;
}

/** How far back a value's report counts as "just turned red" (so a first start does not mail about old history). */
export const RED_VALUE_RECENCY_DAYS = 31;

const CLOSED_ACTIVITY_STATES = new Set(['COMPLETED', 'CANCELLED']);

/**
 * Indicators that turned red without an action: the indicator's latest value reported in the last
 * RED_VALUE_RECENCY_DAYS days is red, by the indicator's status rule (or a person's override), and
 *  - the value has no comment (no analysis of why it is red), and
 *  - none of the goals the indicator measures has an open activity: one still in the plan, not
 *    ended before today, whose latest status is not completed or cancelled.
 * Only indicators with an owner (a user) are mailed. Three statements, whatever the number of indicators.
 */
export async function findRedIndicatorsWithoutAction(
  prisma: PrismaClient,
  now: Date,
  ownerIds: readonly number[],
): Promise<RedIndicatorAlert[]> {
  if (ownerIds.length === 0) return [];
  const since = new Date(now.getTime() - RED_VALUE_RECENCY_DAYS * 86_400_000);
  const values = await prisma.indicatorValue.findMany({
    where: {
      updatedAt: { gte: since },
      OR: [{ outcome: { not: null } }, { statusOverride: { not: null } }],
      indicator: { ownerId: { in: [...ownerIds] }, retiredAt: null },
    },
    include: { indicator: true },
    orderBy: [{ indicatorId: 'asc' }, { year: 'desc' }, { periodNumber: 'desc' }],
  });
  // The latest period of each indicator, of its own periodicity.
  const latest = new Map<number, (typeof values)[number]>();
  for (const value of values) {
    if (value.granularity !== value.indicator.periodicity || latest.has(value.indicatorId)) continue;
    latest.set(value.indicatorId, value);
  }
  const judged = await withThresholdHistory(
    prisma,
    [...latest.values()].map((value) => value.indicator),
  );
  const ruleOf = new Map(judged.map((indicator) => [indicator.id, indicator]));
  const red = [...latest.values()].filter(
    (value) => valueStatus(ruleOf.get(value.indicatorId)!, value) === 'RED' && !value.comment?.trim(),
  );
  if (red.length === 0) return [];

  const links = await prisma.goalIndicator.findMany({
    where: { indicatorId: { in: red.map((value) => value.indicatorId) } },
    select: { indicatorId: true, goalId: true },
  });
  const activities = await prisma.activity.findMany({
    where: {
      goalId: { in: [...new Set(links.map((link) => link.goalId))] },
      retiredAt: null,
      OR: [{ endDate: null }, { endDate: { gte: startOfDay(now) } }],
    },
    select: {
      goalId: true,
      updates: { orderBy: [{ year: 'desc' }, { month: 'desc' }], take: 1, select: { status: true } },
    },
  });
  const goalsWithOpenActivity = new Set(
    activities
      .filter((activity) => !activity.updates[0] || !CLOSED_ACTIVITY_STATES.has(activity.updates[0].status))
      .map((activity) => activity.goalId),
  );
  const actedOn = new Set(
    links.filter((link) => goalsWithOpenActivity.has(link.goalId)).map((link) => link.indicatorId),
  );
  return red
    .filter((value) => !actedOn.has(value.indicatorId))
    .map((value) => ({
      key: `RED_INDICATOR:${value.indicatorId}:${value.granularity}-${value.year}-${value.periodNumber}`,
      indicatorId: value.indicatorId,
      title: value.indicator.name,
      ownerId: value.indicator.ownerId!,
      link: `/indikatorer/${value.indicatorId}`,
    }));
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
