import AutoAwesomeIcon from '@mui/icons-material/AutoAwesome';
import HistoryIcon from '@mui/icons-material/History';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { isReportedBy, parsePeriodKey } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { HistoryDialog } from '../../audit/components/HistoryDialog';
import { StatusChip } from '../../../components/StatusChip';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import type { IndicatorTable_IndicatorFragment } from '../../../generated/graphql';
import { formatFigure, formatPeriodLabel } from '../../../i18n/format';

export const IndicatorTable_indicator = graphql(`
  fragment IndicatorTable_indicator on Indicator {
    id
    name
    unit
    periodicity
    latestValue(upTo: $upTo) {
      id
      period
      outcome
      periodTarget
      annualTarget
      fullYearForecast
      isSynthetic
      status
      statusOverride
    }
  }
`);

export interface IndicatorTableProps {
  caption: string;
  indicators: readonly FragmentType<typeof IndicatorTable_indicator>[];
  /** The report month viewed: a figure much older than it is "not reported", not a colour. */
  period: YearMonth;
}

/** Each indicator's latest outcome in the period, its target, forecast and status. */
export function IndicatorTable({ caption, indicators: indicatorRefs, period }: IndicatorTableProps) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({
    fragment: IndicatorTable_indicator,
    fragmentName: 'IndicatorTable_indicator',
    from: [...indicatorRefs],
    variables: { upTo: period },
  });
  const indicators = complete ? data : [];
  const [historyOf, setHistoryOf] = useState<{ id: string; title: string } | null>(null);
  // The indicator's page keeps the unit and period being viewed.
  const { search } = useLocation();
  const figure = (indicator: IndicatorTable_IndicatorFragment, value: number | null | undefined) =>
    formatFigure(value, indicator.unit, t(`unit.${indicator.unit}`), i18n.language);

  return (
    <>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('goals.column.indicator')}</TableCell>
            <TableCell scope="col">{t('goals.column.period')}</TableCell>
            <TableCell scope="col" align="right">
              {t('goals.column.outcome')}
            </TableCell>
            <TableCell scope="col" align="right">
              {t('goals.column.target')}
            </TableCell>
            <TableCell scope="col" align="right">
              {t('goals.column.forecast')}
            </TableCell>
            <TableCell scope="col">{t('goals.column.status')}</TableCell>
            {/* Positioned, so the hidden text stays inside the table's scroll box on narrow screens. */}
            <TableCell scope="col" sx={{ position: 'relative' }}>
              <VisuallyHidden>{t('audit.history')}</VisuallyHidden>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {indicators.map((indicator) => {
            const value = indicator.latestValue;
            return (
              <TableRow key={indicator.id}>
                <TableCell component="th" scope="row">
                  <Link component={RouterLink} to={{ pathname: `${ROUTES.indicator}/${indicator.id}`, search }}>
                    {indicator.name}
                  </Link>
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {t(`periodicity.${indicator.periodicity}`)}
                  </Typography>
                </TableCell>
                <TableCell>{value ? formatPeriodLabel(value.period, i18n.language) : ''}</TableCell>
                <TableCell align="right">
                  {value ? (
                    <>
                      {figure(indicator, value.outcome)}
                      {value.isSynthetic && (
                        <Tooltip title={t('goals.syntheticHint')}>
                          <AutoAwesomeIcon
                            fontSize="inherit"
                            titleAccess={t('goals.synthetic')}
                            sx={{ ml: 0.5, verticalAlign: 'middle', color: 'text.secondary' }}
                          />
                        </Tooltip>
                      )}
                    </>
                  ) : (
                    <Typography variant="body2" color="text.secondary" component="span">
                      {t('goals.noValue')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">
                  {value ? figure(indicator, value.periodTarget ?? value.annualTarget) : ''}
                </TableCell>
                <TableCell align="right">{value ? figure(indicator, value.fullYearForecast) : ''}</TableCell>
                <TableCell>
                  {value && isReportedBy(indicator.periodicity, parsePeriodKey(value.period), period) ? (
                    <StatusChip
                      status={value.status}
                      label={t(`status.${value.status}`)}
                      setByHand={value.statusOverride != null}
                    />
                  ) : (
                    <StatusChip
                      status="NOT_ASSESSED"
                      label={
                        value
                          ? t('goals.notReportedSince', { period: formatPeriodLabel(value.period, i18n.language) })
                          : t('goals.notReported')
                      }
                    />
                  )}
                </TableCell>
                <TableCell padding="checkbox">
                  {value && (
                    <IconButton
                      size="small"
                      aria-label={t('goals.valueHistory', { indicator: indicator.name })}
                      onClick={() =>
                        setHistoryOf({
                          id: value.id,
                          title: `${indicator.name}, ${formatPeriodLabel(value.period, i18n.language)}`,
                        })
                      }
                    >
                      <HistoryIcon fontSize="small" />
                    </IconButton>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {historyOf && (
        <HistoryDialog
          entityType="IndicatorValue"
          entityId={historyOf.id}
          title={historyOf.title}
          onClose={() => setHistoryOf(null)}
        />
      )}
    </>
  );
}
