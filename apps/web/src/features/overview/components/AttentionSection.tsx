import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ValueStatus } from '@lagesbild/types';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import type { To } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';
import type { AttentionSection_AttentionFragment } from '../../../generated/graphql';
import { formatPeriodLabel } from '../../../i18n/format';
import { writeViewParams } from '../../view-params/view-params';
import type { ViewParams } from '../../view-params/view-params';

// Attention is computed per request and has no id: the page spreads it @unmask and passes it down.
export const AttentionSection_attention = graphql(`
  fragment AttentionSection_attention on Attention {
    redIndicators {
      id
      name
      newlyRed
      statusSetByHand
      since
      orgUnit {
        id
        name
      }
    }
    notReportedIndicators {
      id
      name
      since
      orgUnit {
        id
        name
      }
    }
    overdueAssignments {
      id
      title
      caseNumber
      deadline
      orgUnit {
        id
        name
      }
    }
    overdueAuditActions {
      id
      recommendation
      auditReportTitle
      dueDate
      orgUnit {
        id
        name
      }
    }
    redProjects {
      id
      name
      portfolioName
      statusDate
      time
      cost
      result
    }
    risksAboveTolerance {
      id
      title
      score
      probability
      consequence
      isDemoValue
      orgUnit {
        id
        name
      }
    }
  }
`);

/** Items shown per group; the rest are a link away, so the section stays above the fold. */
export const ITEMS_PER_GROUP = 3;

export interface AttentionSectionProps {
  attention: AttentionSection_AttentionFragment;
  /** The unit and month the overview shows: every link opens its thing in the same view. */
  view: ViewParams;
}

interface Item {
  key: string;
  name: string;
  to: To;
  status: ValueStatus;
  statusLabel: string;
  /** Red by an analyst's judgement, not by the status rule. */
  statusSetByHand?: boolean;
  reason: string;
}

interface Group {
  id: string;
  title: string;
  items: Item[];
  /** Where all of the group's things are listed, when more than ITEMS_PER_GROUP. */
  all: To;
}

/**
 * Behöver uppmärksamhet: the things that need the reader in the month, grouped, each a link to
 * the thing itself with its status in colour and words and a short reason. An empty group is
 * not shown; when nothing needs attention, one calm line says so.
 */
export function AttentionSection({ attention, view }: AttentionSectionProps) {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const period = (key: string) => formatPeriodLabel(key, i18n.language);
  const withSearch = (pathname: string, extra: Record<string, string> = {}, hash?: string): To => {
    // Explicit, even where the overview's own address leaves them to the defaults.
    const params = writeViewParams(new URLSearchParams(search), view);
    for (const [name, value] of Object.entries(extra)) params.set(name, value);
    const query = params.toString();
    return { pathname, search: query ? `?${query}` : '', hash };
  };
  const dimensions = ['time', 'cost', 'result'] as const;

  const groups = (
    [
      {
        id: 'attention-red-indicators',
        title: t('overview.attention.redIndicators'),
        all: withSearch(ROUTES.goals, { status: 'RED' }),
        items: attention.redIndicators.map((item): Item => ({
          key: item.id,
          name: item.name,
          to: withSearch(`${ROUTES.indicator}/${item.id}`),
          status: 'RED',
          statusLabel: item.newlyRed ? t('overview.attention.newlyRed') : t('status.RED'),
          statusSetByHand: item.statusSetByHand,
          reason: item.since ? t('overview.attention.redSince', { period: period(item.since) }) : '',
        })),
      },
      {
        id: 'attention-not-reported',
        title: t('overview.attention.notReported'),
        all: withSearch(ROUTES.goals, { status: 'NOT_REPORTED' }),
        items: attention.notReportedIndicators.map((item): Item => ({
          key: item.id,
          name: item.name,
          to: withSearch(`${ROUTES.indicator}/${item.id}`),
          status: 'NOT_ASSESSED',
          statusLabel: t('goals.notReported'),
          reason: item.since
            ? t('overview.attention.lastReported', { period: period(item.since) })
            : t('overview.attention.neverReported'),
        })),
      },
      {
        id: 'attention-overdue',
        title: t('overview.attention.overdue'),
        all: withSearch(ROUTES.assignments),
        items: [
          ...attention.overdueAssignments.map((item): Item => ({
            key: `assignment-${item.id}`,
            name: item.title,
            to: withSearch(ROUTES.assignments, {}, `uppdrag-${item.id}`),
            status: 'RED',
            statusLabel: t('overview.attention.overdueLabel'),
            reason: [t('overview.attention.overdueSince', { date: item.deadline }), item.caseNumber]
              .filter(Boolean)
              .join(' · '),
          })),
          ...attention.overdueAuditActions.map((item): Item => ({
            key: `action-${item.id}`,
            name: item.recommendation,
            to: withSearch(ROUTES.assignments, {}, `atgard-${item.id}`),
            status: 'RED',
            statusLabel: t('overview.attention.overdueLabel'),
            reason: `${t('overview.attention.overdueSince', { date: item.dueDate })} · ${item.auditReportTitle}`,
          })),
        ],
      },
      {
        id: 'attention-red-projects',
        title: t('overview.attention.redProjects'),
        all: withSearch(ROUTES.portfolio),
        items: attention.redProjects.map((project): Item => ({
          key: project.id,
          name: project.name,
          to: withSearch(`${ROUTES.project}/${project.id}`),
          status: 'RED',
          statusLabel: t('overview.projectStatus.RED'),
          reason: t('overview.attention.redOn', {
            dimensions: dimensions
              .filter((dimension) => project[dimension] === 'RED')
              .map((dimension) => t(`overview.${dimension}`).toLowerCase())
              .join(', '),
            date: project.statusDate,
          }),
        })),
      },
      {
        id: 'attention-risks',
        title: t('overview.attention.risks'),
        all: withSearch(ROUTES.risks),
        items: attention.risksAboveTolerance.map((risk): Item => ({
          key: risk.id,
          name: risk.title,
          to: withSearch(ROUTES.risks, { risk: risk.id }),
          status: 'RED',
          statusLabel: t('overview.attention.aboveTolerance'),
          reason:
            t('overview.attention.riskScore', {
              score: risk.score,
              probability: risk.probability,
              consequence: risk.consequence,
            }) + (risk.isDemoValue ? ` · ${t('overview.demoValue')}` : ''),
        })),
      },
    ] satisfies Group[]
  ).filter((group) => group.items.length > 0);

  return (
    <Paper variant="outlined" component="section" aria-labelledby="attention" sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" id="attention" sx={{ mb: 1 }}>
        {t('overview.attention.title')}
      </Typography>
      {groups.length === 0 ? (
        <Typography color="text.secondary">{t('overview.attention.nothing')}</Typography>
      ) : (
        <Box
          sx={{
            display: 'grid',
            columnGap: 3,
            rowGap: 1.5,
            gridTemplateColumns: {
              xs: 'minmax(0, 1fr)',
              md: 'repeat(2, minmax(0, 1fr))',
              lg: 'repeat(3, minmax(0, 1fr))',
            },
          }}
        >
          {groups.map((group) => (
            <AttentionGroup key={group.id} group={group} />
          ))}
        </Box>
      )}
    </Paper>
  );
}

function AttentionGroup({ group }: { group: Group }): ReactNode {
  const { t } = useTranslation();
  const shown = group.items.slice(0, ITEMS_PER_GROUP);
  return (
    <Box component="section" aria-labelledby={group.id} sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" component="h3" id={group.id}>
        {t('overview.attention.groupTitle', { title: group.title, count: group.items.length })}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {shown.map((item) => (
          <Box component="li" key={item.key} sx={{ display: 'flex', gap: 1, alignItems: 'baseline', py: 0.25 }}>
            <StatusChip status={item.status} label={item.statusLabel} setByHand={item.statusSetByHand} />
            <Box sx={{ minWidth: 0 }}>
              <Link
                component={RouterLink}
                to={item.to}
                title={item.name}
                sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
              >
                {item.name}
              </Link>
              <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }}>
                {item.reason}
              </Typography>
            </Box>
          </Box>
        ))}
      </Box>
      {group.items.length > shown.length && (
        <Link component={RouterLink} to={group.all} variant="body2">
          {t('overview.attention.showAll', { count: group.items.length, title: group.title.toLowerCase() })}
        </Link>
      )}
    </Box>
  );
}
