import ScheduleIcon from '@mui/icons-material/Schedule';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { STATUS_APPEARANCE } from '@lagesbild/types';
import type { ProjectPhase, ProjectState, RagStatus } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { StatusChip } from '../../../components/StatusChip';
import { phaseAndState } from '../project-board-columns';

export interface ProjectCardProps {
  project: { id: string; name: string; phase?: ProjectPhase | null; state: ProjectState };
  /** The worst colour of its latest status update; null when it has none. */
  colour: RagStatus | null;
  overdue: boolean;
  /** The phases it can be moved to; empty when it cannot be moved. */
  phases: readonly ProjectPhase[];
  onMove: (phase: ProjectPhase) => void;
}

/** A project on the board: its name, colour and phase, an overdue mark, and a menu to move it to another phase. */
export function ProjectCard({ project, colour, overdue, phases, onMove }: ProjectCardProps) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const menuId = `move-${project.id}`;
  return (
    <Paper
      variant="outlined"
      draggable={phases.length > 0}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', project.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      sx={{ p: 1.25, cursor: phases.length > 0 ? 'grab' : undefined }}
    >
      <Link
        component={RouterLink}
        to={{ pathname: `${ROUTES.project}/${project.id}`, search }}
        sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}
      >
        {project.name}
      </Link>
      <Typography variant="body2" color="text.secondary">
        {phaseAndState(project, t)}
      </Typography>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, mt: 0.5, alignItems: 'center' }}>
        {colour ? (
          <StatusChip status={colour} label={t(`overview.projectStatus.${colour}`)} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            {t('portfolio.noReport')}
          </Typography>
        )}
        {overdue && (
          <Chip
            size="small"
            variant="outlined"
            icon={<ScheduleIcon aria-hidden style={{ color: STATUS_APPEARANCE.RED.colour }} />}
            label={t('portfolioAdmin.overdueChip')}
            sx={{ color: STATUS_APPEARANCE.RED.colour, borderColor: STATUS_APPEARANCE.RED.colour }}
          />
        )}
      </Stack>
      {phases.length > 0 && (
        <>
          <Button
            size="small"
            sx={{ mt: 0.5 }}
            aria-label={t('portfolioAdmin.moveTo', { project: project.name })}
            aria-haspopup="menu"
            aria-controls={menuAnchor ? menuId : undefined}
            aria-expanded={menuAnchor ? 'true' : undefined}
            onClick={(event) => setMenuAnchor(event.currentTarget)}
          >
            {t('portfolioAdmin.moveToShort')}
          </Button>
          <Menu id={menuId} anchorEl={menuAnchor} open={Boolean(menuAnchor)} onClose={() => setMenuAnchor(null)}>
            {phases.map((phase) => (
              <MenuItem
                key={phase}
                onClick={() => {
                  setMenuAnchor(null);
                  onMove(phase);
                }}
              >
                {t(`projectPhase.${phase}`)}
              </MenuItem>
            ))}
          </Menu>
        </>
      )}
    </Paper>
  );
}
