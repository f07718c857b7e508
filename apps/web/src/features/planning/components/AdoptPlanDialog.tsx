import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { adoptPlanInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../apollo/api-errors';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { AdoptPlanDialog_AdoptMutationVariables } from '../../../generated/graphql';
import { DateField } from '../../../components/DateField';

export const AdoptPlanDialog_Adopt = graphql(`
  mutation AdoptPlanDialog_Adopt($input: AdoptPlanInput!) {
    adoptPlan(input: $input) {
      id
      ...PlanHistory_plan
      ...PlanStatusCard_plan
    }
  }
`);

export interface AdoptPlanDialogProps {
  orgUnitId: string;
  year: number;
  /** The plan's version as loaded; null when the unit has no plan of the year yet. */
  expectedVersion: number | null;
  onClose: () => void;
  onSaved: () => void;
}

/** The committee's decision adopting the plan: its date and case number. */
export function AdoptPlanDialog({ orgUnitId, year, expectedVersion, onClose, onSaved }: AdoptPlanDialogProps) {
  const { t } = useTranslation();
  const [decisionDate, setDecisionDate] = useState('');
  const [caseNumber, setCaseNumber] = useState('');
  const [version, setVersion] = useState(expectedVersion);
  const [adopt, { loading }] = useMutation(AdoptPlanDialog_Adopt);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    adoptPlanInputSchema,
    (input: AdoptPlanDialog_AdoptMutationVariables['input']) =>
      adopt({ variables: { input }, refetchQueries: ['PlanPage_Query'], awaitRefetchQueries: true }),
    onSaved,
  );
  // A refusal of the plan as a whole (already adopted, the year closed) is not beside a field.
  const wholePlan = fieldMessage(failure, 'input') ?? fieldMessage(failure, 'year');

  return (
    <FormDialog
      // The page says what was done, in its own words, where it shows.
      savedNotice={false}
      titleId="adopt-plan-title"
      title={t('planning.adoptTitle', { year })}
      submitLabel={t('planning.adopt')}
      saving={loading}
      onClose={onClose}
      onSubmit={() => void submit({ orgUnitId, year, decisionDate, caseNumber, expectedVersion: version })}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography>{t('planning.adoptHint')}</Typography>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            // Someone adopted or changed the plan meanwhile: go on from the version now saved.
            setVersion((failure?.current as { version: number } | null)?.version ?? null);
            setFailure(null);
          }}
        />
        {wholePlan && (
          <Alert severity="error">{t(`validation.${wholePlan}`, { defaultValue: t('validation.invalid') })}</Alert>
        )}
        <DateField
          label={t('planning.decisionDate')}
          value={decisionDate}
          onChange={(event) => setDecisionDate(event.target.value)}
          error={Boolean(errorText('decisionDate'))}
          helperText={errorText('decisionDate')}
          required
          autoFocus
        />
        <TextField
          label={t('planning.caseNumber')}
          value={caseNumber}
          onChange={(event) => setCaseNumber(event.target.value)}
          error={Boolean(errorText('caseNumber'))}
          helperText={errorText('caseNumber') ?? t('planning.caseNumberHint')}
          required
        />
      </Stack>
    </FormDialog>
  );
}
