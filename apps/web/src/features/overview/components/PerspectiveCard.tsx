import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ValueStatus } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { StatusChip } from '../../../components/StatusChip';
import { COUNCIL_GOAL_MATRIX_ID } from '../../goals/components/CouncilGoalMatrix';
import { graphql } from '../../../generated';
import type { PerspectiveCard_SummaryFragment } from '../../../generated/graphql';

export const PerspectiveCard_summary = graphql(`
  fragment PerspectiveCard_summary on PerspectiveSummary {
    perspective {
      id
      name
    }
    goalsFulfilled
    goalsPartlyFulfilled
    goalsNotFulfilled
    goalsNotAssessed
    indicatorsGreen
    indicatorsYellow
    indicatorsRed
    indicatorsNotReported
    councilGoals
  }
`);

export interface PerspectiveCardProps {
  summary: PerspectiveCard_SummaryFragment;
}

/** One perspective: its goals by assessed fulfilment and its indicators by status (counts above zero), each a link to the list. */
export function PerspectiveCard({ summary }: PerspectiveCardProps) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const linkTo = (status?: string) => {
    const params = new URLSearchParams(search);
    params.set('perspektiv', summary.perspective.id);
    if (status) params.set('status', status);
    return { pathname: ROUTES.goals, search: `?${params.toString()}` };
  };
  const goals: [ValueStatus, string, number][] = [
    ['GREEN', t('fulfilment.FULFILLED'), summary.goalsFulfilled],
    ['YELLOW', t('fulfilment.PARTLY_FULFILLED'), summary.goalsPartlyFulfilled],
    ['RED', t('fulfilment.NOT_FULFILLED'), summary.goalsNotFulfilled],
    ['NOT_ASSESSED', t('fulfilment.NOT_ASSESSED'), summary.goalsNotAssessed],
  ];
  const indicators: [ValueStatus, string, number, string][] = [
    ['GREEN', t('status.GREEN'), summary.indicatorsGreen, 'GREEN'],
    ['YELLOW', t('status.YELLOW'), summary.indicatorsYellow, 'YELLOW'],
    ['RED', t('status.RED'), summary.indicatorsRed, 'RED'],
    ['NOT_ASSESSED', t('goals.notReported'), summary.indicatorsNotReported, 'NOT_REPORTED'],
  ];
  // A count of zero is no chip: a red "0 ej uppfyllt" caught the eye for nothing.
  const shownGoals = goals.filter(([, , count]) => count > 0);
  const shownIndicators = indicators.filter(([, , count]) => count > 0);
  return (
    <Card
      variant="outlined"
      component="section"
      aria-labelledby={`summary-${summary.perspective.id}`}
      sx={{ height: '100%' }}
    >
      <CardContent>
        <Typography variant="h6" component="h2" id={`summary-${summary.perspective.id}`} gutterBottom>
          <Link component={RouterLink} to={linkTo()}>
            {summary.perspective.name}
          </Link>
        </Typography>
        <Typography variant="overline" component="h3" color="text.secondary">
          {t('overview.goals')}
        </Typography>
        {summary.councilGoals > 0 && (
          // The city's council goals, each assessed by committee on Mål och indikatorer.
          <Link
            component={RouterLink}
            to={{ pathname: ROUTES.goals, search, hash: COUNCIL_GOAL_MATRIX_ID }}
            sx={{ display: 'block', mb: 1 }}
          >
            {t('overview.councilGoals', { count: summary.councilGoals })}
          </Link>
        )}
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 1.5 }}>
          {shownGoals.map(([status, label, count]) => (
            <StatusChip key={label} status={status} label={`${count} ${label.toLowerCase()}`} />
          ))}
        </Stack>
        <Typography variant="overline" component="h3" color="text.secondary">
          {t('overview.indicators')}
        </Typography>
        {shownIndicators.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('overview.noIndicators')}
          </Typography>
        )}
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {shownIndicators.map(([status, label, count, filter]) => (
            <Link
              key={filter}
              component={RouterLink}
              to={linkTo(filter)}
              underline="none"
              aria-label={`${count} ${label}`}
            >
              <StatusChip status={status} label={`${count} ${label.toLowerCase()}`} />
            </Link>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
