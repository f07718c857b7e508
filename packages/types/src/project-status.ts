import type { ProjectState, RagStatus } from './generated/schema-types';

/** A status report's three colours, as the report types of server and client both carry them. */
export interface ReportColours {
  time: RagStatus;
  cost: RagStatus;
  result: RagStatus;
}

/** The dimensions of a status report, in the order the reports give them. */
export const STATUS_DIMENSIONS = ['time', 'cost', 'result'] as const;
export type StatusDimensionKey = (typeof STATUS_DIMENSIONS)[number];

/** The rule of the portfolio office: a yellow or red dimension needs a cause and an action. */
export function needsCauseAndAction(status: RagStatus): boolean {
  return status !== 'GREEN';
}

const WORST_FIRST: RagStatus[] = ['RED', 'YELLOW', 'GREEN'];

/** A report's overall colour: its worst dimension. */
export function overallColour(report: ReportColours): RagStatus {
  return WORST_FIRST.find((colour) => STATUS_DIMENSIONS.some((dimension) => report[dimension] === colour))!;
}

/**
 * How many reports ago the overall colour last changed, given the reports newest first:
 * 0 when the latest report changed it, null when every report has had the same colour.
 */
export function reportsSinceColourChange(newestFirst: readonly ReportColours[]): number | null {
  for (let index = 0; index + 1 < newestFirst.length; index++) {
    if (overallColour(newestFirst[index]!) !== overallColour(newestFirst[index + 1]!)) return index;
  }
  return null;
}

export interface ReportingFacts {
  state: ProjectState;
  reportingIntervalWeeks: number;
  /** ISO date of the latest report, if any. */
  latestReportDate: string | null;
  /** ISO date the project was (last) started, if known: a new project is not overdue at once. */
  startedOn: string | null;
  /** ISO date the board is viewed at. */
  asOf: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "No recent report": a started project whose latest report, or its start when it has
 * none, lies more than the portfolio's reporting interval before the day viewed. A
 * started project with neither is overdue; other states report nothing.
 */
export function hasNoRecentReport(facts: ReportingFacts): boolean {
  if (facts.state !== 'STARTED') return false;
  const reference = [facts.latestReportDate, facts.startedOn]
    .filter((date): date is string => date !== null && date <= facts.asOf)
    .sort()
    .at(-1);
  if (!reference) return true;
  const ageInDays = (Date.parse(facts.asOf) - Date.parse(reference)) / DAY_MS;
  return ageInDays > facts.reportingIntervalWeeks * 7;
}
