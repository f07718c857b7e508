import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import type { DisciplineMatrix_DisciplineFragment } from '../../../generated/graphql';
import { periodLabel } from '../../reporting-calendar/period-label';
import { STATE_APPEARANCE, statesPresent, worstState } from '../discipline-states';
import type { DisciplineCounts } from '../discipline-states';
import { shortPeriodLabel } from '../period-labels';

// The discipline view is computed per request and has no id: the page spreads it @unmask.
export const DisciplineMatrix_discipline = graphql(`
  fragment DisciplineMatrix_discipline on ReportingDiscipline {
    year
    periods {
      key
      kind
      year
      number
      inProgress
    }
    units {
      orgUnit {
        id
        name
      }
      cells {
        periodKey
        deadline
        inProgress
        counts {
          onTime
          late
          missing
          pending
          total
        }
      }
      counts {
        onTime
        late
        missing
        pending
        total
      }
    }
  }
`);

export interface DisciplineMatrixProps {
  discipline: DisciplineMatrix_DisciplineFragment;
}

/**
 * Units × periods: in each cell how many of the unit's items of the period were reported on time,
 * late or not at all (or are still in progress), as counts with icons, the cell tinted by the worst.
 * At 360 px the table scrolls sideways in its own box with the units' column kept in view.
 */
export function DisciplineMatrix({ discipline }: DisciplineMatrixProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const countsInWords = (counts: DisciplineCounts) =>
    statesPresent(counts)
      .map((state) => t(`discipline.count.${state}`, { count: counts[state] }))
      .join(', ');

  return (
    <Box
      role="region"
      aria-label={t('discipline.matrix.scrollLabel')}
      // Focusable so that a keyboard can scroll the table sideways.
      tabIndex={0}
      sx={{ overflowX: 'auto', maxWidth: '100%', position: 'relative' }}
    >
      <Table size="small" aria-label={t('discipline.matrix.caption', { year: discipline.year })}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col" sx={stickyFirst}>
              {t('discipline.matrix.unit')}
            </TableCell>
            {discipline.periods.map((period) => (
              <TableCell
                key={period.key}
                component="th"
                scope="col"
                align="center"
                sx={{ whiteSpace: 'nowrap', px: 1 }}
              >
                <span aria-hidden>{shortPeriodLabel(t, language, period)}</span>
                <VisuallyHidden>{periodLabel(t, language, period)}</VisuallyHidden>
                {period.inProgress && (
                  <Typography component="span" variant="caption" sx={{ display: 'block', color: 'text.secondary' }}>
                    {t('discipline.matrix.inProgress')}
                  </Typography>
                )}
              </TableCell>
            ))}
            <TableCell component="th" scope="col" sx={{ whiteSpace: 'nowrap' }}>
              {t('discipline.matrix.year')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {discipline.units.map((row) => {
            const cellOf = new Map(row.cells.map((cell) => [cell.periodKey, cell]));
            return (
              <TableRow key={row.orgUnit.id}>
                <TableCell component="th" scope="row" sx={{ ...stickyFirst, minWidth: 120, maxWidth: 220 }}>
                  {row.orgUnit.name}
                </TableCell>
                {discipline.periods.map((period) => {
                  const cell = cellOf.get(period.key);
                  if (!cell) {
                    return (
                      <TableCell key={period.key} align="center" sx={{ position: 'relative', color: 'text.secondary' }}>
                        <span aria-hidden>–</span>
                        <VisuallyHidden>{t('discipline.matrix.noItems')}</VisuallyHidden>
                      </TableCell>
                    );
                  }
                  const worst = worstState(cell.counts);
                  return (
                    <TableCell
                      key={period.key}
                      align="center"
                      data-state={worst ?? undefined}
                      title={`${countsInWords(cell.counts)}; ${t('discipline.matrix.deadline', { date: cell.deadline })}`}
                      sx={{
                        position: 'relative',
                        px: 0.5,
                        backgroundColor: worst ? STATE_APPEARANCE[worst].tint : undefined,
                        borderLeft: '1px solid',
                        borderLeftColor: 'divider',
                      }}
                    >
                      <StateCounts counts={cell.counts} />
                      <VisuallyHidden>{countsInWords(cell.counts)}</VisuallyHidden>
                    </TableCell>
                  );
                })}
                <TableCell sx={{ position: 'relative', whiteSpace: 'nowrap' }}>
                  <StateCounts counts={row.counts} inline />
                  <VisuallyHidden>{countsInWords(row.counts)}</VisuallyHidden>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

/** Icons with their counts, for the eye only: the words beside them are for screen readers. */
function StateCounts({ counts, inline = false }: { counts: DisciplineCounts; inline?: boolean }) {
  return (
    <Box
      aria-hidden
      sx={{ display: 'flex', flexDirection: inline ? 'row' : 'column', alignItems: 'center', gap: inline ? 1 : 0 }}
    >
      {statesPresent(counts).map((state) => {
        const { Icon, colour } = STATE_APPEARANCE[state];
        return (
          <Box
            key={state}
            component="span"
            sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.25, fontVariantNumeric: 'tabular-nums' }}
          >
            <Icon sx={{ fontSize: 16, color: colour }} />
            {counts[state]}
          </Box>
        );
      })}
    </Box>
  );
}

const stickyFirst = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  backgroundColor: 'background.paper',
} as const;
