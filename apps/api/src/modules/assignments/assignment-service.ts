import type { AssignmentModel, AssignmentUpdateModel, PrismaClient } from '@lagesbild/db';
import { endOfMonthIso, fromIsoDate, toOptionalIsoDate } from '@lagesbild/types';
import type {
  ParsedAssignmentUpdateInput,
  ParsedCreateAssignmentInput,
  ParsedUpdateAssignmentInput,
} from '@lagesbild/types';
import type { Transaction } from '../audit';
import { conflict, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';
import { findSubtreeIds } from '../organisation';
import type { OrgTreeUnit } from '../organisation';
import { guardClosedPeriod } from '../reporting-calendar';

/**
 * The assignments of an org unit and the units under it, by source, then deadline (open-ended
 * last). With a year: those given in that plan year, and those given earlier that were not
 * declared complete before it began: an open assignment carries over until it is settled.
 */
export async function listAssignmentsOfSubtree(
  prisma: PrismaClient,
  orgTree: readonly OrgTreeUnit[],
  orgUnitCode: string,
  year?: number | null,
): Promise<AssignmentModel[]> {
  const unitIds = findSubtreeIds(orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  return prisma.assignment.findMany({
    where: {
      orgUnitId: { in: unitIds },
      ...(year == null ? {} : ofPlanYear(year)),
    },
    orderBy: [{ source: 'asc' }, { deadline: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  });
}

/**
 * The assignments a plan year holds: those given in it, and those given earlier that were not
 * declared complete before it began (an open assignment carries over until it is settled).
 */
export function ofPlanYear(year: number) {
  return {
    OR: [
      { year },
      { year: { lt: year }, updates: { none: { status: 'DECLARED_COMPLETE' as const, year: { lt: year } } } },
    ],
  };
}

/** An assignment as a conflict shows it to the other planner. */
function shownInConflict(assignment: AssignmentModel | null) {
  if (!assignment) return null;
  const { id, orgUnitId, year, source, title, caseNumber, deadline, version } = assignment;
  return { id, orgUnitId, year, source, title, caseNumber, deadline: toOptionalIsoDate(deadline), version };
}

const assignmentData = (input: ParsedCreateAssignmentInput) => ({
  orgUnitId: input.orgUnitId,
  year: input.year,
  source: input.source,
  title: input.title,
  caseNumber: input.caseNumber,
  deadline: input.deadline ? fromIsoDate(input.deadline) : null,
});

export async function createAssignment(tx: Transaction, input: ParsedCreateAssignmentInput): Promise<AssignmentModel> {
  if (!(await tx.orgUnit.findUnique({ where: { id: input.orgUnitId } }))) throw notFound();
  return tx.assignment.create({ data: assignmentData(input) });
}

/** Writes the assignment's fields if the form saw the current version; otherwise a conflict with what is saved. */
export async function updateAssignment(tx: Transaction, input: ParsedUpdateAssignmentInput): Promise<AssignmentModel> {
  const current = await tx.assignment.findUnique({ where: { id: input.id } });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict(shownInConflict(current));
  if (!(await tx.orgUnit.findUnique({ where: { id: input.orgUnitId } }))) throw notFound();
  try {
    return await tx.assignment.update({
      where: { id: current.id, version: current.version },
      data: { ...assignmentData(input), version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error))
      throw conflict(shownInConflict(await tx.assignment.findUnique({ where: { id: current.id } })));
    throw error;
  }
}

/**
 * Sets an assignment's status and comment for a report period (with the decision's date and
 * case number when declared complete): creates the update, or changes it if the form saw the
 * current version. A second person saving from an older version gets a conflict carrying what
 * is saved now.
 */
export async function saveAssignmentUpdate(
  tx: Transaction,
  input: ParsedAssignmentUpdateInput,
  userId: number,
): Promise<AssignmentUpdateModel> {
  const { assignmentId, year, month, status, comment, decisionCaseNumber, expectedVersion, correctionReason } = input;
  const decisionDate = input.decisionDate ? fromIsoDate(input.decisionDate) : null;
  const current = await tx.assignmentUpdate.findUnique({
    where: { assignmentId_year_month: { assignmentId, year, month } },
  });
  if ((current?.version ?? null) !== (expectedVersion ?? null)) throw conflict(current);
  const assignment = await tx.assignment.findUnique({ where: { id: assignmentId }, select: { orgUnitId: true } });
  if (!assignment) throw notFound();
  await guardClosedPeriod(tx, {
    orgUnitId: assignment.orgUnitId,
    date: endOfMonthIso({ year, month }),
    entityType: 'AssignmentUpdate',
    correctionReason,
  });
  const fields = { status, comment, decisionDate, decisionCaseNumber, updatedById: userId };
  if (!current) {
    return insertUnlessTaken(() => tx.assignmentUpdate.create({ data: { assignmentId, year, month, ...fields } }));
  }
  try {
    return await tx.assignmentUpdate.update({
      where: { id: current.id, version: current.version },
      data: { ...fields, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.assignmentUpdate.findUnique({ where: { id: current.id } }));
    throw error;
  }
}
