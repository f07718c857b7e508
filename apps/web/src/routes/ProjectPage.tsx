import { useQuery } from '@apollo/client/react';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { ROUTES } from '../app/routes';
import { CardGrid } from '../components/CardGrid';
import { LoadError, Loading } from '../components/QueryState';
import { SectionCard } from '../components/SectionCard';
import { ProjectDetailsDialog } from '../features/portfolio/components/ProjectDetailsDialog';
import { ProjectFacts } from '../features/portfolio/components/ProjectFacts';
import { StatusUpdateHistory } from '../features/portfolio/components/StatusUpdateHistory';
import { StateChangeDialog } from '../features/portfolio/components/StateChangeDialog';
import { StateChangeList } from '../features/portfolio/components/StateChangeList';
import { MoveProjectDialog } from '../features/portfolio/components/MoveProjectDialog';
import { ProjectMoveList } from '../features/portfolio/components/ProjectMoveList';
import { ProjectLineage } from '../features/portfolio/components/ProjectLineage';
import { SplitProjectDialog } from '../features/portfolio/components/SplitProjectDialog';
import { MergeProjectsDialog } from '../features/portfolio/components/MergeProjectsDialog';
import { useViewParams } from '../features/view-params/useViewParams';
import { formatPeriodLabel } from '../i18n/format';
import { ProjectStatusUpdateDialog } from '../features/portfolio/components/ProjectStatusUpdateDialog';
import { graphql } from '../generated';

// The dialogs are forms that start from a copy of the project, so what they start from is
// spread unmasked (@unmask); the facts, state changes and status updates read their own fragments.
export const ProjectPage_Query = graphql(`
  query ProjectPage_Query($id: ID!, $upTo: MonthInput!) {
    project(id: $id) {
      id
      name
      description
      version
      canEdit
      state
      ...ProjectDetailsDialog_project @unmask
      ...ProjectFacts_project
      statusUpdates {
        id
        ...StatusUpdateHistory_statusUpdate
        ...ProjectStatusUpdateDialog_startFrom @unmask
      }
      stateChanges {
        id
        ...StateChangeList_change
      }
      moves {
        id
        ...ProjectMoveList_move
      }
      ...ProjectLineage_project
    }
    editablePortfolios {
      id
      name
      orgUnit {
        id
      }
    }
  }
`);

/** The query parameter of a link that opens the status update dialog (the to-do list's). */
const NEW_STATUS_UPDATE_PARAM = 'statusuppdatering';

type OpenDialog = 'statusUpdate' | 'details' | 'state' | 'move' | 'split' | 'merge' | null;

/** A project: its details and state, its status updates over time, and for the portfolio office the ways to update them. */
export function ProjectPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { period } = useViewParams();
  // A link from Att göra (?statusuppdatering=ny) opens the status update dialog at once: where it is done.
  const [open, setOpen] = useState<OpenDialog>(() =>
    new URLSearchParams(search).get(NEW_STATUS_UPDATE_PARAM) === 'ny' ? 'statusUpdate' : null,
  );
  const { data, loading, error, refetch } = useQuery(ProjectPage_Query, { variables: { id, upTo: period } });
  const project = data?.project;
  const close = () => setOpen(null);

  return (
    <>
      <Link component={RouterLink} to={{ pathname: ROUTES.portfolio, search }}>
        {t('project.back')}
      </Link>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && !project && <Alert severity="info">{t('project.notFound')}</Alert>}
      {project && (
        <Stack spacing={3} sx={{ mt: 1 }}>
          <div>
            <Typography variant="h4" component="h1">
              {project.name}
            </Typography>
            {project.description && <Typography sx={{ mt: 1 }}>{project.description}</Typography>}
            <ProjectLineage project={project} />
          </div>
          {project.canEdit && (
            <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
              <Button variant="contained" startIcon={<AddIcon aria-hidden />} onClick={() => setOpen('statusUpdate')}>
                {t('project.newReport')}
              </Button>
              <Button variant="outlined" onClick={() => setOpen('details')}>
                {t('project.editDetails')}
              </Button>
              <Button variant="outlined" onClick={() => setOpen('state')}>
                {t('project.changeState')}
              </Button>
              <Button variant="outlined" onClick={() => setOpen('move')}>
                {t('project.moveProject')}
              </Button>
              {/* An ended project has no future to split or merge. */}
              {project.state !== 'CLOSED' && project.state !== 'WILL_NOT_START' && (
                <>
                  <Button variant="outlined" onClick={() => setOpen('split')}>
                    {t('projectLineage.split')}
                  </Button>
                  <Button variant="outlined" onClick={() => setOpen('merge')}>
                    {t('projectLineage.merge')}
                  </Button>
                </>
              )}
            </Stack>
          )}
          <CardGrid columns={2}>
            <SectionCard id="project-details" title={t('project.details')}>
              <ProjectFacts project={project} period={period} />
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {t('project.factsAsOf', { period: formatPeriodLabel(formatYearMonth(period), i18n.language) })}
              </Typography>
            </SectionCard>
            <SectionCard id="project-state-changes" title={t('project.stateChanges')}>
              <StateChangeList changes={project.stateChanges} />
              <Typography variant="subtitle1" component="h3" sx={{ mt: 2, fontWeight: 600 }}>
                {t('project.moves')}
              </Typography>
              <ProjectMoveList moves={project.moves} />
            </SectionCard>
          </CardGrid>
          <SectionCard id="project-status-updates" title={t('project.history')}>
            <StatusUpdateHistory statusUpdates={project.statusUpdates} />
          </SectionCard>
        </Stack>
      )}
      {project && open === 'statusUpdate' && (
        <ProjectStatusUpdateDialog
          project={project}
          // The concurrency check compares with the status update filed last, whatever its date.
          latestFiledStatusUpdateId={
            project.statusUpdates.map((statusUpdate) => statusUpdate.id).sort((a, b) => Number(b) - Number(a))[0] ??
            null
          }
          // Newest first by date, as the API gives them: the first is the one in effect.
          startFrom={project.statusUpdates[0] ?? null}
          onClose={close}
          onSaved={close}
        />
      )}
      {project && open === 'details' && (
        <ProjectDetailsDialog
          project={{ ...project, portfolioId: project.portfolio.id }}
          portfolios={data.editablePortfolios}
          onClose={close}
          onSaved={close}
        />
      )}
      {project && open === 'state' && <StateChangeDialog project={project} onClose={close} onSaved={close} />}
      {project && open === 'move' && (
        <MoveProjectDialog project={project} portfolios={data.editablePortfolios} onClose={close} onSaved={close} />
      )}
      {project && open === 'split' && (
        <SplitProjectDialog project={project} portfolios={data.editablePortfolios} onClose={close} onSaved={close} />
      )}
      {project && open === 'merge' && (
        <MergeProjectsDialog
          project={project}
          onClose={close}
          onSaved={(mergedId) => {
            close();
            void navigate({ pathname: `${ROUTES.project}/${mergedId}`, search });
          }}
        />
      )}
    </>
  );
}
