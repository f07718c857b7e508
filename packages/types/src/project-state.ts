import type { ProjectState, ProjectStateAction } from './generated/schema-types';

/** What each change of state does: the states it may start from and the state it leads to. */
export const PROJECT_STATE_ACTIONS: Record<ProjectStateAction, { from: readonly ProjectState[]; to: ProjectState }> = {
  START: { from: ['NOT_STARTED'], to: 'STARTED' },
  PAUSE: { from: ['STARTED'], to: 'PAUSED' },
  RESUME: { from: ['PAUSED'], to: 'STARTED' },
  CLOSE: { from: ['STARTED', 'PAUSED'], to: 'CLOSED' },
  // As for "Utökad licenshantering" (source 002): decided against before it started, or while paused.
  WILL_NOT_START: { from: ['NOT_STARTED', 'PAUSED'], to: 'WILL_NOT_START' },
};

/** The changes of state a project in `state` allows, in a stable order. */
export function allowedStateActions(state: ProjectState): ProjectStateAction[] {
  return (Object.keys(PROJECT_STATE_ACTIONS) as ProjectStateAction[]).filter((action) =>
    PROJECT_STATE_ACTIONS[action].from.includes(state),
  );
}
