import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { YearMonth } from '@lagesbild/types';
import { STATUS_DIMENSION_KEY } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { graphql } from '../../../generated';
import { formatNumber } from '../../../i18n/format';

export const PortfolioSummary_portfolio = graphql(`
  fragment PortfolioSummary_portfolio on Portfolio {
    id
    name
    owner
    budget {
      budgetTkr
      costToDateTkr
      projectsWithoutBudget
      forecastTkr
      projectsWithoutForecast
    }
    overdueActions(upTo: $upTo) {
      dimension
      action
      actionOwner
      actionDueDate
      project {
        id
        name
      }
    }
  }
`);

export interface PortfolioSummaryProps {
  portfolio: FragmentType<typeof PortfolioSummary_portfolio>;
  period: YearMonth;
}

/** A portfolio's owner, the sums of its projects' budgets, forecasts and costs, and its overdue actions as of the month. */
export function PortfolioSummary({ portfolio: portfolioRef, period }: PortfolioSummaryProps) {
  const { t, i18n } = useTranslation();
  const { search } = useLocation();
  const { data: portfolio, complete } = useFragment({
    fragment: PortfolioSummary_portfolio,
    fragmentName: 'PortfolioSummary_portfolio',
    from: portfolioRef,
    variables: { upTo: period },
  });
  if (!complete) return null;
  const tkr = (value: number) => formatNumber(value, 'TKR', i18n.language);
  const { budget, overdueActions } = portfolio;
  // Forecast minus budget: over budget is a deviation to act on, shown in red and said in words.
  const deviation = budget.forecastTkr - budget.budgetTkr;
  const hasForecast = budget.forecastTkr > 0;
  const signed = (value: number) => (value > 0 ? `+${tkr(value)}` : tkr(value));
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1fr) minmax(0, 2fr)' },
      }}
    >
      <Box component="section" aria-label={`${portfolio.name}: ${t('portfolioAdmin.budget')}`}>
        <Typography variant="subtitle2" component="h3">
          {t('portfolioAdmin.budget')}
        </Typography>
        {portfolio.owner && (
          <Typography variant="body2">
            {t('portfolioAdmin.owner')}: {portfolio.owner}
          </Typography>
        )}
        <Typography variant="body2">{t('portfolioAdmin.budgetSum', { budget: tkr(budget.budgetTkr) })}</Typography>
        <Typography variant="body2">
          {t('portfolioPeople.forecastSum', { forecast: tkr(budget.forecastTkr) })}
        </Typography>
        {hasForecast && (
          <Typography variant="body2" sx={deviation > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}>
            {t('portfolioPeople.deviation', { deviation: signed(deviation) })}
            {deviation > 0 && ` · ${t('portfolioPeople.overBudget')}`}
          </Typography>
        )}
        <Typography variant="body2">{t('portfolioAdmin.costSum', { cost: tkr(budget.costToDateTkr) })}</Typography>
        {budget.projectsWithoutBudget > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('portfolioAdmin.withoutBudget', { count: budget.projectsWithoutBudget })}
          </Typography>
        )}
        {budget.projectsWithoutForecast > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('portfolioPeople.withoutForecast', { count: budget.projectsWithoutForecast })}
          </Typography>
        )}
      </Box>
      <Box component="section" aria-label={`${portfolio.name}: ${t('portfolioAdmin.overdueActions')}`}>
        <Typography variant="subtitle2" component="h3">
          {t('portfolioAdmin.overdueActions')}
        </Typography>
        {overdueActions.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('portfolioAdmin.noOverdueActions')}
          </Typography>
        ) : (
          <Stack component="ul" spacing={0.75} sx={{ m: 0, pl: 2.5 }}>
            {overdueActions.map((action) => (
              <li key={`${action.project.id}-${action.dimension}`}>
                <Typography variant="body2">
                  <Link component={RouterLink} to={{ pathname: `${ROUTES.project}/${action.project.id}`, search }}>
                    {action.project.name}
                  </Link>
                  {`, ${t(`portfolio.column.${STATUS_DIMENSION_KEY[action.dimension]}`).toLowerCase()}: ${action.action}`}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {[
                    t('portfolioAdmin.overdueSince', { date: action.actionDueDate }),
                    action.actionOwner && t('portfolioAdmin.actionOwnerShort', { owner: action.actionOwner }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
              </li>
            ))}
          </Stack>
        )}
      </Box>
    </Box>
  );
}
