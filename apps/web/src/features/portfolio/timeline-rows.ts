import type { ProjectState, ProjectStatusColours, ValueStatus } from '@lagesbild/types';
import { boardColour } from './board-filter';

/** A project as the timeline needs it. */
export interface TimelineProject {
  id: string;
  name: string;
  state: ProjectState;
  plannedStart?: string | null;
  plannedEnd?: string | null;
  actualStart?: string | null;
  actualEnd?: string | null;
  pausedUntil?: string | null;
  stateChanges: readonly { toState: ProjectState; changedOn: string }[];
  status: { latestStatusUpdate: (ProjectStatusColours & { statusDate: string }) | null };
  /** Every status update: the first is evidence the project was running. */
  statusUpdates: readonly { statusDate: string }[];
}

export interface TimelineRow {
  id: string;
  name: string;
  colour: ValueStatus;
  /** ISO dates; end null when the project has no known end. */
  start: string;
  end: string | null;
  /** Paused spans; `to` null while the pause has no end date. */
  pauses: { from: string; to: string | null }[];
}

const ENDING_STATES: ProjectState[] = ['CLOSED', 'WILL_NOT_START'];

/**
 * A project's span on the timeline as it stood on `asOf` (the viewed month's last day, or
 * today while it runs): the planned dates, else the actual ones known by then, else what its
 * history up to then shows (the first start, pause or status update; the closing change).
 * Pauses run from a change to PAUSED to the next change, or to the date the project is to
 * resume. Nothing that happened after `asOf` shows: a project closed or paused later is drawn
 * as it was. Projects with no known start are left out (the table lists them).
 */
export function timelineRow(project: TimelineProject, asOf: string): TimelineRow | null {
  const known = (date: string | null | undefined) => (date && date <= asOf ? date : null);
  const allChanges = [...project.stateChanges].sort((a, b) => a.changedOn.localeCompare(b.changedOn));
  const changes = allChanges.filter((change) => change.changedOn <= asOf);
  const changedSince = changes.length < allChanges.length;
  const evidence = [
    ...changes
      .filter((change) => change.toState === 'STARTED' || change.toState === 'PAUSED')
      .map((change) => change.changedOn),
    ...project.statusUpdates.map((statusUpdate) => statusUpdate.statusDate).filter((date) => date <= asOf),
  ].sort();
  const start = project.plannedStart ?? known(project.actualStart) ?? evidence[0] ?? null;
  if (!start) return null;
  const ending = changes.filter((change) => ENDING_STATES.includes(change.toState)).at(-1)?.changedOn ?? null;
  const pauses = changes.flatMap((change, index) => {
    if (change.toState !== 'PAUSED') return [];
    const next = changes[index + 1];
    // The resume date kept today belongs to the latest pause: of an earlier one it is not known.
    const to = next
      ? next.changedOn
      : project.state === 'PAUSED' && !changedSince
        ? (project.pausedUntil ?? null)
        : null;
    return [{ from: change.changedOn, to }];
  });
  return {
    id: project.id,
    name: project.name,
    colour: boardColour(project),
    start,
    end: project.plannedEnd ?? known(project.actualEnd) ?? ending,
    pauses,
  };
}
