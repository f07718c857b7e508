import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { FULFILMENT_STATUS } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LoadError, Loading } from '../../../components/QueryState';
import { StatusChip } from '../../../components/StatusChip';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { graphql } from '../../../generated';
import { arrangeCouncilGoalMatrix } from '../council-goal-matrix';

export const CouncilGoalMatrix_Query = graphql(`
  query CouncilGoalMatrix_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {
    orgUnit(code: $orgUnitCode) {
      id
      name
    }
    goals(orgUnitCode: $orgUnitCode, year: $year) {
      id
      level
      title
      orgUnit {
        id
      }
      perspective {
        id
        name
      }
      children {
        id
        title
        orgUnit {
          id
          name
        }
        assessment(upTo: $upTo) {
          id
          fulfilment
        }
      }
    }
  }
`);

/** Where the overview's council-goal count links to. */
export const COUNCIL_GOAL_MATRIX_ID = 'kf-mal';

export interface CouncilGoalMatrixProps {
  orgUnitCode: string;
  period: YearMonth;
}

/**
 * The unit's council goals (KF-mål) by committee: how each committee assessed its goals
 * serving each council goal in the period, status colour with the fulfilment in words.
 * Shows nothing for a unit without council goals of its own (below the city).
 */
export function CouncilGoalMatrix({ orgUnitCode, period }: CouncilGoalMatrixProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CouncilGoalMatrix_Query, {
    variables: { orgUnitCode, year: period.year, upTo: period },
  });
  const { hash } = useLocation();
  const shown = Boolean(data?.orgUnit);
  useEffect(() => {
    // The overview links here (#kf-mal); the table renders after its query, past the browser's own jump.
    if (shown && hash === `#${COUNCIL_GOAL_MATRIX_ID}`)
      document.getElementById(COUNCIL_GOAL_MATRIX_ID)?.scrollIntoView();
  }, [shown, hash]);
  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  if (!data?.orgUnit) return null;
  const matrix = arrangeCouncilGoalMatrix(data.goals, data.orgUnit.id);
  if (matrix.rows.length === 0) return null;
  const caption = t('goals.matrix.caption', { unit: data.orgUnit.name, year: period.year });
  return (
    <section aria-labelledby={COUNCIL_GOAL_MATRIX_ID} id={`${COUNCIL_GOAL_MATRIX_ID}-section`}>
      <Typography variant="h5" component="h2" id={COUNCIL_GOAL_MATRIX_ID} sx={{ mb: 1 }}>
        {t('goals.matrix.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1.5 }}>
        {t('goals.matrix.intro')}
      </Typography>
      {matrix.committees.length === 0 ? (
        <Typography color="text.secondary">{t('goals.matrix.noCommitteeGoals')}</Typography>
      ) : (
        <Paper variant="outlined" sx={{ overflowX: 'auto', position: 'relative' }}>
          <Table size="small" aria-label={caption}>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('goals.councilGoal')}</TableCell>
                {matrix.committees.map((committee) => (
                  <TableCell key={committee.id} scope="col">
                    {committee.name}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {matrix.rows.map((row) => (
                <TableRow key={row.councilGoal.id}>
                  <TableCell component="th" scope="row" sx={{ minWidth: 220, verticalAlign: 'top' }}>
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {row.perspective.name}
                    </Typography>
                    {row.councilGoal.title}
                  </TableCell>
                  {matrix.committees.map((committee) => {
                    const cell = row.cells.get(committee.id);
                    return (
                      <TableCell key={committee.id} sx={{ verticalAlign: 'top', minWidth: 160 }}>
                        {cell ? (
                          <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
                            {cell.map((goal) => (
                              <div key={goal.goalId}>
                                <StatusChip
                                  status={FULFILMENT_STATUS[goal.fulfilment]}
                                  label={t(`fulfilment.${goal.fulfilment}`)}
                                />
                                <Typography
                                  variant="caption"
                                  color="text.secondary"
                                  sx={{ display: 'block', mt: 0.25, maxWidth: 280 }}
                                >
                                  {goal.title}
                                </Typography>
                              </div>
                            ))}
                          </Stack>
                        ) : (
                          <>
                            <span aria-hidden>–</span>
                            <VisuallyHidden>{t('goals.matrix.noGoal')}</VisuallyHidden>
                          </>
                        )}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
    </section>
  );
}
