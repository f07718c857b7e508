import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../../generated';
import { formatNumber } from '../../../i18n/format';

export const ProjectFacts_project = graphql(`
  fragment ProjectFacts_project on Project {
    id
    owner
    manager
    phase
    # State and portfolio at the end of the month viewed (the page's other parts show today's).
    stateThen: stateAsOf(month: $upTo)
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    pausedUntil
    budgetTkr
    costToDateTkr
    forecastTkr
    portfolioThen: portfolioAsOf(month: $upTo) {
      id
      name
    }
  }
`);

export interface ProjectFactsProps {
  project: FragmentType<typeof ProjectFacts_project>;
  /** The month viewed: the state and portfolio are shown as they were at its end. */
  period: YearMonth;
}

/** A project's details as a list of terms and values. */
export function ProjectFacts({ project: projectRef, period }: ProjectFactsProps) {
  const { data: project, complete } = useFragment({
    fragment: ProjectFacts_project,
    fragmentName: 'ProjectFacts_project',
    from: projectRef,
    variables: { upTo: period },
  });
  const { t, i18n } = useTranslation();
  if (!complete) return null;
  const tkr = (value: number | null | undefined) =>
    value == null ? null : `${formatNumber(value, 'TKR', i18n.language)} ${t('unit.TKR')}`;
  const state =
    project.stateThen === 'PAUSED' && project.pausedUntil
      ? `${t(`projectState.${project.stateThen}`)} (${t('portfolio.pausedUntil', { date: project.pausedUntil })})`
      : t(`projectState.${project.stateThen}`);
  const facts: [string, string | null | undefined][] = [
    [t('project.portfolio'), project.portfolioThen.name],
    [t('project.state'), state],
    [t('project.phase'), project.phase && t(`projectPhase.${project.phase}`)],
    [t('project.owner'), project.owner],
    [t('project.manager'), project.manager],
    [t('project.plannedStart'), project.plannedStart],
    [t('project.plannedEnd'), project.plannedEnd],
    [t('project.actualStart'), project.actualStart],
    [t('project.actualEnd'), project.actualEnd],
    [t('project.budgetTkr'), tkr(project.budgetTkr)],
    [t('project.costToDateTkr'), tkr(project.costToDateTkr)],
    [t('project.forecastTkr'), tkr(project.forecastTkr)],
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', gap: 0.75, columnGap: 2, m: 0 }}
    >
      {facts.map(([term, value]) => (
        <Box key={term} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {term}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value || t('project.notGiven')}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
