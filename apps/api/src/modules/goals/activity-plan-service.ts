import type { ActivityModel, GoalModel, PrismaClient } from '@lagesbild/db';
import type {
  ParsedCreateActivityInput,
  ParsedSetActivityRetiredInput,
  ParsedUpdateActivityInput,
  TreeNode,
} from '@lagesbild/types';
import { ancestorsOf, fromIsoDate, inTreeOrder } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { conflict, fieldError, isRecordNotFound, notFound } from '../../errors';

/** An activity as a conflict shows it to the other planner. */
function shownInConflict(activity: ActivityModel | null) {
  if (!activity) return null;
  const { id, title, description, goalId, ownerId, ownerName, retiredAt, version } = activity;
  return { id, title, description, goalId, ownerId, ownerName, retiredAt: retiredAt?.toISOString() ?? null, version };
}

/** A goal an activity may carry out: one in the plan. */
async function requireGoalInPlan(tx: Transaction, goalId: number): Promise<GoalModel> {
  const goal = await tx.goal.findUnique({ where: { id: goalId } });
  if (!goal) throw notFound();
  if (goal.retiredAt !== null) throw fieldError('input.goalId', 'goalRetired');
  return goal;
}

async function requireActiveOwner(tx: Transaction, ownerId: number | null): Promise<void> {
  if (ownerId === null) return;
  const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { isActive: true } });
  if (!owner?.isActive) throw fieldError('input.ownerId', 'unknownUser');
}

/** The columns the forms write. */
function columnsOf(input: ParsedCreateActivityInput) {
  return {
    title: input.title,
    description: input.description,
    ownerId: input.ownerId,
    ownerName: input.ownerName,
    startDate: input.startDate ? fromIsoDate(input.startDate) : null,
    endDate: input.endDate ? fromIsoDate(input.endDate) : null,
  };
}

async function loadForChange(tx: Transaction, id: number, expectedVersion: number): Promise<ActivityModel> {
  const activity = await tx.activity.findUnique({ where: { id } });
  if (!activity) throw notFound();
  if (activity.version !== expectedVersion) throw conflict(shownInConflict(activity));
  return activity;
}

async function updateAtVersion(
  tx: Transaction,
  activity: ActivityModel,
  data: Partial<Omit<ActivityModel, 'id' | 'version' | 'createdAt' | 'updatedAt'>>,
): Promise<ActivityModel> {
  try {
    return await tx.activity.update({
      where: { id: activity.id, version: activity.version },
      data: { ...data, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) {
      throw conflict(shownInConflict(await tx.activity.findUnique({ where: { id: activity.id } })));
    }
    throw error;
  }
}

/** A new activity under a goal, last among the goal's activities; it takes the goal's unit and perspective. */
export async function createActivity(tx: Transaction, input: ParsedCreateActivityInput): Promise<ActivityModel> {
  const goal = await requireGoalInPlan(tx, input.goalId);
  await requireActiveOwner(tx, input.ownerId);
  const last = await tx.activity.aggregate({ where: { goalId: goal.id }, _max: { sortOrder: true } });
  return tx.activity.create({
    data: {
      ...columnsOf(input),
      goalId: goal.id,
      orgUnitId: goal.orgUnitId,
      perspectiveId: goal.perspectiveId,
      sortOrder: (last._max.sortOrder ?? 0) + 1,
    },
  });
}

/** A change to an activity. Another goal must be of the activity's unit (its statuses are that unit's). */
export async function updateActivity(tx: Transaction, input: ParsedUpdateActivityInput): Promise<ActivityModel> {
  const activity = await loadForChange(tx, input.id, input.expectedVersion);
  const goal =
    input.goalId === activity.goalId
      ? await tx.goal.findUniqueOrThrow({ where: { id: input.goalId } })
      : await requireGoalInPlan(tx, input.goalId);
  if (goal.orgUnitId !== activity.orgUnitId) throw fieldError('input.goalId', 'goalOfOtherUnit');
  await requireActiveOwner(tx, input.ownerId);
  return updateAtVersion(tx, activity, { ...columnsOf(input), goalId: goal.id, perspectiveId: goal.perspectiveId });
}

/** Cancels an activity from the plan, or brings it back; its monthly statuses stay as they were. */
export async function setActivityRetired(
  tx: Transaction,
  input: ParsedSetActivityRetiredInput,
): Promise<ActivityModel> {
  const activity = await loadForChange(tx, input.id, input.expectedVersion);
  if ((activity.retiredAt !== null) === input.retired) return activity;
  return updateAtVersion(tx, activity, { retiredAt: input.retired ? new Date() : null });
}

/**
 * Whom a planner of the unit may name as an activity's owner: the active users holding a role
 * for the unit, a unit above it or a unit below it, by name. Users of sibling units are not
 * listed to them (their names are not the planner's to read); anyone else is typed as a name.
 */
export function listActivityOwnerOptions(
  prisma: PrismaClient,
  orgTree: readonly TreeNode[],
  orgUnitId: number,
): Promise<{ id: number; name: string }[]> {
  const parentOf = new Map(orgTree.map((node) => [node.id, node.parentId]));
  const related = [...inTreeOrder(orgTree, orgUnitId).map((node) => node.id), ...ancestorsOf(parentOf, orgUnitId)];
  return prisma.user.findMany({
    where: { isActive: true, roles: { some: { orgUnitId: { in: related } } } },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}
