import { STATUS_DIMENSIONS } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import type { ProjectPhase, ProjectState } from '@lagesbild/types';
import { graphql } from '../../generated';
import type { ProjectBoardExport_ProjectFragment } from '../../generated/graphql';
import type { ExportTable } from '../export/table-export';

/** What a project's row of the file holds: the board's columns (the section spreads it unmasked). */
export const ProjectBoardExport_project = graphql(`
  fragment ProjectBoardExport_project on Project {
    id
    name
    phase
    # The state at the end of the month viewed, not today's: a project closed later shows as it was.
    state: stateAsOf(month: $upTo)
    pausedUntil
    status(upTo: $upTo) {
      latestStatusUpdate {
        id
        statusDate
        time
        cost
        result
      }
      statusUpdatesSinceColourChange
      noRecentStatusUpdate
    }
  }
`);

/** The columns of a portfolio's project table, in order (headings: portfolio.column.<column>). */
export const PROJECT_BOARD_COLUMNS = [
  'project',
  'state',
  'time',
  'cost',
  'result',
  'latestStatusUpdate',
  'colourChanged',
] as const;

/** When the colours last changed, in words: "i senaste rapporten", "för 2 rapporter sedan", "oförändrad". */
export function colourChangedText(ago: number | null | undefined, t: TFunction): string {
  if (ago == null) return t('portfolio.colourUnchanged');
  return ago === 0 ? t('portfolio.colourChangedNow') : t('portfolio.colourChangedAgo', { count: ago });
}

/** Phase and state as one text, e.g. "Genomförande · Pågår". */
export function phaseAndState(project: { phase?: ProjectPhase | null; state: ProjectState }, t: TFunction): string {
  return [project.phase && t(`projectPhase.${project.phase}`), t(`projectState.${project.state}`)]
    .filter(Boolean)
    .join(' · ');
}

/**
 * A portfolio's project table as a file: the board's columns, each colour in words, and the
 * no-recent-status-update flag spelt out beside the latest status update's date.
 */
export function projectBoardExportTable(
  title: string,
  projects: readonly ProjectBoardExport_ProjectFragment[],
  t: TFunction,
): ExportTable {
  return {
    title,
    columns: PROJECT_BOARD_COLUMNS.map((column) => ({
      header: t(`portfolio.column.${column}`),
      kind: 'text' as const,
      width: column === 'project' ? 48 : column === 'state' ? 28 : 18,
    })),
    rows: projects.map((project) => {
      const statusUpdate = project.status.latestStatusUpdate;
      const pausedUntil =
        project.state === 'PAUSED' && project.pausedUntil
          ? ` (${t('portfolio.pausedUntil', { date: project.pausedUntil })})`
          : '';
      const latest = [
        statusUpdate?.statusDate,
        project.status.noRecentStatusUpdate ? t('portfolio.noRecentStatusUpdate') : null,
      ]
        .filter(Boolean)
        .join(', ');
      return [
        project.name,
        `${phaseAndState(project, t)}${pausedUntil}`,
        ...STATUS_DIMENSIONS.map((dimension) =>
          statusUpdate ? t(`overview.projectStatus.${statusUpdate[dimension]}`) : t('portfolio.noReport'),
        ),
        latest,
        statusUpdate ? colourChangedText(project.status.statusUpdatesSinceColourChange, t) : '',
      ];
    }),
  };
}
