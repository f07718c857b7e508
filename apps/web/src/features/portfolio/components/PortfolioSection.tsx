import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../../generated';
import { formatPeriodLabel } from '../../../i18n/format';
import { ExportButtons } from '../../export/components/ExportButtons';
import { countByColour, filterProjects } from '../board-filter';
import type { BoardFilter } from '../board-filter';
import { projectBoardExportTable } from '../project-board-columns';
import { ColourCounts } from './ColourCounts';
import { PortfolioPeriodStatusDialog } from './PortfolioPeriodStatusDialog';
import { ProjectBoardTable } from './ProjectBoardTable';
import AddIcon from '@mui/icons-material/Add';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { BOARD_VIEWS } from '../project-board-lanes';
import type { BoardView } from '../project-board-lanes';
import { useBoardView } from '../useBoardView';
import { PortfolioFormDialog } from './PortfolioFormDialog';
import { PortfolioSummary } from './PortfolioSummary';
import { ProjectBoardColumns } from './ProjectBoardColumns';
import { ProjectCreateDialog } from './ProjectCreateDialog';

const VIEW_LABEL = { list: 'viewList', phase: 'viewPhase', status: 'viewStatus' } as const;

export const PortfolioSection_portfolio = graphql(`
  fragment PortfolioSection_portfolio on Portfolio {
    id
    name
    canEdit
    statusUpdateIntervalWeeks
    owner
    ownerUserId
    orgUnit {
      id
    }
    version
    overdueActions(upTo: $upTo) {
      project {
        id
      }
    }
    ...PortfolioSummary_portfolio
    periodStatus(upTo: $upTo) {
      id
      year
      month
      narrative
      changes
      version
    }
    # The projects that belonged to the portfolio at the end of the month viewed.
    projects: projectsAsOf(month: $upTo) {
      id
      ...BoardFilter_project @unmask
      ...ProjectBoardExport_project @unmask
      ...ProjectBoardTable_project
      ...ProjectBoardColumns_project
    }
  }
`);

export interface PortfolioSectionProps {
  portfolio: FragmentType<typeof PortfolioSection_portfolio>;
  /** The board's filter and order (the counts are of all the portfolio's projects). */
  filter: BoardFilter;
  period: YearMonth;
}

/** One portfolio on the board: its counts per colour, its narrative for the month, its projects. */
export function PortfolioSection({ portfolio: portfolioRef, filter, period }: PortfolioSectionProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<'portfolio' | 'project' | null>(null);
  const [view, setView] = useBoardView();
  const { data: portfolio, complete } = useFragment({
    fragment: PortfolioSection_portfolio,
    fragmentName: 'PortfolioSection_portfolio',
    from: portfolioRef,
    variables: { upTo: period },
  });
  if (!complete) return null;
  const { projects } = portfolio;
  const shownProjects = filterProjects(projects, filter);
  const status = portfolio.periodStatus;
  const isOfPeriod = status?.year === period.year && status.month === period.month;
  const periodLabel = (month: YearMonth) => formatPeriodLabel(formatYearMonth(month), i18n.language);

  return (
    <SectionCard id={`portfolio-${portfolio.id}`} title={portfolio.name}>
      <Stack spacing={2} sx={{ mt: 1 }}>
        {portfolio.canEdit && (
          <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
            <Button
              size="small"
              variant="outlined"
              startIcon={<AddIcon aria-hidden />}
              onClick={() => setDialog('project')}
            >
              {t('portfolioAdmin.newProject')}
            </Button>
            <Button size="small" startIcon={<EditIcon aria-hidden />} onClick={() => setDialog('portfolio')}>
              {t('portfolioAdmin.editPortfolio')}
            </Button>
          </Stack>
        )}
        <ColourCounts counts={countByColour(projects)} />
        <PortfolioSummary portfolio={portfolio} period={period} />
        <Box
          component="section"
          // Named with the portfolio: every portfolio on the board has such a section.
          aria-label={`${portfolio.name}: ${t('portfolio.narrative', { period: periodLabel(period) })}`}
        >
          <Stack
            direction="row"
            sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}
          >
            <Typography variant="subtitle2" component="h3">
              {t('portfolio.narrative', { period: periodLabel(period) })}
            </Typography>
            {portfolio.canEdit && (
              <Button size="small" startIcon={<EditIcon aria-hidden />} onClick={() => setEditing(true)}>
                {t('portfolio.editNarrative')}
              </Button>
            )}
          </Stack>
          {status ? (
            <>
              {!isOfPeriod && (
                <Typography variant="caption" color="text.secondary">
                  {t('portfolio.narrativeFrom', { period: periodLabel(status) })}
                </Typography>
              )}
              <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                {status.narrative}
              </Typography>
              {status.changes && (
                <>
                  <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
                    {t('portfolio.changes')}
                  </Typography>
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                    {status.changes}
                  </Typography>
                </>
              )}
            </>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {t('portfolio.noNarrative')}
            </Typography>
          )}
        </Box>
        {shownProjects.length === 0 ? (
          <Typography color="text.secondary">{t('portfolio.noneMatch')}</Typography>
        ) : (
          <>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={view}
              onChange={(_event, next: BoardView | null) => next && setView(next)}
              aria-label={`${portfolio.name}: ${t('portfolioAdmin.view')}`}
              sx={{ flexWrap: 'wrap' }}
            >
              {BOARD_VIEWS.map((option) => (
                <ToggleButton key={option} value={option}>
                  {t(`portfolioAdmin.${VIEW_LABEL[option]}`)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            {view === 'list' ? (
              <ProjectBoardTable
                caption={portfolio.name}
                projects={shownProjects}
                period={period}
                statusUpdateIntervalWeeks={portfolio.statusUpdateIntervalWeeks}
              />
            ) : (
              <ProjectBoardColumns
                caption={portfolio.name}
                projects={shownProjects}
                period={period}
                view={view}
                canEdit={portfolio.canEdit}
                overdueProjectIds={new Set(portfolio.overdueActions.map((action) => action.project.id))}
              />
            )}
            <ExportButtons
              table={() => projectBoardExportTable(`${portfolio.name} ${periodLabel(period)}`, shownProjects, t)}
            />
          </>
        )}
      </Stack>
      {dialog === 'portfolio' && (
        <PortfolioFormDialog portfolio={portfolio} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      )}
      {dialog === 'project' && (
        <ProjectCreateDialog portfolio={portfolio} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      )}
      {editing && (
        <PortfolioPeriodStatusDialog
          portfolio={portfolio}
          period={period}
          current={isOfPeriod ? status : null}
          earlier={isOfPeriod ? null : (status ?? null)}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      )}
    </SectionCard>
  );
}
