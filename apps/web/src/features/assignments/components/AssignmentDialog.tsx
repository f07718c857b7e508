import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { ASSIGNMENT_SOURCES, createAssignmentInputSchema, updateAssignmentInputSchema } from '@lagesbild/types';
import type { AssignmentSource } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { AssignmentRow } from './AssignmentTable';
import { DateField } from '../../../components/DateField';

const AssignmentDialog_Create = graphql(`
  mutation AssignmentDialog_Create($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
    }
  }
`);

const AssignmentDialog_Update = graphql(`
  mutation AssignmentDialog_Update($input: UpdateAssignmentInput!) {
    updateAssignment(input: $input) {
      id
      title
      source
      caseNumber
      deadline
      year
      version
    }
  }
`);

export interface AssignmentDialogProps {
  /** The assignment to edit, or null for a new one. */
  assignment: AssignmentRow | null;
  /** The units the assignment may be given to: the chosen unit and those directly under it. */
  units: readonly { id: string; name: string }[];
  /** The plan year a new assignment is given in. */
  year: number;
  onClose: () => void;
}

/** Registers or edits an assignment: who gave it, its text, case number, deadline, responsible unit and year. */
export function AssignmentDialog({ assignment, units, year, onClose }: AssignmentDialogProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    orgUnitId: assignment?.orgUnit.id ?? units[0]?.id ?? '',
    year: String(assignment?.year ?? year),
    source: assignment?.source ?? 'COUNCIL_BUDGET',
    title: assignment?.title ?? '',
    caseNumber: assignment?.caseNumber ?? '',
    deadline: assignment?.deadline ?? '',
  });
  const [version, setVersion] = useState(assignment?.version ?? 1);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const [create, creating] = useMutation(AssignmentDialog_Create);
  const [update, updating] = useMutation(AssignmentDialog_Update);
  const refetch = { refetchQueries: ['AssignmentsPage_Query'], awaitRefetchQueries: true };

  async function submit() {
    const common = {
      ...fields,
      year: Number(fields.year),
      caseNumber: fields.caseNumber || null,
      deadline: fields.deadline || null,
    };
    const saved = assignment
      ? await (async () => {
          const input = { id: assignment.id, expectedVersion: version, ...common };
          return validateAndSave(updateAssignmentInputSchema, input, () =>
            update({ variables: { input }, ...refetch }),
          );
        })()
      : await validateAndSave(createAssignmentInputSchema, common, () =>
          create({ variables: { input: common }, ...refetch }),
        );
    if (saved) onClose();
  }

  const field = (name: 'title' | 'caseNumber' | 'deadline' | 'year') => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number } | null) : null;

  return (
    <FormDialog
      titleId="assignment-dialog-title"
      title={assignment ? t('assignments.edit') : t('assignments.create')}
      maxWidth="md"
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
        <TextField
          select
          label={t('assignments.source')}
          value={fields.source}
          onChange={(event) => setFields({ ...fields, source: event.target.value as AssignmentSource })}
        >
          {ASSIGNMENT_SOURCES.map((source) => (
            <MenuItem key={source} value={source}>
              {t(`assignmentSource.${source}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('assignments.assignment')} required multiline minRows={3} {...field('title')} />
        <TextField
          label={t('assignments.caseNumber')}
          {...field('caseNumber')}
          helperText={errorText('caseNumber') ?? t('assignments.caseNumberHint')}
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <DateField label={t('assignments.deadline')} fullWidth {...field('deadline')} />
          <TextField
            label={t('assignments.year')}
            type="number"
            required
            fullWidth
            slotProps={{ htmlInput: { min: 1900, max: 2100 } }}
            {...field('year')}
          />
        </Stack>
        <TextField
          select
          label={t('assignments.orgUnit')}
          value={fields.orgUnitId}
          onChange={(event) => setFields({ ...fields, orgUnitId: event.target.value })}
          error={Boolean(errorText('orgUnitId'))}
          helperText={errorText('orgUnitId')}
        >
          {units.map((unit) => (
            <MenuItem key={unit.id} value={unit.id}>
              {unit.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </FormDialog>
  );
}
