import ScheduleIcon from '@mui/icons-material/Schedule';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { STATUS_APPEARANCE, STATUS_DIMENSIONS } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { StatusChip } from '../../../components/StatusChip';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import type { YearMonth } from '@lagesbild/types';
import { graphql } from '../../../generated';
import { colourChangedText, phaseAndState, PROJECT_BOARD_COLUMNS } from '../project-board-columns';

export const ProjectBoardTable_project = graphql(`
  fragment ProjectBoardTable_project on Project {
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

export interface ProjectBoardTableProps {
  caption: string;
  projects: readonly FragmentType<typeof ProjectBoardTable_project>[];
  /** The month viewed: each project's status as of then. */
  period: YearMonth;
  statusUpdateIntervalWeeks: number;
}

/** A portfolio's projects: phase and state, the latest colours, when they were reported and when they changed. */
export function ProjectBoardTable({
  caption,
  projects: projectRefs,
  period,
  statusUpdateIntervalWeeks,
}: ProjectBoardTableProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: ProjectBoardTable_project,
    fragmentName: 'ProjectBoardTable_project',
    from: [...projectRefs],
    variables: { upTo: period },
  });
  const projects = complete ? data : [];
  const { search } = useLocation();
  return (
    <TableContainer>
      <Table size="small" aria-label={caption} sx={{ minWidth: 760 }}>
        <TableHead>
          <TableRow>
            {PROJECT_BOARD_COLUMNS.map((column) => (
              <TableCell key={column} scope="col">
                {t(`portfolio.column.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {projects.map((project) => {
            const statusUpdate = project.status.latestStatusUpdate;
            return (
              <TableRow key={project.id}>
                <TableCell component="th" scope="row" sx={{ maxWidth: 280 }}>
                  <Link component={RouterLink} to={{ pathname: `${ROUTES.project}/${project.id}`, search }}>
                    {project.name}
                  </Link>
                </TableCell>
                <TableCell>
                  {phaseAndState(project, t)}
                  {project.state === 'PAUSED' && project.pausedUntil && (
                    <Typography variant="body2" color="text.secondary">
                      {t('portfolio.pausedUntil', { date: project.pausedUntil })}
                    </Typography>
                  )}
                </TableCell>
                {statusUpdate ? (
                  STATUS_DIMENSIONS.map((dimension) => (
                    <TableCell key={dimension}>
                      <StatusChip
                        status={statusUpdate[dimension]}
                        label={t(`overview.projectStatus.${statusUpdate[dimension]}`)}
                      />
                    </TableCell>
                  ))
                ) : (
                  <TableCell colSpan={3}>
                    <Typography variant="body2" color="text.secondary">
                      {t('portfolio.noReport')}
                    </Typography>
                  </TableCell>
                )}
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {statusUpdate?.statusDate ?? '–'}
                  {project.status.noRecentStatusUpdate && (
                    <Chip
                      size="small"
                      variant="outlined"
                      // The shared yellow, contrast-checked; MUI's warning orange is too light on white.
                      icon={<ScheduleIcon aria-hidden style={{ color: STATUS_APPEARANCE.YELLOW.colour }} />}
                      label={t('portfolio.noRecentStatusUpdate')}
                      title={t('portfolio.noRecentStatusUpdateHint', { weeks: statusUpdateIntervalWeeks })}
                      sx={{
                        ml: statusUpdate ? 1 : 0,
                        display: 'flex',
                        mt: statusUpdate ? 0.5 : 0,
                        width: 'fit-content',
                        color: STATUS_APPEARANCE.YELLOW.colour,
                        borderColor: STATUS_APPEARANCE.YELLOW.colour,
                      }}
                    />
                  )}
                </TableCell>
                <TableCell>
                  {statusUpdate ? colourChangedText(project.status.statusUpdatesSinceColourChange, t) : '–'}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
