import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { signInSchema } from '@lagesbild/types';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { requestSignIn } from '../sign-in-request';
import type { SignInResult } from '../sign-in-request';

export interface SignInFormProps {
  email: string;
  password: string;
  onChange: (fields: { email: string; password: string }) => void;
  onSignedIn: () => void;
}

/** Email and password, checked here as the API checks them, with errors next to the fields. */
export function SignInForm({ email, password, onChange, onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState<SignInResult | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldErrors = result?.kind === 'invalidInput' ? result.fieldErrors : [];
  const errorOf = (field: string) => {
    const message = fieldErrors.find((error) => error.field === field)?.message;
    return message ? t(`validation.${message}`, { defaultValue: t('validation.invalid') }) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = signInSchema.safeParse({ email, password });
    if (!parsed.success) {
      setResult({
        kind: 'invalidInput',
        fieldErrors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      });
      return;
    }
    setSubmitting(true);
    const outcome = await requestSignIn(parsed.data);
    setSubmitting(false);
    setResult(outcome);
    if (outcome.kind === 'signedIn') onSignedIn();
  }

  return (
    <Stack component="form" spacing={2} onSubmit={(event) => void submit(event)} noValidate>
      {result?.kind === 'invalidCredentials' && <Alert severity="error">{t('signIn.invalidCredentials')}</Alert>}
      {result?.kind === 'tooManyAttempts' && (
        <Alert severity="warning">{t('signIn.tooManyAttempts', { seconds: result.retryAfterSeconds })}</Alert>
      )}
      {result?.kind === 'failed' && <Alert severity="error">{t('state.error')}</Alert>}
      <TextField
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={(event) => onChange({ email: event.target.value, password })}
        error={Boolean(errorOf('email'))}
        helperText={errorOf('email')}
        required
        autoFocus
      />
      <TextField
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => onChange({ email, password: event.target.value })}
        error={Boolean(errorOf('password'))}
        helperText={errorOf('password')}
        required
      />
      <Button type="submit" variant="contained" size="large" disabled={submitting}>
        {t('signIn.submit')}
      </Button>
    </Stack>
  );
}
