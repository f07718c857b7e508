import type { PlanModel, PlanRevisionModel, PrismaClient } from '@lagesbild/db';
import { fromIsoDate, toIsoDate } from '@lagesbild/types';
import type { ParsedAdoptPlanInput, ParsedOpenPlanRevisionInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { conflict, fieldError, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';
import { findPlanLocks, lockYearForAdoption, planLockOf, readPlanLocks } from './plan-lock';
import type { PlanLock } from './plan-lock';
import { diffPlanSnapshots } from './plan-diff';
import type { PlanChange } from './plan-diff';
import { snapshotOfPlan, unitsCoveredByPlan } from './plan-snapshot';
import type { PlanSnapshot } from './plan-snapshot';
import { findUnitByCode } from '../organisation';
import type { OrgTreeUnit } from '../organisation';

/** A unit's plan of a year as the Plan page reads it: the plan, if there is one yet, and its lock. */
export interface PlanOfYearRow {
  orgUnitId: number;
  year: number;
  plan: PlanModel | null;
  lock: PlanLock | null;
}

/** A revision with its plan's unit, which owns it. */
export type PlanRevisionRow = PlanRevisionModel & { plan: { orgUnitId: number } };

export async function findPlanOfYear(
  prisma: PrismaClient,
  orgTree: readonly OrgTreeUnit[],
  orgUnitCode: string,
  year: number,
): Promise<PlanOfYearRow | null> {
  const unit = findUnitByCode(orgTree, orgUnitCode);
  if (!unit) return null;
  const orgUnitId = unit.id;
  const [plan, locks] = await Promise.all([
    prisma.plan.findUnique({ where: { orgUnitId_year: { orgUnitId, year } } }),
    readPlanLocks(prisma, orgTree, [{ orgUnitId, year }]),
  ]);
  return { orgUnitId, year, plan, lock: planLockOf(locks, { orgUnitId, year }) };
}

/** A plan as a conflict shows it to the other planner. */
function shownInConflict(plan: PlanModel | null) {
  if (!plan) return null;
  const { id, orgUnitId, year, status, revision, decisionDate, caseNumber, version } = plan;
  return {
    id,
    orgUnitId,
    year,
    status,
    revision,
    decisionDate: decisionDate && toIsoDate(decisionDate),
    caseNumber,
    version,
  };
}

async function updateAtVersion(
  tx: Transaction,
  plan: PlanModel,
  data: Partial<Pick<PlanModel, 'status' | 'revision' | 'decisionDate' | 'caseNumber'>>,
): Promise<PlanModel> {
  try {
    return await tx.plan.update({
      where: { id: plan.id, version: plan.version },
      data: { ...data, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(shownInConflict(await tx.plan.findUnique({ where: { id: plan.id } })));
    throw error;
  }
}

/** A year whose annual report is approved takes no adoption or revision of its plan. */
async function requireYearOpen(tx: Transaction, orgUnitId: number, year: number, field: string): Promise<void> {
  const lock = planLockOf(await findPlanLocks(tx, [{ orgUnitId, year }]), { orgUnitId, year });
  if (lock === 'YEAR_CLOSED') throw fieldError(field, 'yearClosed');
}

/**
 * Adopts the unit's plan of the year as the committee decided it: records the revision with
 * the decision and a snapshot of the plan's content, and locks the content until a new
 * revision opens. A unit without a plan of the year yet gets one (its first revision), which
 * is what the form loaded when it sent no version.
 */
export async function adoptPlan(tx: Transaction, input: ParsedAdoptPlanInput, userId: number): Promise<PlanModel> {
  // First of all: the snapshot below must hold every change saved before the adoption, and none after.
  await lockYearForAdoption(tx, input.year);
  await requireYearOpen(tx, input.orgUnitId, input.year, 'input.year');
  let plan = await tx.plan.findUnique({ where: { orgUnitId_year: { orgUnitId: input.orgUnitId, year: input.year } } });
  if ((plan?.version ?? null) !== input.expectedVersion) throw conflict(shownInConflict(plan));
  if (!plan) {
    plan = await insertUnlessTaken(() => tx.plan.create({ data: { orgUnitId: input.orgUnitId, year: input.year } }));
  }
  if (plan.status === 'ADOPTED') throw fieldError('input', 'planAlreadyAdopted');
  const previous = await tx.planRevision.findFirst({ where: { planId: plan.id }, orderBy: { number: 'desc' } });
  if (previous && input.decisionDate < toIsoDate(previous.decisionDate)) {
    throw fieldError('input.decisionDate', 'beforePreviousDecision');
  }
  const decisionDate = fromIsoDate(input.decisionDate);
  const snapshot = await snapshotOfPlan(tx, plan.orgUnitId, plan.year);
  await insertUnlessTaken(() =>
    tx.planRevision.create({
      data: {
        planId: plan.id,
        number: plan.revision,
        adoptedById: userId,
        decisionDate,
        caseNumber: input.caseNumber,
        snapshot: snapshot,
      },
    }),
  );
  await confirmTargetProposalsOfPlan(tx, plan.orgUnitId, plan.year, userId);
  return updateAtVersion(tx, plan, { status: 'ADOPTED', decisionDate, caseNumber: input.caseNumber });
}

/**
 * Adoption settles the roll-over's proposals (förslag): the committee adopts the targets the
 * plan shows, so a proposal still in it becomes an adopted target as it stands (each value
 * audited, its version moved on). Refusing the adoption instead would leave a committee's
 * decision hostage to a grid no one confirmed; the revision's snapshot holds the figures
 * either way, and a planner who wants other figures changes them before adopting.
 */
async function confirmTargetProposalsOfPlan(
  tx: Transaction,
  orgUnitId: number,
  year: number,
  userId: number,
): Promise<void> {
  const units = await unitsCoveredByPlan(tx, orgUnitId, year);
  const proposals = await tx.indicatorValue.findMany({
    where: { year, isTargetProposal: true, indicator: { orgUnitId: { in: units } } },
    select: { id: true },
  });
  for (const value of proposals) {
    // Not at the version read: an outcome saved meanwhile leaves the targets a proposal still, and
    // one whose targets were set meanwhile is no proposal any more (and is skipped).
    try {
      await tx.indicatorValue.update({
        where: { id: value.id, isTargetProposal: true },
        data: { isTargetProposal: false, updatedById: userId, version: { increment: 1 } },
      });
    } catch (error) {
      if (!isRecordNotFound(error)) throw error;
    }
  }
}

/**
 * Opens the adopted plan for changes as its next revision, a draft until it is adopted
 * again. The decision shown on the plan is the adopted revision's, so it is cleared; the
 * history keeps every adopted revision's.
 */
export async function openPlanRevision(tx: Transaction, input: ParsedOpenPlanRevisionInput): Promise<PlanModel> {
  const plan = await tx.plan.findUnique({ where: { id: input.planId } });
  if (!plan) throw notFound();
  if (plan.version !== input.expectedVersion) throw conflict(shownInConflict(plan));
  if (plan.status !== 'ADOPTED') throw fieldError('input.planId', 'planNotAdopted');
  await requireYearOpen(tx, plan.orgUnitId, plan.year, 'input.planId');
  return updateAtVersion(tx, plan, {
    status: 'DRAFT',
    revision: plan.revision + 1,
    decisionDate: null,
    caseNumber: null,
  });
}

export function findPlanOrgUnit(prisma: PrismaClient, planId: number): Promise<number | null> {
  return prisma.plan
    .findUnique({ where: { id: planId }, select: { orgUnitId: true } })
    .then((plan) => plan?.orgUnitId ?? null);
}

/** What changed in a revision since the one before it (nothing for the first). */
export function changesOfRevision(revision: PlanRevisionRow, revisions: readonly PlanRevisionRow[]): PlanChange[] {
  const previous = revisions.filter((other) => other.number < revision.number).sort((a, b) => b.number - a.number)[0];
  if (!previous) return [];
  return diffPlanSnapshots(previous.snapshot as unknown as PlanSnapshot, revision.snapshot as unknown as PlanSnapshot);
}

/** What the draft changes of the last adopted revision, as it stands now; nothing while adopted. */
export async function changesOfDraft(
  prisma: PrismaClient,
  plan: PlanModel,
  revisions: readonly PlanRevisionRow[],
): Promise<PlanChange[]> {
  const adopted = [...revisions].sort((a, b) => b.number - a.number)[0];
  if (plan.status !== 'DRAFT' || !adopted) return [];
  const now = await snapshotOfPlan(prisma, plan.orgUnitId, plan.year);
  return diffPlanSnapshots(adopted.snapshot as unknown as PlanSnapshot, now);
}
