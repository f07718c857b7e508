import type { GoalModel, PrismaClient } from '@lagesbild/db';
import type {
  ParsedCreateGoalInput,
  ParsedMoveGoalInput,
  ParsedSetGoalIndicatorsInput,
  ParsedSetGoalRetiredInput,
  ParsedUpdateGoalInput,
  TreeNode,
} from '@lagesbild/types';
import { ancestorsOf, inTreeOrder } from '@lagesbild/types';
import type { Loaders } from '../../context';
import type { Transaction } from '../audit';
import { conflict, fieldError, isRecordNotFound, notFound } from '../../errors';
import { ensurePerspectivesOfYear, sortByPerspectiveOrder } from '../perspectives';
import { assertPlanUnlocked } from '../planning';

/** A goal as a conflict shows it to the other planner. */
function shownInConflict(goal: GoalModel | null) {
  if (!goal) return null;
  const { id, title, description, perspectiveId, sortOrder, retiredAt, version } = goal;
  return { id, title, description, perspectiveId, sortOrder, retiredAt: retiredAt?.toISOString() ?? null, version };
}

/** The units above `orgUnitId`, nearest first. */
function unitsAbove(orgTree: readonly TreeNode[], orgUnitId: number): number[] {
  return ancestorsOf(new Map(orgTree.map((node) => [node.id, node.parentId])), orgUnitId);
}

/**
 * A lock number of its own, with the unit and year: the writes that place goals among their
 * siblings (create, a change of perspective, a move) take turns, so each reads the order the
 * write before it left. A move writes two goals but checks one version: without it, two moves
 * at once could both pass and leave two goals in one place, and goals created at once shared one.
 */
const GOAL_ORDER_LOCK = 7071;

async function lockGoalOrder(tx: Transaction, goal: Pick<GoalModel, 'orgUnitId' | 'year'>): Promise<void> {
  const unitYear = `${goal.orgUnitId}@${goal.year}`;
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${GOAL_ORDER_LOCK}::int, hashtext(${unitYear}))) AS locked`;
}

/** The goal at the version the form was loaded with. */
async function loadForChange(tx: Transaction, id: number, expectedVersion: number): Promise<GoalModel> {
  const goal = await tx.goal.findUnique({ where: { id } });
  if (!goal) throw notFound();
  if (goal.version !== expectedVersion) throw conflict(shownInConflict(goal));
  return goal;
}

/** Writes the goal's changed fields and its next version, unless someone saved first. */
async function updateAtVersion(
  tx: Transaction,
  goal: GoalModel,
  data: Partial<Pick<GoalModel, 'title' | 'description' | 'perspectiveId' | 'sortOrder' | 'retiredAt'>>,
): Promise<GoalModel> {
  try {
    return await tx.goal.update({
      where: { id: goal.id, version: goal.version },
      data: { ...data, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(shownInConflict(await tx.goal.findUnique({ where: { id: goal.id } })));
    throw error;
  }
}

/** The perspective must be one of the goal's year: a year planned for the first time gets its list first. */
async function requirePerspective(tx: Transaction, perspectiveId: number, year: number): Promise<void> {
  await ensurePerspectivesOfYear(tx, year);
  const perspective = await tx.perspectiveYear.findUnique({
    where: { perspectiveId_year: { perspectiveId, year } },
    select: { id: true },
  });
  if (!perspective) throw fieldError('input.perspectiveId', 'unknownPerspective');
}

/**
 * The goals a goal of this unit, year and level may serve. A council goal serves none; a
 * committee goal serves council goals of its year, or (a sub-goal) one committee goal of a
 * unit above it; never a retired goal, and never a mix of the two.
 */
async function checkParents(
  tx: Transaction,
  orgTree: readonly TreeNode[],
  goal: { orgUnitId: number; year: number; level: GoalModel['level'] },
  parentIds: readonly number[],
): Promise<void> {
  if (goal.level === 'COUNCIL') {
    if (parentIds.length > 0) throw fieldError('input.parentIds', 'councilGoalServesNone');
    return;
  }
  if (parentIds.length === 0) throw fieldError('input.parentIds', 'parentRequired');
  // FOR SHARE: a parent retired at this moment waits for this goal to be saved (and then finds it
  // serving), or is waited for (and then refused here).
  await tx.$queryRaw`SELECT 1 FROM "Goal" WHERE "id" = ANY(${[...parentIds]}::int[]) FOR SHARE`;
  const parents = await tx.goal.findMany({ where: { id: { in: [...parentIds] } } });
  if (parents.length !== parentIds.length) throw fieldError('input.parentIds', 'unknownGoal');
  const above = new Set(unitsAbove(orgTree, goal.orgUnitId));
  if (parents.some((parent) => parent.year !== goal.year)) throw fieldError('input.parentIds', 'parentOtherYear');
  if (parents.some((parent) => !above.has(parent.orgUnitId))) throw fieldError('input.parentIds', 'parentNotAbove');
  if (parents.some((parent) => parent.retiredAt !== null)) throw fieldError('input.parentIds', 'parentRetired');
  const committeeParents = parents.filter((parent) => parent.level === 'COMMITTEE');
  if (committeeParents.length > 0 && parents.length > 1) throw fieldError('input.parentIds', 'oneCommitteeGoalOnly');
}

/** Links the goal to exactly these parents: adds the new links and removes the others, each audited. */
async function setParentLinks(tx: Transaction, childId: number, parentIds: readonly number[]): Promise<void> {
  const current = await tx.goalLink.findMany({ where: { childId } });
  const wanted = new Set(parentIds);
  for (const link of current) {
    if (!wanted.has(link.parentId)) {
      await tx.goalLink.delete({ where: { parentId_childId: { parentId: link.parentId, childId } } });
    }
  }
  const existing = new Set(current.map((link) => link.parentId));
  for (const parentId of parentIds) {
    if (!existing.has(parentId)) await tx.goalLink.create({ data: { parentId, childId } });
  }
}

/** The goals beside which a goal is ordered: its unit, year, perspective and level, in the plan. */
function siblingsOf(goal: Pick<GoalModel, 'orgUnitId' | 'year' | 'perspectiveId' | 'level'>) {
  return {
    orgUnitId: goal.orgUnitId,
    year: goal.year,
    perspectiveId: goal.perspectiveId,
    level: goal.level,
    retiredAt: null,
  };
}

async function nextSortOrder(
  tx: Transaction,
  goal: Pick<GoalModel, 'orgUnitId' | 'year' | 'perspectiveId' | 'level'>,
): Promise<number> {
  const last = await tx.goal.aggregate({ where: siblingsOf(goal), _max: { sortOrder: true } });
  return (last._max.sortOrder ?? 0) + 1;
}

export async function createGoal(
  tx: Transaction,
  orgTree: readonly TreeNode[],
  input: ParsedCreateGoalInput,
): Promise<GoalModel> {
  const unit = await tx.orgUnit.findUnique({ where: { id: input.orgUnitId } });
  if (!unit) throw notFound();
  if (unit.validTo !== null) throw fieldError('input.orgUnitId', 'unitClosed');
  // An adopted plan changes only through a new revision.
  await assertPlanUnlocked(tx, unit.id, input.year, 'input.orgUnitId');
  // Council goals are the city's; every unit below it has committee goals (or sub-goals).
  if (input.level === 'COUNCIL' && unit.parentId !== null) throw fieldError('input.level', 'councilGoalOfCityOnly');
  if (input.level === 'COMMITTEE' && unit.parentId === null) throw fieldError('input.level', 'committeeGoalBelowCity');
  await requirePerspective(tx, input.perspectiveId, input.year);
  await checkParents(tx, orgTree, { orgUnitId: unit.id, year: input.year, level: input.level }, input.parentIds);
  await lockGoalOrder(tx, { orgUnitId: unit.id, year: input.year });
  const placed = { orgUnitId: unit.id, year: input.year, perspectiveId: input.perspectiveId, level: input.level };
  const goal = await tx.goal.create({
    data: { ...placed, title: input.title, description: input.description, sortOrder: await nextSortOrder(tx, placed) },
  });
  await setParentLinks(tx, goal.id, input.parentIds);
  return goal;
}

export async function updateGoal(
  tx: Transaction,
  orgTree: readonly TreeNode[],
  input: ParsedUpdateGoalInput,
): Promise<GoalModel> {
  const goal = await loadForChange(tx, input.id, input.expectedVersion);
  await assertPlanUnlocked(tx, goal.orgUnitId, goal.year, 'input.id');
  await requirePerspective(tx, input.perspectiveId, goal.year);
  await checkParents(tx, orgTree, goal, input.parentIds);
  const movesPerspective = goal.perspectiveId !== input.perspectiveId;
  if (movesPerspective) await lockGoalOrder(tx, goal);
  const updated = await updateAtVersion(tx, goal, {
    title: input.title,
    description: input.description,
    perspectiveId: input.perspectiveId,
    // A goal that changes perspective goes last in its new one.
    ...(movesPerspective
      ? { sortOrder: await nextSortOrder(tx, { ...goal, perspectiveId: input.perspectiveId }) }
      : {}),
  });
  await setParentLinks(tx, goal.id, input.parentIds);
  if (movesPerspective) {
    // Its activities follow it: an activity's perspective is its goal's.
    const activities = await tx.activity.findMany({ where: { goalId: goal.id }, select: { id: true } });
    for (const activity of activities) {
      await tx.activity.update({ where: { id: activity.id }, data: { perspectiveId: input.perspectiveId } });
    }
  }
  return updated;
}

/**
 * Swaps the goal with its neighbour above or below among its siblings in the plan. Only the
 * moved goal's version changes: the neighbour's content is untouched, so someone editing it
 * is not refused for a change of order.
 */
export async function moveGoal(tx: Transaction, input: ParsedMoveGoalInput): Promise<GoalModel> {
  // The order's lock before the goal is read: a move just made may have moved this one as its
  // neighbour (its place changes, not its version). A goal's unit and year never change.
  const placed = await tx.goal.findUnique({ where: { id: input.id }, select: { orgUnitId: true, year: true } });
  if (!placed) throw notFound();
  // The plan's lock first, as every plan write takes it, then the order's.
  await assertPlanUnlocked(tx, placed.orgUnitId, placed.year, 'input.id');
  await lockGoalOrder(tx, placed);
  const goal = await loadForChange(tx, input.id, input.expectedVersion);
  if (goal.retiredAt !== null) throw fieldError('input.id', 'goalRetired');
  const up = input.direction === 'UP';
  const neighbour = await tx.goal.findFirst({
    where: {
      ...siblingsOf(goal),
      id: { not: goal.id },
      OR: [
        { sortOrder: up ? { lt: goal.sortOrder } : { gt: goal.sortOrder } },
        { sortOrder: goal.sortOrder, id: up ? { lt: goal.id } : { gt: goal.id } },
      ],
    },
    orderBy: up ? [{ sortOrder: 'desc' }, { id: 'desc' }] : [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  if (!neighbour) throw fieldError('input.direction', up ? 'alreadyFirst' : 'alreadyLast');
  // Equal orders (goals written before ordering mattered) are pulled apart by one step.
  const neighbourOrder = neighbour.sortOrder === goal.sortOrder ? goal.sortOrder + (up ? 1 : -1) : goal.sortOrder;
  await tx.goal.update({ where: { id: neighbour.id }, data: { sortOrder: neighbourOrder } });
  return updateAtVersion(tx, goal, { sortOrder: neighbour.sortOrder });
}

/**
 * Retires a goal from the plan or brings it back. Nothing is deleted: its assessments, links
 * and history stay readable. A goal that goals in the plan still serve stays until they are
 * moved or retired, so no goal of the plan serves a goal that is no longer in it.
 */
export async function setGoalRetired(tx: Transaction, input: ParsedSetGoalRetiredInput): Promise<GoalModel> {
  const goal = await loadForChange(tx, input.id, input.expectedVersion);
  await assertPlanUnlocked(tx, goal.orgUnitId, goal.year, 'input.id');
  if ((goal.retiredAt !== null) === input.retired) return goal;
  if (input.retired) {
    // FOR UPDATE before counting: a goal being linked to serve it (checkParents, FOR SHARE) is
    // waited for and counted, or waits and then finds it retired.
    await tx.$queryRaw`SELECT 1 FROM "Goal" WHERE "id" = ${goal.id} FOR UPDATE`;
    const served = await tx.goalLink.count({ where: { parentId: goal.id, child: { retiredAt: null } } });
    if (served > 0) throw fieldError('input.retired', 'servedByGoalsInPlan');
  } else {
    // The parents FOR SHARE, as when a goal is linked to them: none retires until this is saved.
    await tx.$queryRaw`
      SELECT 1 FROM "Goal" g JOIN "GoalLink" l ON l."parentId" = g."id" WHERE l."childId" = ${goal.id} FOR SHARE OF g`;
    const retiredParents = await tx.goalLink.count({
      where: { childId: goal.id, parent: { retiredAt: { not: null } } },
    });
    if (retiredParents > 0) throw fieldError('input.retired', 'parentRetired');
  }
  return updateAtVersion(tx, goal, { retiredAt: input.retired ? new Date() : null });
}

/**
 * Links exactly these indicators to the goal: indicators of its unit or a unit below it. An
 * indicator already linked stays linked even when retired since (its history still measures
 * the goal); a retired one is not linked anew. The goal's version moves, so two planners
 * editing the same goal's links meet a conflict rather than undo each other.
 */
export async function setGoalIndicators(
  tx: Transaction,
  orgTree: readonly TreeNode[],
  input: ParsedSetGoalIndicatorsInput,
): Promise<GoalModel> {
  const goal = await loadForChange(tx, input.goalId, input.expectedVersion);
  await assertPlanUnlocked(tx, goal.orgUnitId, goal.year, 'input.goalId');
  const current = await tx.goalIndicator.findMany({ where: { goalId: goal.id } });
  const linked = new Set(current.map((link) => link.indicatorId));
  const added = input.indicatorIds.filter((id) => !linked.has(id));
  if (added.length > 0) {
    const subtree = new Set(inTreeOrder(orgTree, goal.orgUnitId).map((node) => node.id));
    const indicators = await tx.indicator.findMany({ where: { id: { in: added } } });
    if (indicators.length !== added.length) throw fieldError('input.indicatorIds', 'unknownIndicator');
    if (indicators.some((indicator) => !subtree.has(indicator.orgUnitId))) {
      throw fieldError('input.indicatorIds', 'indicatorOutsideUnit');
    }
    if (indicators.some((indicator) => indicator.retiredAt !== null)) {
      throw fieldError('input.indicatorIds', 'indicatorRetired');
    }
  }
  const wanted = new Set(input.indicatorIds);
  for (const link of current) {
    if (!wanted.has(link.indicatorId)) {
      await tx.goalIndicator.delete({
        where: { goalId_indicatorId: { goalId: goal.id, indicatorId: link.indicatorId } },
      });
    }
  }
  for (const indicatorId of added) await tx.goalIndicator.create({ data: { goalId: goal.id, indicatorId } });
  return updateAtVersion(tx, goal, {});
}

/**
 * The goals a goal of the unit and year may serve: the council goals of its city and the
 * committee goals of the units above it (for a sub-goal), in the plan, by perspective and order.
 */
export async function listGoalParentOptions(
  prisma: PrismaClient,
  orgTree: readonly TreeNode[],
  perspectiveInYear: Loaders['perspectiveInYear'],
  orgUnitId: number,
  year: number,
): Promise<GoalModel[]> {
  const goals = await prisma.goal.findMany({
    where: { year, retiredAt: null, orgUnitId: { in: unitsAbove(orgTree, orgUnitId) } },
    orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
  // In the order of the year's perspectives.
  return sortByPerspectiveOrder(perspectiveInYear, goals, year);
}
