import type { Prisma } from './generated/prisma/client';
import type { GoalLevel, Periodicity } from './generated/prisma/enums';

type Transaction = Prisma.TransactionClient;

/** The period as a key: `2023`, `2023-T2` or `2023-05` (as @lagesbild/types' formatPeriodKey writes it). */
function periodKey({
  granularity,
  year,
  periodNumber,
}: {
  granularity: Periodicity;
  year: number;
  periodNumber: number;
}) {
  if (granularity === 'YEAR') return String(year);
  if (granularity === 'TERTIAL') return `${year}-T${periodNumber}`;
  return `${year}-${String(periodNumber).padStart(2, '0')}`;
}

/**
 * What a plan held when a revision of it was adopted: its goals with the goals they serve
 * (council goals) and the indicators that measure them, and the targets of those indicators
 * for the year. Stored as JSON on the revision, a record of what the committee decided.
 * It lives in the database package, as planReportSections does, because the demo seed records
 * the adopted 2023 plans with the same snapshot the API takes at adoption.
 */
// A type, not an interface: Prisma stores it as JSON, which needs its implicit index signature.
export type PlanSnapshot = {
  goals: {
    id: number;
    title: string;
    level: GoalLevel;
    orgUnitId: number;
    perspectiveId: number;
    /** The goals this one serves. */
    parents: { id: number; title: string }[];
    indicators: { id: number; name: string }[];
  }[];
  targets: {
    indicatorId: number;
    indicatorName: string;
    /** formatPeriodKey's key: 2023-05, 2023-T2, 2023. */
    period: string;
    periodTarget: number | null;
    annualTarget: number | null;
  }[];
};

type TreeReader = Pick<Transaction, 'orgUnit' | 'plan'>;

/**
 * The units a unit's plan of a year covers: the unit and the units below it, except where a
 * unit below has a plan of that year of its own (then it and what lies below it follow that).
 */
export async function unitsCoveredByPlan(tx: TreeReader, orgUnitId: number, year: number): Promise<number[]> {
  const [tree, plans] = await Promise.all([
    tx.orgUnit.findMany({ select: { id: true, parentId: true } }),
    tx.plan.findMany({ where: { year }, select: { orgUnitId: true } }),
  ]);
  const ownPlan = new Set(plans.map((plan) => plan.orgUnitId));
  const children = new Map<number, number[]>();
  for (const unit of tree) {
    if (unit.parentId !== null) children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit.id]);
  }
  const covered: number[] = [];
  const pending = [orgUnitId];
  while (pending.length > 0) {
    const id = pending.pop()!;
    covered.push(id);
    for (const child of children.get(id) ?? []) if (!ownPlan.has(child)) pending.push(child);
  }
  return covered;
}

type SnapshotReader = Pick<Transaction, 'orgUnit' | 'plan' | 'goal' | 'indicatorValue'>;

/** The plan's content as it is now, in a fixed number of statements. */
export async function snapshotOfPlan(tx: SnapshotReader, orgUnitId: number, year: number): Promise<PlanSnapshot> {
  const units = await unitsCoveredByPlan(tx, orgUnitId, year);
  const goals = await tx.goal.findMany({
    where: { orgUnitId: { in: units }, year },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    include: {
      parentLinks: { include: { parent: { select: { id: true, title: true } } } },
      indicators: { include: { indicator: { select: { id: true, name: true } } } },
    },
  });
  const indicatorNames = new Map(
    goals.flatMap((goal) => goal.indicators.map((link) => [link.indicator.id, link.indicator.name] as const)),
  );
  const values = await tx.indicatorValue.findMany({
    where: {
      indicatorId: { in: [...indicatorNames.keys()] },
      year,
      OR: [{ periodTarget: { not: null } }, { annualTarget: { not: null } }],
    },
    orderBy: [{ indicatorId: 'asc' }, { granularity: 'asc' }, { periodNumber: 'asc' }],
  });
  return {
    goals: goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      level: goal.level,
      orgUnitId: goal.orgUnitId,
      perspectiveId: goal.perspectiveId,
      parents: goal.parentLinks.map((link) => link.parent).sort((a, b) => a.id - b.id),
      indicators: goal.indicators.map((link) => link.indicator).sort((a, b) => a.id - b.id),
    })),
    targets: values.map((value) => ({
      indicatorId: value.indicatorId,
      indicatorName: indicatorNames.get(value.indicatorId)!,
      period: periodKey(value),
      periodTarget: value.periodTarget,
      annualTarget: value.annualTarget,
    })),
  };
}
