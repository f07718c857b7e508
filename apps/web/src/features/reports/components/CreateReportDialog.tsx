import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createReportInputSchema, REPORT_TYPE_MONTH, REPORT_TYPES } from '@lagesbild/types';
import type { ReportType, YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { ROUTES } from '../../../app/routes';
import { graphql } from '../../../generated';
import { NUMBER_LOCALE } from '../../../i18n/format';

const CreateReportDialog_Create = graphql(`
  mutation CreateReportDialog_Create($input: CreateReportInput!) {
    createReport(input: $input) {
      id
    }
  }
`);

export interface CreateReportDialogProps {
  orgUnit: { id: string; name: string };
  initialPeriod: YearMonth;
  onClose: () => void;
}

/** Type and period of a new report; the month follows the type where the type fixes it. */
export function CreateReportDialog({ orgUnit, initialPeriod, onClose }: CreateReportDialogProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [type, setType] = useState<ReportType>('MONTHLY');
  const [year, setYear] = useState(initialPeriod.year);
  const [month, setMonth] = useState(initialPeriod.month);
  const [create, { loading }] = useMutation(CreateReportDialog_Create, {
    refetchQueries: ['ReportsPage_Query'],
  });
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const monthNames = Array.from({ length: 12 }, (_, index) =>
    new Intl.DateTimeFormat(NUMBER_LOCALE[i18n.language] ?? 'sv-SE', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2023, index, 1)),
    ),
  );

  const chooseType = (next: ReportType) => {
    setType(next);
    const fixed = REPORT_TYPE_MONTH[next];
    if (fixed !== null) setMonth(fixed);
  };

  async function submit() {
    const input = { orgUnitId: orgUnit.id, type, period: { year, month } };
    let createdId: string | undefined;
    const saved = await validateAndSave(createReportInputSchema, input, async () => {
      const result = await create({ variables: { input } });
      createdId = result.data?.createReport.id;
    });
    if (saved && createdId) void navigate(`${ROUTES.reports}/${createdId}`);
  }

  return (
    <FormDialog
      titleId="create-report-title"
      title={t('reports.createTitle', { unit: orgUnit.name })}
      saving={loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert failure={failure} onKeepMine={() => setFailure(null)} />
        <TextField
          select
          label={t('reports.type')}
          value={type}
          onChange={(event) => chooseType(event.target.value as ReportType)}
          error={Boolean(errorText('type'))}
          helperText={errorText('type')}
        >
          {REPORT_TYPES.map((option) => (
            <MenuItem key={option} value={option}>
              {t(`reports.type_${option}`)}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction="row" spacing={2}>
          <TextField
            select
            label={t('reports.month')}
            value={month}
            onChange={(event) => setMonth(Number(event.target.value))}
            disabled={REPORT_TYPE_MONTH[type] !== null}
            error={Boolean(errorText('period.month'))}
            helperText={errorText('period.month')}
            sx={{ flex: 2 }}
          >
            {monthNames.map((name, index) => (
              <MenuItem key={name} value={index + 1}>
                {name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('reports.year')}
            type="number"
            value={year}
            onChange={(event) => setYear(Number(event.target.value))}
            error={Boolean(errorText('period.year'))}
            helperText={errorText('period.year')}
            sx={{ flex: 1 }}
          />
        </Stack>
      </Stack>
    </FormDialog>
  );
}
