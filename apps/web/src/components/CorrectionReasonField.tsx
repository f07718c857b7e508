import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The reason a change to what was reported for a closed period needs. The form asks for it only
 * once the API has refused a save for want of it (periodClosed beside correctionReason): what was
 * typed stays, and the reason goes with every later save.
 */
export function useCorrectionReason(reasonError: string | undefined) {
  const [asked, setAsked] = useState(false);
  const [reason, setReason] = useState('');
  if (reasonError && !asked) setAsked(true);
  const trimmed = reason.trim();
  return {
    asked,
    /** Spread into CorrectionReasonField. */
    field: { value: reason, onChange: setReason, error: reasonError },
    /** Spread into the input: the reason once asked for and given, nothing otherwise. */
    sent: asked && trimmed ? { correctionReason: trimmed } : {},
  };
}

export interface CorrectionReasonFieldProps {
  /** Why the reason is asked for: what is locked and what saving does. */
  explanation: string;
  value: string;
  onChange: (reason: string) => void;
  error: string | undefined;
}

/** The explanation and the reason's field, as a form shows them once the reason is asked for. */
export function CorrectionReasonField({ explanation, value, onChange, error }: CorrectionReasonFieldProps) {
  const { t } = useTranslation();
  return (
    <Stack spacing={1}>
      <Alert severity="warning">{explanation}</Alert>
      <TextField
        label={t('correction.reason')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required
        multiline
        minRows={2}
        error={Boolean(error)}
        helperText={error}
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
    </Stack>
  );
}
