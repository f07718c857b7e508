import { useMutation } from '@apollo/client/react';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { overallColour, PROJECT_PHASES } from '@lagesbild/types';
import type { ProjectPhase, YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf } from '../../../apollo/api-errors';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { lanesOf } from '../project-board-lanes';
import type { BoardView, LaneKey } from '../project-board-lanes';
import { ProjectCard } from './ProjectCard';

export const ProjectBoardColumns_project = graphql(`
  fragment ProjectBoardColumns_project on Project {
    id
    name
    phase
    # As the board's other views: the state at the end of the month viewed.
    state: stateAsOf(month: $upTo)
    version
    status(upTo: $upTo) {
      latestStatusUpdate {
        id
        time
        cost
        result
      }
    }
  }
`);

export const ProjectBoardColumns_ChangePhase = graphql(`
  mutation ProjectBoardColumns_ChangePhase($input: ProjectPhaseChangeInput!) {
    changeProjectPhase(input: $input) {
      id
      phase
      version
    }
  }
`);

export interface ProjectBoardColumnsProps {
  /** The portfolio's name: names the board and each of its columns. */
  caption: string;
  projects: readonly FragmentType<typeof ProjectBoardColumns_project>[];
  period: YearMonth;
  view: Exclude<BoardView, 'list'>;
  /** Projects with an overdue action, marked on their cards. */
  overdueProjectIds: ReadonlySet<string>;
  /** The portfolio office may move projects between phases. */
  canEdit: boolean;
}

/**
 * A portfolio's projects in columns by phase or by overall status. On the phase board a
 * card moves to another phase by dragging it or, for keyboard users, from its "Move to"
 * menu: both save through the same mutation, with its validation, version check and audit.
 */
export function ProjectBoardColumns({
  caption,
  projects: projectRefs,
  period,
  view,
  overdueProjectIds,
  canEdit,
}: ProjectBoardColumnsProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: ProjectBoardColumns_project,
    fragmentName: 'ProjectBoardColumns_project',
    from: [...projectRefs],
    variables: { upTo: period },
  });
  const projects = complete ? data : [];
  const [changePhase] = useMutation(ProjectBoardColumns_ChangePhase);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<LaneKey | null>(null);
  const movable = canEdit && view === 'phase';

  async function move(projectId: string, phase: ProjectPhase) {
    const project = projects.find((candidate) => candidate.id === projectId);
    if (!project || project.phase === phase) return;
    setProblem(null);
    try {
      await changePhase({
        variables: { input: { projectId, expectedVersion: project.version, phase } },
        refetchQueries: ['PortfolioPage_Query'],
        update: evictPortfolioViews,
      });
      setAnnouncement(t('portfolioAdmin.moved', { project: project.name, phase: t(`projectPhase.${phase}`) }));
    } catch (error) {
      const failure = apiFailureOf(error);
      setProblem(t(failure.code === 'CONFLICT' ? 'portfolioAdmin.moveConflict' : 'portfolioAdmin.moveFailed'));
    }
  }

  const laneLabel = (key: LaneKey): string => {
    if (key === 'NONE') return t(view === 'phase' ? 'portfolioAdmin.noPhase' : 'portfolioAdmin.statusColumn.NONE');
    if (key === 'RED' || key === 'YELLOW' || key === 'GREEN') return t(`portfolioAdmin.statusColumn.${key}`);
    return t(`projectPhase.${key}`);
  };

  return (
    <Box>
      {movable && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('portfolioAdmin.dragHint')}
        </Typography>
      )}
      {problem && (
        <Alert severity="warning" sx={{ mb: 1 }} onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}
      <Box role="status" sx={{ position: 'relative' }}>
        <VisuallyHidden>{announcement}</VisuallyHidden>
      </Box>
      <Box
        role="group"
        aria-label={caption}
        sx={{
          display: 'grid',
          gap: 1.5,
          gridTemplateColumns: {
            xs: 'minmax(0, 1fr)',
            sm: 'repeat(2, minmax(0, 1fr))',
            lg: 'repeat(auto-fit, minmax(200px, 1fr))',
          },
        }}
      >
        {lanesOf(projects, view).map((lane) => {
          const heading = t('portfolioAdmin.columnOf', { column: laneLabel(lane.key), count: lane.projects.length });
          return (
            <Box
              key={lane.key}
              component="section"
              // Each portfolio has the same columns: the portfolio's name keeps every region's name unique.
              aria-label={`${heading}, ${caption}`}
              data-lane={lane.key}
              onDragOver={(event) => {
                if (!movable || lane.key === 'NONE') return;
                event.preventDefault();
                setDropTarget(lane.key);
              }}
              onDragLeave={() => setDropTarget(null)}
              onDrop={(event) => {
                event.preventDefault();
                setDropTarget(null);
                if (!movable || lane.key === 'NONE') return;
                void move(event.dataTransfer.getData('text/plain'), lane.key as ProjectPhase);
              }}
              sx={{
                bgcolor: dropTarget === lane.key ? 'action.selected' : 'action.hover',
                borderRadius: 1,
                p: 1,
                minHeight: 80,
              }}
            >
              <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
                {heading}
              </Typography>
              {lane.projects.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {t('portfolioAdmin.noneInColumn')}
                </Typography>
              ) : (
                <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
                  {lane.projects.map((project) => {
                    const latest = project.status.latestStatusUpdate;
                    return (
                      <li key={project.id}>
                        <ProjectCard
                          project={project}
                          colour={latest ? overallColour(latest) : null}
                          overdue={overdueProjectIds.has(project.id)}
                          phases={movable ? PROJECT_PHASES.filter((phase) => phase !== project.phase) : []}
                          onMove={(phase) => void move(project.id, phase)}
                        />
                      </li>
                    );
                  })}
                </Box>
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
