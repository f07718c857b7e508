import type { ProjectLineageKind, ProjectLineageModel, ProjectModel, ProjectState } from '@lagesbild/db';
import { fromIsoDate, toIsoDate } from '@lagesbild/types';
import type { ParsedMergeProjectsInput, ParsedSplitProjectInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import type { AccessScope } from '../../authorization/access-scope';
import { fieldError } from '../../errors';
import { requireTargetPortfolio } from './project-move-service';
import { currentProjectAt, updateProjectAt } from './project-writes';
import { ENDED_STATES } from './projects-as-of';

/** A link of a project's lineage as GraphQL shows it: the row, and the project on the other side. */
export type ProjectLineageLinkRow = ProjectLineageModel & { otherProjectId: number };

interface LineageEvent {
  kind: ProjectLineageKind;
  /** ISO date the origins end and the successors begin. */
  on: string;
  reason: string;
  userId: number;
}

/**
 * An origin may end on the date only if it has not ended already, and the date keeps its history
 * in order: not before it started (or began as a successor), its latest change of state or move.
 */
async function requireEndsOn(
  tx: Transaction,
  project: ProjectModel,
  on: string,
  projectField: string,
  dateField: string,
) {
  if (ENDED_STATES.includes(project.state)) throw fieldError(projectField, 'projectEnded');
  // One after another: a transaction's statements run on one connection anyway.
  const change = await tx.projectStateChange.findFirst({
    where: { projectId: project.id },
    orderBy: { changedOn: 'desc' },
  });
  const move = await tx.projectMove.findFirst({ where: { projectId: project.id }, orderBy: { movedOn: 'desc' } });
  const origin = await tx.projectLineage.findFirst({
    where: { successorId: project.id },
    orderBy: { occurredOn: 'desc' },
  });
  const started = [project.actualStart, origin?.occurredOn].filter((date): date is Date => date != null);
  if (started.some((date) => on < toIsoDate(date))) throw fieldError(dateField, 'beforeProjectStart');
  if (change && on < toIsoDate(change.changedOn)) throw fieldError(dateField, 'beforeLatestStateChange');
  if (move && on < toIsoDate(move.movedOn)) throw fieldError(dateField, 'beforeLatestMove');
}

/** A new project's name is free in its portfolio, whatever its case; the projects it succeeds may share it. */
async function requireFreeName(
  tx: Transaction,
  portfolioId: number,
  name: string,
  originIds: number[],
  field: string,
): Promise<void> {
  const taken = await tx.project.findFirst({
    where: { portfolioId, name: { equals: name, mode: 'insensitive' }, id: { notIn: originIds } },
  });
  if (taken) throw fieldError(field, 'projectNameTaken');
}

/** Ends an origin on the date: closed, with the reason as its dated change of state. */
async function endOrigin(tx: Transaction, origin: ProjectModel, event: LineageEvent): Promise<ProjectModel> {
  const on = fromIsoDate(event.on);
  const ended = await updateProjectAt(tx, origin, {
    state: 'CLOSED',
    pausedUntil: null,
    actualEnd: origin.actualEnd ?? on,
  });
  await tx.projectStateChange.create({
    data: {
      projectId: origin.id,
      fromState: origin.state,
      toState: 'CLOSED',
      reason: event.reason,
      changedOn: on,
      createdById: event.userId,
    },
  });
  return ended;
}

interface Successor {
  portfolioId: number;
  name: string;
  description: string | null;
  owner: string | null;
  manager: string | null;
  phase: ProjectModel['phase'];
  state: ProjectState;
  plannedStart: Date | null;
  plannedEnd: Date | null;
  pausedUntil: Date | null;
  budgetTkr: number | null;
}

/**
 * Creates a successor that begins on the date, and links it to its origins. A successor that
 * carries on started (or paused) work starts on the date, as a dated change of state.
 */
async function createSuccessor(
  tx: Transaction,
  successor: Successor,
  origins: ProjectModel[],
  event: LineageEvent,
): Promise<ProjectModel> {
  const on = fromIsoDate(event.on);
  const begun = successor.state !== 'NOT_STARTED';
  const plannedEnd = successor.plannedEnd && (!begun || successor.plannedEnd >= on) ? successor.plannedEnd : null;
  const project = await tx.project.create({
    data: { ...successor, plannedEnd, actualStart: begun ? on : null },
  });
  if (begun) {
    await tx.projectStateChange.create({
      data: {
        projectId: project.id,
        fromState: null,
        toState: successor.state,
        reason: event.reason,
        changedOn: on,
        createdById: event.userId,
      },
    });
  }
  for (const origin of origins) {
    await tx.projectLineage.create({
      data: {
        originId: origin.id,
        successorId: project.id,
        kind: event.kind,
        occurredOn: on,
        reason: event.reason,
        createdById: event.userId,
      },
    });
  }
  return project;
}

/**
 * Splits a project into two or more new ones on a date, from a form that saw `expectedVersion`:
 * each part begins in its portfolio (the origin's unless another is named) with the origin's
 * state, phase and planned end, and names the origin; the origin closes on the date. Its
 * history (status updates, changes of state, moves) stays its own, reached through the link.
 */
export async function splitProject(
  tx: Transaction,
  input: ParsedSplitProjectInput,
  access: AccessScope,
  userId: number,
): Promise<ProjectModel> {
  const origin = await currentProjectAt(tx, input.projectId, input.expectedVersion);
  await requireEndsOn(tx, origin, input.splitOn, 'input.projectId', 'input.splitOn');
  const event: LineageEvent = { kind: 'SPLIT', on: input.splitOn, reason: input.reason, userId };
  const parts: Successor[] = [];
  for (const [index, part] of input.parts.entries()) {
    const portfolioId = part.portfolioId ?? origin.portfolioId;
    if (portfolioId !== origin.portfolioId) {
      await requireTargetPortfolio(tx, portfolioId, access, `input.parts.${index}.portfolioId`);
    }
    await requireFreeName(tx, portfolioId, part.name, [origin.id], `input.parts.${index}.name`);
    parts.push({
      portfolioId,
      name: part.name,
      description: null,
      owner: part.owner ?? origin.owner,
      manager: part.manager ?? origin.manager,
      phase: origin.phase,
      state: origin.state,
      plannedStart: origin.state === 'NOT_STARTED' ? origin.plannedStart : null,
      plannedEnd: origin.plannedEnd,
      pausedUntil: origin.state === 'PAUSED' ? origin.pausedUntil : null,
      budgetTkr: part.budgetTkr,
    });
  }
  for (const part of parts) await createSuccessor(tx, part, [origin], event);
  return endOrigin(tx, origin, event);
}

/** The earliest of the dates, or null when none is known. */
const earliest = (dates: (Date | null)[]) =>
  dates.filter((date): date is Date => date !== null).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;

/**
 * Merges two or more projects into one new project on a date, each source as its form saw it:
 * every source must be one the user may edit and still open; they close on the date and the
 * new project names them all as its origins. It carries on started work if any source had
 * started, and without a budget of its own takes the sum of theirs.
 */
export async function mergeProjects(
  tx: Transaction,
  input: ParsedMergeProjectsInput,
  access: AccessScope,
  userId: number,
): Promise<ProjectModel> {
  const sources: ProjectModel[] = [];
  for (const [index, { projectId, expectedVersion }] of input.sources.entries()) {
    const field = `input.sources.${index}.projectId`;
    const found = await tx.project.findUnique({ where: { id: projectId }, include: { portfolio: true } });
    if (!found || !access.canRead(found.portfolio.orgUnitId)) throw fieldError(field, 'unknownProject');
    if (!access.holds('PORTFOLIO_OFFICE', found.portfolio.orgUnitId)) throw fieldError(field, 'projectNotAllowed');
    const source = await currentProjectAt(tx, projectId, expectedVersion);
    await requireEndsOn(tx, source, input.mergedOn, field, 'input.mergedOn');
    sources.push(source);
  }
  await requireTargetPortfolio(tx, input.portfolioId, access, 'input.portfolioId');
  const sourceIds = sources.map((source) => source.id);
  await requireFreeName(tx, input.portfolioId, input.name, sourceIds, 'input.name');
  const event: LineageEvent = { kind: 'MERGE', on: input.mergedOn, reason: input.reason, userId };
  const begun = sources.some((source) => source.state !== 'NOT_STARTED');
  const budgets = sources.map((source) => source.budgetTkr).filter((budget): budget is number => budget !== null);
  const plannedEnds = sources.map((source) => source.plannedEnd).filter((date): date is Date => date !== null);
  const merged = await createSuccessor(
    tx,
    {
      portfolioId: input.portfolioId,
      name: input.name,
      description: null,
      owner: input.owner,
      manager: input.manager,
      phase: null,
      state: begun ? 'STARTED' : 'NOT_STARTED',
      plannedStart: begun ? null : earliest(sources.map((source) => source.plannedStart)),
      plannedEnd: plannedEnds.sort((a, b) => b.getTime() - a.getTime())[0] ?? null,
      pausedUntil: null,
      budgetTkr: input.budgetTkr ?? (budgets.length > 0 ? budgets.reduce((sum, budget) => sum + budget, 0) : null),
    },
    sources,
    event,
  );
  for (const source of sources) await endOrigin(tx, source, event);
  return merged;
}
