import type { ProjectState, RagStatus } from './generated/schema-types';

/** A status update's three colours, as the status update types of server and client both carry them. */
export interface ProjectStatusColours {
  time: RagStatus;
  cost: RagStatus;
  result: RagStatus;
}

/** The dimensions of a status update, in the order the portfolio office gives them. */
export const STATUS_DIMENSIONS = ['time', 'cost', 'result'] as const;
export type StatusDimensionKey = (typeof STATUS_DIMENSIONS)[number];

/** The API's StatusDimension (a deviation's `dimension`) as the key a status update's colour is read by. */
export const STATUS_DIMENSION_KEY = { TIME: 'time', COST: 'cost', RESULT: 'result' } as const satisfies Record<
  string,
  StatusDimensionKey
>;

/** The rule of the portfolio office: a yellow or red dimension needs a cause and an action. */
export function needsCauseAndAction(status: RagStatus): boolean {
  return status !== 'GREEN';
}

const WORST_FIRST: RagStatus[] = ['RED', 'YELLOW', 'GREEN'];

/** A status update's overall colour: its worst dimension. */
export function overallColour(statusUpdate: ProjectStatusColours): RagStatus {
  return WORST_FIRST.find((colour) => STATUS_DIMENSIONS.some((dimension) => statusUpdate[dimension] === colour))!;
}

/**
 * How many status updates ago the overall colour last changed, given them newest first:
 * 0 when the latest one changed it, null when every one has had the same colour.
 */
export function statusUpdatesSinceColourChange(newestFirst: readonly ProjectStatusColours[]): number | null {
  for (let index = 0; index + 1 < newestFirst.length; index++) {
    if (overallColour(newestFirst[index]!) !== overallColour(newestFirst[index + 1]!)) return index;
  }
  return null;
}

export interface StatusUpdateFacts {
  state: ProjectState;
  statusUpdateIntervalWeeks: number;
  /** ISO date of the latest status update, if any. */
  latestStatusDate: string | null;
  /** ISO date the project was (last) started, if known: a new project is not overdue at once. */
  startedOn: string | null;
  /** ISO date the board is viewed at. */
  asOf: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "No recent status update": a started project whose latest status update, or its start when
 * it has none, lies more than the portfolio's status update interval before the day viewed.
 * A started project with neither is overdue; other states need none.
 */
export function hasNoRecentStatusUpdate(facts: StatusUpdateFacts): boolean {
  if (facts.state !== 'STARTED') return false;
  const reference = [facts.latestStatusDate, facts.startedOn]
    .filter((date): date is string => date !== null && date <= facts.asOf)
    .sort()
    .at(-1);
  if (!reference) return true;
  const ageInDays = (Date.parse(facts.asOf) - Date.parse(reference)) / DAY_MS;
  return ageInDays > facts.statusUpdateIntervalWeeks * 7;
}
