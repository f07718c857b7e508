import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { currentYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiFailureOf } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import { PERSPECTIVE_QUERIES } from '../perspective-row';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { PerspectiveDialog } from './PerspectiveDialog';
import { PerspectiveList } from './PerspectiveList';

export const PerspectivesAdmin_Query = graphql(`
  query PerspectivesAdmin_Query($year: Int!) {
    perspectives(year: $year) {
      id
      year
      ...PerspectiveList_perspective
    }
  }
`);

export const PerspectivesAdmin_Copy = graphql(`
  mutation PerspectivesAdmin_Copy($input: CopyPerspectivesInput!) {
    copyPerspectivesFromPreviousYear(input: $input) {
      id
      year
    }
  }
`);

/** The URL's year (`?ar=2027`), this year when there is none or it cannot be read. */
export function readYear(search: URLSearchParams, thisYear = currentYearMonth().year): number {
  const year = Number(search.get('ar'));
  return Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : thisYear;
}

/** Years to plan or look back on: five back, two ahead, and the chosen one. */
function yearChoices(chosen: number, thisYear = currentYearMonth().year): number[] {
  const years = new Set([chosen, ...Array.from({ length: 8 }, (_, index) => thisYear - 5 + index)]);
  return [...years].sort((a, b) => a - b);
}

/** Administration → Perspektiv: a year's perspectives, created, changed, ordered, removed and copied from the year before. */
export function PerspectivesAdmin() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const year = readYear(search);
  const { data, loading, error, refetch } = useQuery(PerspectivesAdmin_Query, { variables: { year } });
  const [copy, copying] = useMutation(PerspectivesAdmin_Copy);
  const [copyFailure, setCopyFailure] = useState<ApiFailure | null>(null);
  const copyError = useFieldErrorText(copyFailure, { ownMessages: 'perspectives.validation' })('year');
  const [creating, setCreating] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  function chooseYear(next: number) {
    setMessage(null);
    setCopyFailure(null);
    setSearch((current) => {
      const params = new URLSearchParams(current);
      params.set('ar', String(next));
      return params;
    });
  }

  async function copyPrevious() {
    try {
      await copy({ variables: { input: { year } }, refetchQueries: PERSPECTIVE_QUERIES, awaitRefetchQueries: true });
      setCopyFailure(null);
      setMessage(t('perspectives.copied', { year }));
    } catch (failure) {
      setCopyFailure(apiFailureOf(failure));
    }
  }

  const perspectives = data?.perspectives ?? [];
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 2 }}>
        <TextField
          select
          label={t('perspectives.year')}
          value={year}
          onChange={(event) => chooseYear(Number(event.target.value))}
          sx={{ minWidth: 120 }}
          size="small"
        >
          {yearChoices(year).map((choice) => (
            <MenuItem key={choice} value={choice}>
              {choice}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="contained" onClick={() => setCreating(true)}>
          {t('perspectives.new')}
        </Button>
        {data && perspectives.length === 0 && (
          <Button variant="outlined" disabled={copying.loading} onClick={() => void copyPrevious()}>
            {t('perspectives.copyFromPrevious')}
          </Button>
        )}
      </Stack>
      {message && (
        <Alert severity="success" role="status" onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      {copyError && <Alert severity="error">{copyError}</Alert>}
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && perspectives.length === 0 && <Alert severity="info">{t('perspectives.empty', { year })}</Alert>}
      {data && perspectives.length > 0 && (
        <Paper variant="outlined">
          <PerspectiveList year={year} perspectives={perspectives} onChanged={setMessage} />
        </Paper>
      )}
      {creating && (
        <PerspectiveDialog
          year={year}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            setMessage(t('perspectives.saved'));
          }}
        />
      )}
    </Stack>
  );
}
