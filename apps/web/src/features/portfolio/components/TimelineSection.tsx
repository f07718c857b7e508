import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import type { YearMonth } from '@lagesbild/types';
import { graphql } from '../../../generated';
import { timelineRow } from '../timeline-rows';
import type { TimelineRow } from '../timeline-rows';
import { ProjectTimeline } from './ProjectTimeline';
import { ProjectTimelineTable } from './ProjectTimelineTable';

export const TimelineSection_project = graphql(`
  fragment TimelineSection_project on Project {
    id
    name
    # The state at the end of the month viewed, not today's: a project closed later shows as it was.
    state: stateAsOf(month: $upTo)
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    pausedUntil
    stateChanges {
      id
      toState
      changedOn
    }
    statusUpdates {
      id
      statusDate
    }
    status(upTo: $upTo) {
      latestStatusUpdate {
        id
        statusDate
        time
        cost
        result
      }
    }
  }
`);

export interface TimelineSectionProps {
  projects: readonly FragmentType<typeof TimelineSection_project>[];
  /** The month viewed: each project's latest status as of then. */
  period: YearMonth;
  asOf: string;
}

/** The projects on a time axis by planned (or known) start and end, with the same facts as a table. */
export function TimelineSection({ projects: projectRefs, period, asOf }: TimelineSectionProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: TimelineSection_project,
    fragmentName: 'TimelineSection_project',
    from: [...projectRefs],
    variables: { upTo: period },
  });
  const projects = complete ? data : [];
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const rows = projects
    .map((project) => timelineRow(project, asOf))
    .filter((row): row is TimelineRow => row !== null)
    .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name, 'sv'));
  const dated = new Set(rows.map((row) => row.id));
  return (
    <SectionCard id="timeline" title={t('portfolio.timeline')}>
      <Tabs value={view} onChange={(_event, next: 'chart' | 'table') => setView(next)} sx={{ mb: 2 }}>
        <Tab value="chart" label={t('portfolio.timelineChart')} />
        <Tab value="table" label={t('portfolio.timelineTable')} />
      </Tabs>
      {view === 'chart' ? (
        rows.length === 0 ? (
          <Typography color="text.secondary">{t('portfolio.timelineEmpty')}</Typography>
        ) : (
          <ProjectTimeline rows={rows} asOf={asOf} description={t('portfolio.timelineDescription')} />
        )
      ) : (
        <ProjectTimelineTable
          caption={t('portfolio.timeline')}
          rows={rows}
          undated={projects.filter((project) => !dated.has(project.id))}
        />
      )}
    </SectionCard>
  );
}
