import { Prisma } from '@lagesbild/db';
import type { OrgUnitModel, PlanStatus, PrismaClient } from '@lagesbild/db';
import { GraphQLError } from 'graphql';
import type { Transaction } from '../audit';

/**
 * Why a unit's plan of a year may not change: its plan is adopted (a new revision opens it
 * again), or the year's annual report is approved (the year is closed for good).
 */
export type PlanLock = 'PLAN_ADOPTED' | 'YEAR_CLOSED';

export interface UnitYear {
  orgUnitId: number;
  year: number;
}

const keyOf = ({ orgUnitId, year }: UnitYear) => `${orgUnitId}@${year}`;

/**
 * A lock number of its own, with the year: every write to a year's plans holds it shared (in
 * findPlanLocks) and an adoption holds it alone (lockYearForAdoption). The plans' FOR SHARE
 * alone left two gaps: a unit without a plan row yet locks nothing, and an adoption waited for
 * a write in progress only at its last UPDATE, after its snapshot was taken without that write.
 * Now the adoption starts once every write of the year in progress has ended, and the writes
 * that come later wait for it and then find the plan adopted.
 */
const PLAN_YEAR_LOCK = 7061;

/** Taken by adoptPlan before it reads anything: see PLAN_YEAR_LOCK. */
export async function lockYearForAdoption(tx: Transaction, year: number): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${PLAN_YEAR_LOCK}::int, ${year}::int)) AS locked`;
}

async function shareYearsWithWriters(tx: Transaction, years: readonly number[]): Promise<void> {
  // In one order, so that two writers of the same years never wait for each other crosswise.
  const inOrder = [...new Set(years)].sort((a, b) => a - b);
  await tx.$queryRaw`
    SELECT count(pg_advisory_xact_lock_shared(${PLAN_YEAR_LOCK}::int, year))
    FROM unnest(${inOrder}::int[]) AS years(year)`;
}

/** The unit and the units above it, nearest first. */
function chainOf(parentOf: ReadonlyMap<number, number | null>, orgUnitId: number): number[] {
  const chain: number[] = [];
  for (let id: number | null | undefined = orgUnitId; id != null && !chain.includes(id); id = parentOf.get(id)) {
    chain.push(id);
  }
  return chain;
}

/** What the locks are judged by of a unit: its place in the tree. */
type TreeLink = Pick<OrgUnitModel, 'id' | 'parentId'>;

/**
 * The lock on each unit's plan of each year, for a write, in three statements whatever the
 * number asked about. A unit's year is governed by the nearest plan of that year on the unit or
 * a unit above it (a business area without a plan of its own follows its committee's), and
 * closed by an approved annual report of the unit or a unit above it. The tree is read in the
 * write's transaction and the plans FOR SHARE: a plan cannot be adopted between this check and
 * the end of the write that made it, and a write waits for an adoption in progress and then sees it.
 */
export async function findPlanLocks(
  tx: Transaction,
  unitYears: readonly UnitYear[],
): Promise<Map<string, PlanLock | null>> {
  if (unitYears.length === 0) return new Map();
  await shareYearsWithWriters(
    tx,
    unitYears.map((unitYear) => unitYear.year),
  );
  const tree = await tx.orgUnit.findMany({ select: { id: true, parentId: true } });
  return judgePlanLocks(tx, tree, unitYears, { lockPlans: true });
}

/**
 * The same locks for a page that only shows them (the Plan page, the goal tree's planning
 * controls), judged on `units`, the request's org tree: two statements, and no row lock, which
 * only a write needs and a read replica refuses, so a replica answers them.
 */
export function readPlanLocks(
  prisma: PrismaClient,
  units: readonly TreeLink[],
  unitYears: readonly UnitYear[],
): Promise<Map<string, PlanLock | null>> {
  return judgePlanLocks(prisma, units, unitYears, { lockPlans: false });
}

async function judgePlanLocks(
  db: Pick<PrismaClient, '$queryRaw' | 'report'>,
  tree: readonly TreeLink[],
  unitYears: readonly UnitYear[],
  { lockPlans }: { lockPlans: boolean },
): Promise<Map<string, PlanLock | null>> {
  const locks = new Map<string, PlanLock | null>();
  if (unitYears.length === 0) return locks;
  const parentOf = new Map(tree.map((unit) => [unit.id, unit.parentId]));
  const years = [...new Set(unitYears.map((unitYear) => unitYear.year))];
  const [plans, approvedAnnualReports] = await Promise.all([
    db.$queryRaw<{ orgUnitId: number; year: number; status: PlanStatus }[]>`
      SELECT "orgUnitId", "year", "status"::text AS "status" FROM "Plan"
      WHERE "year" IN (${Prisma.join(years)}) ${lockPlans ? Prisma.sql`FOR SHARE` : Prisma.empty}`,
    db.report.findMany({
      where: { type: 'ANNUAL', status: 'APPROVED', year: { in: years } },
      select: { orgUnitId: true, year: true },
    }),
  ]);
  const planOf = new Map(plans.map((plan) => [keyOf(plan), plan]));
  const closed = new Set(approvedAnnualReports.map(keyOf));
  for (const unitYear of unitYears) {
    const chain = chainOf(parentOf, unitYear.orgUnitId);
    const governing = chain.map((orgUnitId) => planOf.get(keyOf({ orgUnitId, year: unitYear.year }))).find(Boolean);
    const lock: PlanLock | null = chain.some((orgUnitId) => closed.has(keyOf({ orgUnitId, year: unitYear.year })))
      ? 'YEAR_CLOSED'
      : governing?.status === 'ADOPTED'
        ? 'PLAN_ADOPTED'
        : null;
    locks.set(keyOf(unitYear), lock);
  }
  return locks;
}

/** The lock of one unit's year as findPlanLocks or readPlanLocks found it. */
export function planLockOf(locks: ReadonlyMap<string, PlanLock | null>, unitYear: UnitYear): PlanLock | null {
  return locks.get(keyOf(unitYear)) ?? null;
}

/** The field error's message key for a lock: the UI says what to do about it. */
export const PLAN_LOCK_MESSAGES: Record<PlanLock, string> = {
  PLAN_ADOPTED: 'planAdopted',
  YEAR_CLOSED: 'yearClosed',
};

/** The refusal of a write to a locked plan, beside `field`, with a sentence for logs and API users. */
export function planLockedError(lock: PlanLock, { year }: UnitYear, field = 'input'): GraphQLError {
  const sentence =
    lock === 'PLAN_ADOPTED'
      ? `The plan of ${year} is adopted: open a new revision of it to change its goals, links or targets.`
      : `The year ${year} is closed: its annual report is approved, so its plan no longer changes.`;
  return new GraphQLError(sentence, {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field, message: PLAN_LOCK_MESSAGES[lock] }] },
  });
}

/**
 * Every write that changes a unit's plan of a year (its goals, goal links, indicator links or
 * targets) calls this first, in its transaction: it refuses, beside `field`, when the plan is
 * adopted ("open a new revision") or the year is closed by its approved annual report.
 * Follow-up (outcomes, forecasts, goal assessments, activity status) is not the plan and
 * does not call it.
 */
export async function assertPlanUnlocked(
  tx: Transaction,
  orgUnitId: number,
  year: number,
  field = 'input',
): Promise<void> {
  const lock = planLockOf(await findPlanLocks(tx, [{ orgUnitId, year }]), { orgUnitId, year });
  if (lock) throw planLockedError(lock, { orgUnitId, year }, field);
}
