import type { Prisma, ProjectModel } from '@lagesbild/db';
import { toOptionalIsoDate } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { conflict, isRecordNotFound, notFound } from '../../errors';

/** A project as its forms show it, dates as ISO text: what a conflict hands back as the current values. */
export function projectFormValues(project: ProjectModel) {
  return {
    id: String(project.id),
    name: project.name,
    portfolioId: String(project.portfolioId),
    description: project.description,
    owner: project.owner,
    ownerUserId: project.ownerUserId === null ? null : String(project.ownerUserId),
    manager: project.manager,
    managerUserId: project.managerUserId === null ? null : String(project.managerUserId),
    phase: project.phase,
    state: project.state,
    plannedStart: toOptionalIsoDate(project.plannedStart),
    plannedEnd: toOptionalIsoDate(project.plannedEnd),
    actualStart: toOptionalIsoDate(project.actualStart),
    actualEnd: toOptionalIsoDate(project.actualEnd),
    pausedUntil: toOptionalIsoDate(project.pausedUntil),
    budgetTkr: project.budgetTkr,
    costToDateTkr: project.costToDateTkr,
    forecastTkr: project.forecastTkr,
    version: project.version,
  };
}

/** The project as it is now, if the form saw this version; otherwise a conflict with its current values. */
export async function currentProjectAt(tx: Transaction, id: number, expectedVersion: number): Promise<ProjectModel> {
  const current = await tx.project.findUnique({ where: { id } });
  if (!current) throw notFound();
  if (current.version !== expectedVersion) throw conflict(projectFormValues(current));
  return current;
}

/**
 * Updates the project only if nobody has saved since `current` was read: the version in
 * the WHERE clause makes the check and the write one statement, so of two concurrent
 * saves from the same version exactly one succeeds.
 */
export async function updateProjectAt(
  tx: Transaction,
  current: ProjectModel,
  data: Prisma.ProjectUncheckedUpdateInput,
): Promise<ProjectModel> {
  try {
    return await tx.project.update({
      where: { id: current.id, version: current.version },
      data: { ...data, version: { increment: 1 } },
    });
  } catch (error) {
    if (!isRecordNotFound(error)) throw error;
    const now = await tx.project.findUnique({ where: { id: current.id } });
    throw now ? conflict(projectFormValues(now)) : notFound();
  }
}
