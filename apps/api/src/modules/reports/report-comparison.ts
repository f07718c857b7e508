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
  const projectsBefore = projectsOf(previous);
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
