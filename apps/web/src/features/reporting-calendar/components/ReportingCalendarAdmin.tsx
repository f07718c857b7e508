import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  currentYearMonth,
  DEFAULT_WORKING_DAYS_AFTER_PERIOD_END,
  generateReportingCalendarInputSchema,
} from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import type { ReportingCalendarAdmin_GenerateMutationVariables } from '../../../generated/graphql';
import { CALENDAR_QUERIES } from '../period-label';
import { ReportingPeriodsTable } from './ReportingPeriodsTable';

export const ReportingCalendarAdmin_Query = graphql(`
  query ReportingCalendarAdmin_Query($year: Int!) {
    orgUnits {
      id
      kind
    }
    reportingCalendar(year: $year) {
      id
      orgUnitId
      year
      workingDaysAfterPeriodEnd
      version
      periods {
        id
        ...ReportingPeriodsTable_period
      }
    }
  }
`);

export const ReportingCalendarAdmin_Generate = graphql(`
  mutation ReportingCalendarAdmin_Generate($input: GenerateReportingCalendarInput!) {
    generateReportingCalendar(input: $input) {
      id
      workingDaysAfterPeriodEnd
      version
    }
  }
`);

/** The URL's year (`?ar=2027`), this year when there is none or it cannot be read. */
function readYear(search: URLSearchParams, thisYear = currentYearMonth().year): number {
  const year = Number(search.get('ar'));
  return Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : thisYear;
}

/** Years to plan or look back on: five back, two ahead, and the chosen one. */
function yearChoices(chosen: number, thisYear = currentYearMonth().year): number[] {
  const years = new Set([chosen, ...Array.from({ length: 8 }, (_, index) => thisYear - 5 + index)]);
  return [...years].sort((a, b) => a - b);
}

/** Administration → Rapporteringskalender: a year's periods, their deadline rule and deadlines, closed and reopened. */
export function ReportingCalendarAdmin() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const year = readYear(search);
  const { data, loading, error, refetch } = useQuery(ReportingCalendarAdmin_Query, { variables: { year } });
  const calendar = data?.reportingCalendar;
  // The rule as typed; until then the calendar's own (or the default for a new one).
  const [typedRule, setTypedRule] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [generate] = useMutation(ReportingCalendarAdmin_Generate);
  const generating = useCheckedSave(
    generateReportingCalendarInputSchema,
    (input: ReportingCalendarAdmin_GenerateMutationVariables['input']) =>
      generate({ variables: { input }, refetchQueries: CALENDAR_QUERIES, awaitRefetchQueries: true }),
    () => {
      setTypedRule(null);
      setMessage(calendar ? t('reportingCalendar.ruleApplied') : t('reportingCalendar.generated', { year }));
    },
  );

  function chooseYear(next: number) {
    setMessage(null);
    setTypedRule(null);
    generating.setFailure(null);
    setSearch((current) => {
      const params = new URLSearchParams(current);
      params.set('ar', String(next));
      return params;
    });
  }

  const city = data?.orgUnits.find((unit) => unit.kind === 'CITY');
  const rule = typedRule ?? String(calendar?.workingDaysAfterPeriodEnd ?? DEFAULT_WORKING_DAYS_AFTER_PERIOD_END);
  const ruleError = generating.errorText('workingDaysAfterPeriodEnd') ?? generating.errorText('orgUnitId');

  return (
    <Stack spacing={2}>
      <TextField
        select
        size="small"
        label={t('reportingCalendar.year')}
        value={year}
        onChange={(event) => chooseYear(Number(event.target.value))}
        sx={{ maxWidth: 160 }}
      >
        {yearChoices(year).map((choice) => (
          <MenuItem key={choice} value={choice}>
            {choice}
          </MenuItem>
        ))}
      </TextField>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <LoadError onRetry={() => void refetch()} />
      ) : (
        <>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <Stack
              component="form"
              direction={{ xs: 'column', sm: 'row' }}
              spacing={2}
              sx={{ alignItems: { sm: 'flex-start' } }}
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                setMessage(null);
                generating.setFailure(null);
                if (!city) return;
                void generating.submit({
                  orgUnitId: city.id,
                  year,
                  workingDaysAfterPeriodEnd: Number(rule),
                  expectedVersion: calendar?.version ?? null,
                });
              }}
            >
              <TextField
                size="small"
                type="number"
                label={t('reportingCalendar.rule')}
                value={rule}
                onChange={(event) => setTypedRule(event.target.value)}
                error={Boolean(ruleError)}
                helperText={ruleError ?? t('reportingCalendar.ruleHelp')}
                slotProps={{ htmlInput: { min: 1, max: 60 } }}
              />
              <Button type="submit" variant={calendar ? 'outlined' : 'contained'}>
                {calendar ? t('reportingCalendar.applyRule') : t('reportingCalendar.generate', { year })}
              </Button>
            </Stack>
            <MutationFailureAlert failure={generating.failure} onKeepMine={() => generating.setFailure(null)} />
          </Paper>
          <div aria-live="polite">{message && <Alert severity="success">{message}</Alert>}</div>
          {calendar ? (
            <ReportingPeriodsTable year={year} periods={calendar.periods} onChanged={setMessage} />
          ) : (
            <Typography color="text.secondary">{t('reportingCalendar.none', { year })}</Typography>
          )}
        </>
      )}
    </Stack>
  );
}
