import type { ProjectModel } from '@lagesbild/db';
import { fromIsoDate, PROJECT_STATE_ACTIONS } from '@lagesbild/types';
import type { ParsedProjectStateChangeInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { currentProjectAt, updateProjectAt } from './project-writes';
import { fieldError } from '../../errors';

/**
 * Starts, pauses, resumes, closes or gives up a project, and records the change with its
 * reason. Starting sets the actual start and closing the actual end, unless already known;
 * only a paused project has a date to resume.
 */
export async function changeProjectState(
  tx: Transaction,
  input: ParsedProjectStateChangeInput,
  userId: number,
): Promise<ProjectModel> {
  const current = await currentProjectAt(tx, input.projectId, input.expectedVersion);
  const { from, to } = PROJECT_STATE_ACTIONS[input.action];
  if (!from.includes(current.state)) throw fieldError('input.action', 'actionNotAllowed');
  const changedOn = fromIsoDate(input.changedOn);
  const updated = await updateProjectAt(tx, current, {
    state: to,
    pausedUntil: input.pausedUntil ? fromIsoDate(input.pausedUntil) : null,
    actualStart: input.action === 'START' ? (current.actualStart ?? changedOn) : current.actualStart,
    actualEnd: input.action === 'CLOSE' ? (current.actualEnd ?? changedOn) : current.actualEnd,
  });
  await tx.projectStateChange.create({
    data: {
      projectId: current.id,
      fromState: current.state,
      toState: to,
      reason: input.reason,
      changedOn,
      createdById: userId,
    },
  });
  return updated;
}
