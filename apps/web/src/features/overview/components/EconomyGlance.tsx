import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { SectionCard } from '../../../components/SectionCard';
import { BusinessAreaResultTable } from '../../economy/components/BusinessAreaResultTable';
import { RolledUpNote } from '../../economy/components/RolledUpNote';
import { graphql } from '../../../generated';
import type { EconomyGlance_EconomyFragment } from '../../../generated/graphql';
import { formatNumber } from '../../../i18n/format';

// Economy and its rows have no id (the cache cannot identify them for useFragment), so the
// business areas' fragment is spread unmasked and handed to the table as data.
export const EconomyGlance_economy = graphql(`
  fragment EconomyGlance_economy on Economy {
    lines {
      indicator {
        id
        code
        name
        unit
      }
      outcomeToDate
      budgetToDate
      fullYearForecast
      fullYearBudget
      rolledUpFrom {
        id
        name
      }
    }
    businessAreaResults {
      ...BusinessAreaResultTable_row @unmask
    }
  }
`);

export interface EconomyGlanceProps {
  economy: EconomyGlance_EconomyFragment;
}

/**
 * The result to date against budget and the full-year forecast against budget, then the
 * result per business area. The result line is the unit's financial line coded as a result
 * (OPERATING_RESULT for Intraservice).
 */
export function EconomyGlance({ economy }: EconomyGlanceProps) {
  const { t, i18n } = useTranslation();
  const { lines, businessAreaResults } = economy;
  const { search } = useLocation();
  const result = lines.find((line) => line.indicator.code.includes('RESULT'));
  const figure = (value: number | null | undefined) =>
    value == null || !result ? '–' : formatNumber(value, result.indicator.unit, i18n.language);
  const rows: [string, number | null | undefined, number | null | undefined][] = result
    ? [
        [t('overview.resultToDate'), result.outcomeToDate, result.budgetToDate],
        [t('overview.forecastForYear'), result.fullYearForecast, result.fullYearBudget],
      ]
    : [];
  return (
    <SectionCard
      id="economy-glance"
      sx={{ overflowX: 'auto' }}
      title={
        <Link component={RouterLink} to={{ pathname: ROUTES.economy, search }}>
          {t('overview.economyTitle')}
        </Link>
      }
    >
      {!result && businessAreaResults.length === 0 && (
        <Typography color="text.secondary">{t('overview.noEconomy')}</Typography>
      )}
      {result && (
        <Table size="small" aria-label={result.indicator.name} sx={{ mb: 2 }}>
          <TableBody>
            <TableRow>
              <TableCell component="th" scope="col">
                {result.indicator.name}
                <RolledUpNote units={result.rolledUpFrom} />
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {t('overview.actual')}
              </TableCell>
              <TableCell component="th" scope="col" align="right">
                {t('overview.budget')}
              </TableCell>
            </TableRow>
            {rows.map(([label, actual, budget]) => (
              <TableRow key={label}>
                <TableCell component="th" scope="row">
                  {label}
                </TableCell>
                <TableCell align="right">{figure(actual)}</TableCell>
                <TableCell align="right">{figure(budget)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {businessAreaResults.length > 0 && (
        <BusinessAreaResultTable caption={t('economy.businessAreasTitle')} rows={businessAreaResults} />
      )}
    </SectionCard>
  );
}
