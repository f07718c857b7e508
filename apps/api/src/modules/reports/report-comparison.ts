import type { ReportModel } from '@lagesbild/db';
import { overallColour } from '@lagesbild/types';
import type {
  ReportAssignmentChange,
  ReportColourChange,
  ReportContent,
  ReportForecastChange,
  ValueStatus,
} from '@lagesbild/types';

/** The comparison as the resolvers get it: the previous report's row and the differences. */
export interface ReportComparisonRow {
  previous: ReportModel | null;
  colourChanges: ReportColourChange[];
  forecastChanges: ReportForecastChange[];
  assignmentChanges: ReportAssignmentChange[];
}

const indicatorRows = (content: ReportContent) =>
  content.sections.flatMap((section) => section.indicatorTables.flatMap((table) => table.rows));

const projectKey = (project: { portfolioName: string; name: string }) =>
  `${project.portfolioName}\u0000${project.name}`;

/**
 * The previous report's projects, keyed as in the current one where a project moved to another
 * portfolio between the two: matched by its name when that name is the only one of its kind in
 * each report, so the move is not read as one project turning green and another red.
 */
function matchMovedProjects<Project extends { portfolioName: string; name: string }>(
  before: Map<string, Project>,
  now: Map<string, Project>,
): Map<string, Project> {
  const keysByName = (projects: Map<string, Project>) => {
    const keys = new Map<string, string[]>();
    for (const [key, project] of projects) keys.set(project.name, [...(keys.get(project.name) ?? []), key]);
    return keys;
  };
  const namesBefore = keysByName(before);
  const namesNow = keysByName(now);
  return new Map(
    [...before].map(([key, project]) => {
      const nowKeys = namesNow.get(project.name) ?? [];
      const moved =
        !now.has(key) &&
        nowKeys.length === 1 &&
        namesBefore.get(project.name)!.length === 1 &&
        !before.has(nowKeys[0]!);
      return [moved ? nowKeys[0]! : key, project];
    }),
  );
}

const assignmentKey = (assignment: { caseNumber?: string | null; title: string }) =>
  assignment.caseNumber ?? assignment.title;

/**
 * What changed between two reports' contents, read from what each showed (for an approved
 * report, its frozen snapshot): indicators whose status changed, projects whose worst colour
 * changed (a report lists only yellow and red projects, so one missing counts as green),
 * full-year forecasts that moved, and assignments whose status changed.
 */
export function compareReportContents(
  current: ReportContent,
  previous: ReportContent,
): Omit<ReportComparisonRow, 'previous'> {
  const previousIndicators = new Map(indicatorRows(previous).map((row) => [String(row.indicatorId), row]));
  const colourChanges: ReportColourChange[] = [];
  const forecastChanges: ReportForecastChange[] = [];
  const seen = new Set<string>();
  for (const row of indicatorRows(current)) {
    const indicatorId = String(row.indicatorId);
    if (seen.has(indicatorId)) continue;
    seen.add(indicatorId);
    const before = previousIndicators.get(indicatorId);
    const previousStatus: ValueStatus = before?.status ?? 'NOT_ASSESSED';
    if (previousStatus !== row.status) {
      colourChanges.push({ kind: 'INDICATOR', name: row.name, previous: previousStatus, current: row.status });
    }
    if (before && (before.fullYearForecast ?? null) !== (row.fullYearForecast ?? null)) {
      forecastChanges.push({
        name: row.name,
        unit: row.unit,
        previous: before.fullYearForecast ?? null,
        current: row.fullYearForecast ?? null,
      });
    }
  }

  const projectsOf = (content: ReportContent) =>
    new Map(
      content.sections.flatMap((section) => section.deviatingProjects).map((project) => [projectKey(project), project]),
    );
  const projectsNow = projectsOf(current);
  const projectsBefore = matchMovedProjects(projectsOf(previous), projectsNow);
  for (const key of new Set([...projectsBefore.keys(), ...projectsNow.keys()])) {
    const now = projectsNow.get(key);
    const before = projectsBefore.get(key);
    const currentColour: ValueStatus = now ? overallColour(now) : 'GREEN';
    const previousColour: ValueStatus = before ? overallColour(before) : 'GREEN';
    if (currentColour !== previousColour) {
      colourChanges.push({
        kind: 'PROJECT',
        name: (now ?? before)!.name,
        previous: previousColour,
        current: currentColour,
      });
    }
  }

  const assignmentsBefore = new Map(
    previous.sections
      .flatMap((section) => section.assignments)
      .map((assignment) => [assignmentKey(assignment), assignment]),
  );
  const assignmentChanges: ReportAssignmentChange[] = current.sections
    .flatMap((section) => section.assignments)
    .flatMap((assignment) => {
      const before = assignmentsBefore.get(assignmentKey(assignment));
      if (before?.status === assignment.status) return [];
      return [
        {
          title: assignment.title,
          caseNumber: assignment.caseNumber ?? null,
          previous: before?.status ?? null,
          current: assignment.status,
        },
      ];
    });

  return { colourChanges, forecastChanges, assignmentChanges };
}
