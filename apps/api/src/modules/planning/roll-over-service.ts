import type { ActivityStatus, AssignmentStatus, PlanModel } from '@lagesbild/db';
import type { ParsedCommitRollOverInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { fieldError, insertUnlessTaken } from '../../errors';
import { assertPlanUnlocked } from './plan-lock';
import { unitsCoveredByPlan } from './plan-snapshot';
import { ensurePerspectivesOfYear } from '../perspectives';

/** How a goal served last year was found among next year's goals. */
export type GoalMatch = 'LINEAGE' | 'TITLE' | 'CARRIED_IN_PLAN' | 'NONE';

export interface RollOverGoalLink {
  fromGoalId: number;
  fromTitle: string;
  /** Next year's goal the carried goal will serve; null when none was found (the link is dropped). */
  toGoalId: number | null;
  toTitle: string | null;
  matchedBy: GoalMatch;
}

/**
 * Everything a roll-over of a unit's plan proposes, node by node; each says whether an
 * earlier roll-over already carried it (then a commit leaves it as it is).
 */
export interface RollOverPreviewRow {
  orgUnitId: number;
  fromYear: number;
  toYear: number;
  targetPlan: PlanModel | null;
  goals: {
    goalId: number;
    title: string;
    perspectiveId: number;
    /** The year the goal is of (the roll-over's `fromYear`), which names its perspective. */
    year: number;
    alreadyCarried: boolean;
    goalLinks: RollOverGoalLink[];
  }[];
  indicatorLinks: {
    goalId: number;
    goalTitle: string;
    indicatorId: number;
    indicatorName: string;
    alreadyCarried: boolean;
  }[];
  activities: {
    activityId: number;
    title: string;
    goalId: number;
    goalTitle: string;
    status: ActivityStatus;
    alreadyCarried: boolean;
  }[];
  assignments: { assignmentId: number; title: string; caseNumber: string | null; status: AssignmentStatus }[];
  targets: {
    indicatorId: number;
    indicatorName: string;
    /** How many periods of the year carry a target. */
    periods: number;
    annualTarget: number | null;
    alreadyCarried: boolean;
  }[];
}

const normalise = (title: string) => title.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** The latest status by (year, month) of each record, from its updates. */
function latestStatus<S>(updates: readonly { ownerId: number; year: number; month: number; status: S }[]) {
  const latest = new Map<number, { at: number; status: S }>();
  for (const update of updates) {
    const at = update.year * 100 + update.month;
    if ((latest.get(update.ownerId)?.at ?? -1) < at) latest.set(update.ownerId, { at, status: update.status });
  }
  return (ownerId: number) => latest.get(ownerId)?.status;
}

/**
 * The roll-over of a unit's plan from `fromYear` to the year after, read in a fixed number of
 * statements: the plan's goals with the goals they serve matched among next year's (by the
 * lineage a goal carried forward keeps, else by the same title in the same unit), their
 * indicator links, their activities still going (latest status neither completed nor
 * cancelled), the unit's open assignments, and the targets of the linked indicators.
 *
 * Assignments have no year: an open one stays on the unit's list until it is complete, so
 * the roll-over lists them for the planner to see but copies nothing.
 */
export async function previewRollOver(
  tx: Transaction,
  orgUnitId: number,
  fromYear: number,
): Promise<RollOverPreviewRow> {
  const toYear = fromYear + 1;
  const units = await unitsCoveredByPlan(tx, orgUnitId, fromYear);
  const goals = await tx.goal.findMany({
    where: { orgUnitId: { in: units }, year: fromYear },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    include: {
      nextGoal: { select: { id: true } },
      parentLinks: { include: { parent: { select: { id: true, title: true, orgUnitId: true } } } },
      indicators: { include: { indicator: { select: { id: true, name: true } } } },
      activities: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        include: { nextActivity: { select: { id: true } } },
      },
    },
  });
  const planGoalIds = new Set(goals.map((goal) => goal.id));
  const outsideParents = goals
    .flatMap((goal) => goal.parentLinks.map((link) => link.parent))
    .filter((parent) => !planGoalIds.has(parent.id));
  const carriedIds = goals.flatMap((goal) => (goal.nextGoal ? [goal.nextGoal.id] : []));
  const indicatorIds = [...new Set(goals.flatMap((goal) => goal.indicators.map((link) => link.indicatorId)))];
  const activityIds = goals.flatMap((goal) => goal.activities.map((activity) => activity.id));

  const [nextYearGoals, carriedIndicatorLinks, activityUpdates, assignments, fromTargets, toTargets, targetPlan] =
    await Promise.all([
      tx.goal.findMany({
        where: {
          year: toYear,
          // A goal retired from next year's plan is served by none of it.
          retiredAt: null,
          OR: [
            { previousGoalId: { in: outsideParents.map((parent) => parent.id) } },
            { orgUnitId: { in: [...new Set(outsideParents.map((parent) => parent.orgUnitId))] } },
          ],
        },
        select: { id: true, title: true, orgUnitId: true, previousGoalId: true },
        orderBy: { id: 'asc' },
      }),
      tx.goalIndicator.findMany({ where: { goalId: { in: carriedIds } } }),
      tx.activityUpdate.findMany({
        where: { activityId: { in: activityIds } },
        select: { activityId: true, year: true, month: true, status: true },
      }),
      tx.assignment.findMany({
        where: { orgUnitId: { in: units } },
        orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
        include: { updates: { select: { year: true, month: true, status: true } } },
      }),
      tx.indicatorValue.findMany({
        where: {
          indicatorId: { in: indicatorIds },
          year: fromYear,
          OR: [{ periodTarget: { not: null } }, { annualTarget: { not: null } }],
        },
        select: { indicatorId: true, granularity: true, annualTarget: true },
      }),
      tx.indicatorValue.findMany({
        where: {
          indicatorId: { in: indicatorIds },
          year: toYear,
          OR: [{ periodTarget: { not: null } }, { annualTarget: { not: null } }],
        },
        select: { indicatorId: true },
      }),
      tx.plan.findUnique({ where: { orgUnitId_year: { orgUnitId, year: toYear } } }),
    ]);

  const nextOfGoal = new Map(goals.flatMap((goal) => (goal.nextGoal ? [[goal.id, goal.nextGoal.id] as const] : [])));
  const carriedLinkKeys = new Set(carriedIndicatorLinks.map((link) => `${link.goalId}@${link.indicatorId}`));
  const activityStatus = latestStatus(activityUpdates.map((update) => ({ ...update, ownerId: update.activityId })));

  const matchOf = (parent: { id: number; title: string; orgUnitId: number }): RollOverGoalLink => {
    const base = { fromGoalId: parent.id, fromTitle: parent.title };
    if (planGoalIds.has(parent.id)) {
      const carried = goals.find((goal) => goal.id === parent.id)!;
      return { ...base, toGoalId: null, toTitle: carried.title, matchedBy: 'CARRIED_IN_PLAN' };
    }
    const byLineage = nextYearGoals.find((goal) => goal.previousGoalId === parent.id);
    if (byLineage) return { ...base, toGoalId: byLineage.id, toTitle: byLineage.title, matchedBy: 'LINEAGE' };
    const byTitle = nextYearGoals.find(
      (goal) => goal.orgUnitId === parent.orgUnitId && normalise(goal.title) === normalise(parent.title),
    );
    if (byTitle) return { ...base, toGoalId: byTitle.id, toTitle: byTitle.title, matchedBy: 'TITLE' };
    return { ...base, toGoalId: null, toTitle: null, matchedBy: 'NONE' };
  };

  const targetsByIndicator = new Map<number, { periods: number; annualTarget: number | null }>();
  for (const value of fromTargets) {
    const entry = targetsByIndicator.get(value.indicatorId) ?? { periods: 0, annualTarget: null };
    entry.periods += 1;
    entry.annualTarget ??= value.annualTarget;
    targetsByIndicator.set(value.indicatorId, entry);
  }
  const indicatorsWithNextTargets = new Set(toTargets.map((value) => value.indicatorId));
  const indicatorNames = new Map(
    goals.flatMap((goal) => goal.indicators.map((link) => [link.indicator.id, link.indicator.name] as const)),
  );

  return {
    orgUnitId,
    fromYear,
    toYear,
    targetPlan,
    goals: goals.map((goal) => ({
      goalId: goal.id,
      title: goal.title,
      perspectiveId: goal.perspectiveId,
      year: goal.year,
      alreadyCarried: goal.nextGoal !== null,
      goalLinks: goal.parentLinks.map((link) => matchOf(link.parent)),
    })),
    indicatorLinks: goals.flatMap((goal) =>
      goal.indicators.map((link) => ({
        goalId: goal.id,
        goalTitle: goal.title,
        indicatorId: link.indicator.id,
        indicatorName: link.indicator.name,
        alreadyCarried:
          nextOfGoal.has(goal.id) && carriedLinkKeys.has(`${nextOfGoal.get(goal.id)}@${link.indicator.id}`),
      })),
    ),
    activities: goals.flatMap((goal) =>
      goal.activities
        .map((activity) => ({ activity, status: activityStatus(activity.id) ?? 'NOT_STARTED' }))
        .filter(({ status }) => status !== 'COMPLETED' && status !== 'CANCELLED')
        .map(({ activity, status }) => ({
          activityId: activity.id,
          title: activity.title,
          goalId: goal.id,
          goalTitle: goal.title,
          status,
          alreadyCarried: activity.nextActivity !== null,
        })),
    ),
    assignments: assignments
      .map((assignment) => ({
        assignment,
        status:
          latestStatus(assignment.updates.map((update) => ({ ...update, ownerId: assignment.id })))(assignment.id) ??
          'NOT_STARTED',
      }))
      .filter(({ status }) => status !== 'DECLARED_COMPLETE')
      .map(({ assignment, status }) => ({
        assignmentId: assignment.id,
        title: assignment.title,
        caseNumber: assignment.caseNumber,
        status,
      })),
    targets: [...targetsByIndicator].map(([indicatorId, { periods, annualTarget }]) => ({
      indicatorId,
      indicatorName: indicatorNames.get(indicatorId)!,
      periods,
      annualTarget,
      alreadyCarried: indicatorsWithNextTargets.has(indicatorId),
    })),
  };
}

/** Each decision's place in the input must name a node of the preview. */
function requireInPreview<T>(
  decisions: readonly T[],
  known: (decision: T) => boolean,
  field: (index: number) => string,
): void {
  const unknown = decisions.findIndex((decision) => !known(decision));
  if (unknown >= 0) throw fieldError(field(unknown), 'notInPlan');
}

/**
 * Writes next year's draft plan from the planner's decisions on the preview, in the
 * mutation's one audited transaction: the carried goals (with their new titles) serving next
 * year's matched goals, their indicator links, their activities, and last year's targets as
 * proposals where next year has none. Nodes an earlier roll-over carried are left as they are,
 * and the lineage keys are unique, so running it again adds only what was not carried before
 * and never duplicates. Next year's plan must not be adopted.
 */
export async function commitRollOver(tx: Transaction, input: ParsedCommitRollOverInput): Promise<PlanModel> {
  const preview = await previewRollOver(tx, input.orgUnitId, input.fromYear);
  const { toYear } = preview;
  await assertPlanUnlocked(tx, input.orgUnitId, toYear, 'input.fromYear');
  // The carried goals keep their perspectives, which next year must have.
  await ensurePerspectivesOfYear(tx, toYear);

  const goalsById = new Map(preview.goals.map((goal) => [goal.goalId, goal]));
  requireInPreview(
    input.goals,
    (decision) => goalsById.has(decision.goalId),
    (index) => `input.goals.${index}.goalId`,
  );
  requireInPreview(
    input.indicatorLinks,
    (decision) =>
      preview.indicatorLinks.some(
        (link) => link.goalId === decision.goalId && link.indicatorId === decision.indicatorId,
      ),
    (index) => `input.indicatorLinks.${index}.indicatorId`,
  );
  requireInPreview(
    input.activities,
    (decision) => preview.activities.some((activity) => activity.activityId === decision.activityId),
    (index) => `input.activities.${index}.activityId`,
  );
  requireInPreview(
    input.targets,
    (decision) => preview.targets.some((target) => target.indicatorId === decision.indicatorId),
    (index) => `input.targets.${index}.indicatorId`,
  );

  const plan =
    preview.targetPlan ??
    (await insertUnlessTaken(() =>
      tx.plan.create({ data: { orgUnitId: input.orgUnitId, year: toYear, rolledOverFromYear: input.fromYear } }),
    ));

  // Goals: last year's id → next year's, for those carried now or before.
  const carriedGoals = new Map<number, number>();
  const alreadyCarried = await tx.goal.findMany({
    where: { previousGoalId: { in: preview.goals.filter((goal) => goal.alreadyCarried).map((goal) => goal.goalId) } },
    select: { id: true, previousGoalId: true },
  });
  for (const goal of alreadyCarried) carriedGoals.set(goal.previousGoalId!, goal.id);
  const source = await tx.goal.findMany({ where: { id: { in: input.goals.map((decision) => decision.goalId) } } });
  const newGoals: number[] = [];
  for (const decision of input.goals) {
    if (!decision.carry || carriedGoals.has(decision.goalId)) continue;
    const goal = source.find((row) => row.id === decision.goalId)!;
    const created = await insertUnlessTaken(() =>
      tx.goal.create({
        data: {
          title: decision.title ?? goal.title,
          description: goal.description,
          level: goal.level,
          year: toYear,
          perspectiveId: goal.perspectiveId,
          orgUnitId: goal.orgUnitId,
          sortOrder: goal.sortOrder,
          previousGoalId: goal.id,
        },
      }),
    );
    carriedGoals.set(goal.id, created.id);
    newGoals.push(goal.id);
  }
  // The goals a new goal serves: a goal of the plan carried with it, or next year's match.
  for (const goalId of newGoals) {
    for (const link of goalsById.get(goalId)!.goalLinks) {
      const parentId = link.matchedBy === 'CARRIED_IN_PLAN' ? carriedGoals.get(link.fromGoalId) : link.toGoalId;
      if (parentId == null) continue;
      await tx.goalLink.create({ data: { parentId, childId: carriedGoals.get(goalId)! } });
    }
  }

  for (const decision of input.indicatorLinks) {
    const link = preview.indicatorLinks.find(
      (candidate) => candidate.goalId === decision.goalId && candidate.indicatorId === decision.indicatorId,
    )!;
    const goalId = carriedGoals.get(decision.goalId);
    if (!decision.carry || link.alreadyCarried || goalId === undefined) continue;
    await insertUnlessTaken(() => tx.goalIndicator.create({ data: { goalId, indicatorId: decision.indicatorId } }));
  }

  const activities = await tx.activity.findMany({
    where: { id: { in: input.activities.filter((decision) => decision.carry).map((decision) => decision.activityId) } },
  });
  for (const activity of activities) {
    const goalId = activity.goalId === null ? undefined : carriedGoals.get(activity.goalId);
    if (goalId === undefined || preview.activities.find((row) => row.activityId === activity.id)!.alreadyCarried)
      continue;
    await insertUnlessTaken(() =>
      tx.activity.create({
        data: {
          title: activity.title,
          description: activity.description,
          orgUnitId: activity.orgUnitId,
          perspectiveId: activity.perspectiveId,
          goalId,
          endDate: activity.endDate,
          sortOrder: activity.sortOrder,
          previousActivityId: activity.id,
        },
      }),
    );
  }

  await proposeTargets(
    tx,
    input.targets
      .filter(
        (decision) =>
          decision.carry && !preview.targets.find((row) => row.indicatorId === decision.indicatorId)!.alreadyCarried,
      )
      .map((decision) => decision.indicatorId),
    input.fromYear,
  );
  return plan;
}

/**
 * Copies last year's targets of the indicators to the same periods of the next year, marked
 * as proposals. A period of next year that already holds a value is left as it is: a
 * roll-over adds, it never overwrites what someone entered.
 */
async function proposeTargets(tx: Transaction, indicatorIds: number[], fromYear: number): Promise<void> {
  if (indicatorIds.length === 0) return;
  const [targets, existing] = await Promise.all([
    tx.indicatorValue.findMany({
      where: {
        indicatorId: { in: indicatorIds },
        year: fromYear,
        OR: [{ periodTarget: { not: null } }, { annualTarget: { not: null } }],
      },
    }),
    tx.indicatorValue.findMany({
      where: { indicatorId: { in: indicatorIds }, year: fromYear + 1 },
      select: { indicatorId: true, granularity: true, periodNumber: true },
    }),
  ]);
  const taken = new Set(existing.map((value) => `${value.indicatorId}@${value.granularity}@${value.periodNumber}`));
  for (const value of targets) {
    if (taken.has(`${value.indicatorId}@${value.granularity}@${value.periodNumber}`)) continue;
    await insertUnlessTaken(() =>
      tx.indicatorValue.create({
        data: {
          indicatorId: value.indicatorId,
          granularity: value.granularity,
          year: fromYear + 1,
          periodNumber: value.periodNumber,
          periodTarget: value.periodTarget,
          annualTarget: value.annualTarget,
          isTargetProposal: true,
          source: `Förslag från ${fromYear} (överrullning)`,
        },
      }),
    );
  }
}

export type RollOverGoalRow = RollOverPreviewRow['goals'][number];
