import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { closeForecastRoundInputSchema, openForecastRoundInputSchema } from '@lagesbild/types';
import type { ForecastRoundStatus } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type {
  ForecastRoundsAdmin_CloseMutationVariables,
  ForecastRoundsAdmin_OpenMutationVariables,
} from '../../../generated/graphql';
import { DateField } from '../../../components/DateField';

export const ForecastRoundsAdmin_Open = graphql(`
  mutation ForecastRoundsAdmin_Open($input: OpenForecastRoundInput!) {
    openForecastRound(input: $input) {
      id
      name
      asOf
      status
      version
    }
  }
`);

const ForecastRoundsAdmin_Close = graphql(`
  mutation ForecastRoundsAdmin_Close($input: CloseForecastRoundInput!) {
    closeForecastRound(input: $input) {
      id
      status
      version
    }
  }
`);

export interface ForecastRoundsAdminProps {
  year: number;
  rounds: readonly { id: string; name: string; asOf: string; status: ForecastRoundStatus; version: number }[];
}

/** The year's forecast rounds for an administrator: close the open one for good, or open the next. */
export function ForecastRoundsAdmin({ year, rounds }: ForecastRoundsAdminProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [asOf, setAsOf] = useState('');
  const [open] = useMutation(ForecastRoundsAdmin_Open);
  const [close] = useMutation(ForecastRoundsAdmin_Close);
  const refetchQueries = ['DataEntryPage_Query'];
  const opening = useCheckedSave(
    openForecastRoundInputSchema,
    (input: ForecastRoundsAdmin_OpenMutationVariables['input']) =>
      open({ variables: { input }, refetchQueries, awaitRefetchQueries: true }),
    () => {
      setName('');
      setAsOf('');
    },
  );
  const closing = useCheckedSave(
    closeForecastRoundInputSchema,
    (input: ForecastRoundsAdmin_CloseMutationVariables['input']) =>
      close({ variables: { input }, refetchQueries, awaitRefetchQueries: true }),
    () => undefined,
  );

  return (
    <Stack spacing={2}>
      {rounds.length === 0 ? (
        <Typography color="text.secondary">{t('forecasts.admin.none', { year })}</Typography>
      ) : (
        <TableContainer sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('forecasts.round')}</TableCell>
                <TableCell scope="col">{t('forecasts.asOf')}</TableCell>
                <TableCell scope="col">{t('forecasts.statusLabel')}</TableCell>
                <TableCell scope="col">
                  <span aria-hidden="true" />
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rounds.map((round) => (
                <TableRow key={round.id}>
                  <TableCell component="th" scope="row">
                    {round.name}
                  </TableCell>
                  <TableCell>{round.asOf}</TableCell>
                  <TableCell>{t(`forecasts.status.${round.status}`)}</TableCell>
                  <TableCell>
                    {round.status === 'OPEN' && (
                      <Button
                        size="small"
                        variant="outlined"
                        onClick={() => {
                          closing.setFailure(null);
                          void closing.submit({ id: round.id, expectedVersion: round.version });
                        }}
                      >
                        {t('forecasts.admin.close', { name: round.name })}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <MutationFailureAlert failure={closing.failure} onKeepMine={() => closing.setFailure(null)} />
      {closing.errorText('id') && <Typography color="error">{closing.errorText('id')}</Typography>}
      <Stack
        component="form"
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ alignItems: { sm: 'flex-start' } }}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          opening.setFailure(null);
          void opening.submit({ year, name, asOf });
        }}
      >
        <TextField
          size="small"
          label={t('forecasts.admin.name')}
          placeholder={t('forecasts.admin.namePlaceholder', { year })}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={Boolean(opening.errorText('name') ?? opening.errorText('year'))}
          helperText={opening.errorText('name') ?? opening.errorText('year')}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <DateField
          size="small"
          label={t('forecasts.asOf')}
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
          error={Boolean(opening.errorText('asOf'))}
          helperText={opening.errorText('asOf')}
        />
        <Button type="submit" variant="contained">
          {t('forecasts.admin.open')}
        </Button>
      </Stack>
      <MutationFailureAlert failure={opening.failure} onKeepMine={() => opening.setFailure(null)} />
    </Stack>
  );
}
