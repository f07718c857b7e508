import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { controlResultInputSchema, formatYearMonth } from '@lagesbild/types';
import type { ControlOutcome } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { CorrectionReasonField, useCorrectionReason } from '../../../components/CorrectionReasonField';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { formatPeriodLabel } from '../../../i18n/format';
import { useValidatedSave } from '../../../apollo/useValidatedSave';

const ControlResultDialog_Record = graphql(`
  mutation ControlResultDialog_Record($input: ControlResultInput!) {
    recordControlResult(input: $input) {
      id
      month
      performed
      outcome
      description
      followUpAction
      isDemoValue
      version
    }
  }
`);

/** What the form offers: the three ways a month can go. */
type Choice = 'OK' | 'DEVIATION' | 'NOT_PERFORMED';

interface CurrentResult {
  performed: boolean;
  outcome?: ControlOutcome | null;
  description?: string | null;
  followUpAction?: string | null;
  version: number;
}

export interface ControlResultDialogProps {
  control: { id: string; title: string };
  year: number;
  month: number;
  current: CurrentResult | null;
  onClose: () => void;
}

/** Records a control's month: performed and OK, performed with a deviation (what and the follow-up), or not performed. */
export function ControlResultDialog({ control, year, month, current, onClose }: ControlResultDialogProps) {
  const { t, i18n } = useTranslation();
  const [choice, setChoice] = useState<Choice>(
    current ? (current.performed ? (current.outcome ?? 'OK') : 'NOT_PERFORMED') : 'OK',
  );
  const [description, setDescription] = useState(current?.description ?? '');
  const [followUpAction, setFollowUpAction] = useState(current?.followUpAction ?? '');
  const [version, setVersion] = useState<number | null>(current?.version ?? null);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const correction = useCorrectionReason(errorText('correctionReason'));
  const [record, { loading }] = useMutation(ControlResultDialog_Record);

  async function submit() {
    const performed = choice !== 'NOT_PERFORMED';
    const input = {
      controlId: control.id,
      year,
      month,
      performed,
      outcome: performed ? choice : null,
      description,
      followUpAction: choice === 'DEVIATION' ? followUpAction : null,
      expectedVersion: version,
      ...correction.sent,
    };
    const saved = await validateAndSave(controlResultInputSchema, input, () =>
      record({ variables: { input }, refetchQueries: ['ControlFollowUp_Query'], awaitRefetchQueries: true }),
    );
    if (saved) onClose();
  }

  const theirs = failure?.code === 'CONFLICT' ? (failure.current as CurrentResult | null) : null;
  return (
    <FormDialog
      titleId="control-result-title"
      title={t('controls.recordTitle', {
        control: control.title,
        period: formatPeriodLabel(formatYearMonth({ year, month }), i18n.language),
      })}
      saving={loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            setVersion(theirs?.version ?? null);
            setFailure(null);
          }}
        />
        {correction.asked && (
          <CorrectionReasonField explanation={t('controls.correctionExplanation')} {...correction.field} />
        )}
        <TextField
          select
          label={t('controls.result')}
          value={choice}
          onChange={(event) => setChoice(event.target.value as Choice)}
          error={Boolean(errorText('outcome'))}
          helperText={errorText('outcome')}
        >
          {(['OK', 'DEVIATION', 'NOT_PERFORMED'] as const).map((option) => (
            <MenuItem key={option} value={option}>
              {t(`controls.outcome.${option}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={choice === 'NOT_PERFORMED' ? t('controls.whyNotPerformed') : t('controls.description')}
          required={choice === 'DEVIATION'}
          multiline
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={Boolean(errorText('description'))}
          helperText={errorText('description')}
        />
        {choice === 'DEVIATION' && (
          <TextField
            label={t('controls.followUpAction')}
            required
            multiline
            minRows={2}
            value={followUpAction}
            onChange={(event) => setFollowUpAction(event.target.value)}
            error={Boolean(errorText('followUpAction'))}
            helperText={errorText('followUpAction')}
          />
        )}
      </Stack>
    </FormDialog>
  );
}
