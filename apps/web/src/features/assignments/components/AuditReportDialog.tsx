import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createAuditReportInputSchema, updateAuditReportInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { AuditReportRow } from './AuditReportList';
import { DateField } from '../../../components/DateField';

const AuditReportDialog_Create = graphql(`
  mutation AuditReportDialog_Create($input: CreateAuditReportInput!) {
    createAuditReport(input: $input) {
      id
    }
  }
`);

const AuditReportDialog_Update = graphql(`
  mutation AuditReportDialog_Update($input: UpdateAuditReportInput!) {
    updateAuditReport(input: $input) {
      id
      title
      auditor
      reportDate
      caseNumber
      year
      version
    }
  }
`);

export interface AuditReportDialogProps {
  /** The report to edit, or null for a new one. */
  report: AuditReportRow | null;
  /** The unit a new report is to. */
  orgUnitId: string;
  year: number;
  onClose: () => void;
}

/** Registers or edits an audit report: its title, auditor, date, case number and plan year. */
export function AuditReportDialog({ report, orgUnitId, year, onClose }: AuditReportDialogProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    title: report?.title ?? '',
    auditor: report?.auditor ?? t('assignments.audit.auditorDefault'),
    reportDate: report?.reportDate ?? '',
    caseNumber: report?.caseNumber ?? '',
    year: String(report?.year ?? year),
  });
  const [version, setVersion] = useState(report?.version ?? 1);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const [create, creating] = useMutation(AuditReportDialog_Create);
  const [update, updating] = useMutation(AuditReportDialog_Update);
  const refetch = { refetchQueries: ['AssignmentsPage_Query'], awaitRefetchQueries: true };

  async function submit() {
    const common = { ...fields, year: Number(fields.year), caseNumber: fields.caseNumber || null };
    const saved = report
      ? await (async () => {
          const input = { id: report.id, expectedVersion: version, ...common };
          return validateAndSave(updateAuditReportInputSchema, input, () =>
            update({ variables: { input }, ...refetch }),
          );
        })()
      : await (async () => {
          const input = { orgUnitId, ...common };
          return validateAndSave(createAuditReportInputSchema, input, () =>
            create({ variables: { input }, ...refetch }),
          );
        })();
    if (saved) onClose();
  }

  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number } | null) : null;

  return (
    <FormDialog
      titleId="audit-report-dialog-title"
      title={report ? t('assignments.audit.edit') : t('assignments.audit.create')}
      saving={creating.loading || updating.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            setVersion(theirs?.version ?? version);
            setFailure(null);
          }}
        />
        <TextField label={t('assignments.audit.reportTitle')} required {...field('title')} />
        <TextField label={t('assignments.audit.auditor')} required {...field('auditor')} />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <DateField label={t('assignments.audit.reportDate')} required fullWidth {...field('reportDate')} />
          <TextField label={t('assignments.year')} type="number" required fullWidth {...field('year')} />
        </Stack>
        <TextField
          label={t('assignments.caseNumber')}
          {...field('caseNumber')}
          helperText={errorText('caseNumber') ?? t('assignments.caseNumberHint')}
        />
      </Stack>
    </FormDialog>
  );
}
