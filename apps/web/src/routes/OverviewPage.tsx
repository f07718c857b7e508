import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import type { ValueStatus } from '@lagesbild/types';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../app/routes';
import { LoadError, Loading } from '../components/QueryState';
import { StatusChip } from '../components/StatusChip';
import { AttentionSection } from '../features/overview/components/AttentionSection';
import { EconomyGlance } from '../features/overview/components/EconomyGlance';
import { KeyIndicatorTile } from '../features/overview/components/KeyIndicatorTile';
import { PerspectiveCard } from '../features/overview/components/PerspectiveCard';
import { CardGrid } from '../components/CardGrid';
import { SectionCard } from '../components/SectionCard';
import { useViewParams } from '../features/view-params/useViewParams';
import { formatPeriodLabel } from '../i18n/format';
import { OverviewPage_Query } from './OverviewPage.query';

/** A Performance API mark set once, when the overview's data has first been rendered. */
const OVERVIEW_RENDERED_MARK = 'lagesbild:overview-rendered';

/**
 * Översikt: what needs attention first (above the fold at 1366×768), then where the unit stands
 * in the month per perspective, its key indicators and economy, the red projects, the largest
 * risks and what changed.
 */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const { search } = useLocation();
  const { data, loading, error, refetch } = useQuery(OverviewPage_Query, { variables: { orgUnitCode, upTo: period } });
  const overview = data?.overview;
  useEffect(() => {
    // The benchmark (bench/) times navigation to this mark: the overview's figures on screen.
    if (overview && performance.getEntriesByName(OVERVIEW_RENDERED_MARK).length === 0) {
      performance.mark(OVERVIEW_RENDERED_MARK);
    }
  }, [overview]);
  const dimensions = ['time', 'cost', 'result'] as const;
  // The register opens the risk named in the address (risk=<id>) in its details dialog.
  const riskSearch = (riskId: string) => {
    const params = new URLSearchParams(search);
    params.set('risk', riskId);
    return `?${params.toString()}`;
  };
  const statusLabel = (kind: 'INDICATOR' | 'PROJECT', status: ValueStatus) =>
    kind === 'PROJECT' ? t(`overview.projectStatus.${status}`) : t(`status.${status}`);

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('overview.title')}
      </Typography>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && !overview && <Alert severity="info">{t('pickers.unknownUnit')}</Alert>}
      {overview && (
        // Close enough that what needs attention fits above the fold at 1366×768.
        <Stack spacing={3}>
          <Typography color="text.secondary">
            {t('overview.intro', {
              unit: overview.orgUnit.name,
              period: formatPeriodLabel(formatYearMonth(period), i18n.language),
            })}
          </Typography>
          <AttentionSection attention={overview.attention} view={{ orgUnitCode, period }} />
          {overview.perspectives.length === 0 ? (
            <Alert severity="info">{t('overview.noGoals')}</Alert>
          ) : (
            <CardGrid>
              {overview.perspectives.map((summary) => (
                <PerspectiveCard key={summary.perspective.id} summary={summary} />
              ))}
            </CardGrid>
          )}
          {overview.keyIndicators.length > 0 && (
            <section aria-labelledby="key-indicators">
              <Typography variant="h5" component="h2" id="key-indicators" sx={{ mb: 1.5 }}>
                {t('overview.keyIndicators')}
              </Typography>
              <CardGrid>
                {overview.keyIndicators.map((tile) => (
                  <KeyIndicatorTile key={tile.indicator.id} tile={tile} />
                ))}
              </CardGrid>
            </section>
          )}
          {data.economy && <EconomyGlance economy={data.economy} />}
          <CardGrid columns={2}>
            <SectionCard id="red-projects" title={t('overview.redProjects')}>
              {overview.redProjects.length === 0 ? (
                <Typography color="text.secondary">{t('overview.noRedProjects')}</Typography>
              ) : (
                <List dense>
                  {overview.redProjects.map((project) => (
                    <ListItem
                      key={project.id}
                      disableGutters
                      sx={{ alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}
                    >
                      <ListItemText
                        primary={
                          <Link component={RouterLink} to={{ pathname: `${ROUTES.project}/${project.id}`, search }}>
                            {project.name}
                          </Link>
                        }
                        secondary={`${project.portfolioName} · ${project.statusDate}`}
                      />
                      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
                        {dimensions.map((dimension) => (
                          <StatusChip
                            key={dimension}
                            status={project[dimension]}
                            label={`${t(`overview.${dimension}`)}: ${t(`rag.${project[dimension]}`)}`}
                          />
                        ))}
                      </Stack>
                    </ListItem>
                  ))}
                </List>
              )}
            </SectionCard>
            <SectionCard id="top-risks" title={t('overview.topRisks')}>
              {overview.topRisks.length === 0 ? (
                <Typography color="text.secondary">{t('overview.noRisks')}</Typography>
              ) : (
                <List dense>
                  {overview.topRisks.map((risk) => (
                    <ListItem key={risk.id} disableGutters>
                      <ListItemText
                        primary={
                          <Link component={RouterLink} to={{ pathname: ROUTES.risks, search: riskSearch(risk.id) }}>
                            {risk.title}
                          </Link>
                        }
                        secondary={
                          t('overview.riskScore', {
                            category: risk.categoryName,
                            score: risk.score,
                            probability: risk.probability,
                            consequence: risk.consequence,
                          }) + (risk.isDemoValue ? ` · ${t('overview.demoValue')}` : '')
                        }
                      />
                    </ListItem>
                  ))}
                </List>
              )}
            </SectionCard>
            <SectionCard id="changes" title={t('overview.changes')} sx={{ gridColumn: { md: '1 / -1' } }}>
              {overview.changes.length === 0 ? (
                <Typography color="text.secondary">{t('overview.noChanges')}</Typography>
              ) : (
                <List dense>
                  {overview.changes.map((change) => (
                    <ListItem key={`${change.kind}-${change.id}`} disableGutters sx={{ flexWrap: 'wrap', gap: 1 }}>
                      <ListItemText
                        primary={
                          change.kind === 'INDICATOR' ? (
                            <Link component={RouterLink} to={{ pathname: `${ROUTES.indicator}/${change.id}`, search }}>
                              {change.name}
                            </Link>
                          ) : (
                            change.name
                          )
                        }
                        secondary={`${t(`overview.changed.${change.kind}`)} · ${change.orgUnit.name}`}
                      />
                      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
                        <StatusChip
                          status={change.previous}
                          label={statusLabel(change.kind, change.previous)}
                          setByHand={change.previousSetByHand}
                        />
                        <span aria-label={t('overview.became')}>→</span>
                        <StatusChip
                          status={change.current}
                          label={statusLabel(change.kind, change.current)}
                          setByHand={change.currentSetByHand}
                        />
                      </Stack>
                    </ListItem>
                  ))}
                </List>
              )}
              {overview.changeCount > overview.changes.length && (
                <Typography variant="body2" color="text.secondary">
                  {t('overview.changesShown', { shown: overview.changes.length, count: overview.changeCount })}
                </Typography>
              )}
            </SectionCard>
          </CardGrid>
        </Stack>
      )}
    </>
  );
}
