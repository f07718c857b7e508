import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { firstRunInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { requestFirstRun } from '../first-run-request';
import type { FirstRunResult } from '../first-run-request';

export interface FirstRunFormProps {
  signInPath: string;
  onCreated: () => void;
}

type Field = 'setupCode' | 'cityName' | 'name' | 'email' | 'password';

/** The setup code, the city and its first administrator, checked here as the API checks them. */
export function FirstRunForm({ signInPath, onCreated }: FirstRunFormProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Record<Field, string>>({
    setupCode: '',
    cityName: '',
    name: '',
    email: '',
    password: '',
  });
  const [result, setResult] = useState<FirstRunResult | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldErrors = result?.kind === 'invalidInput' ? result.fieldErrors : [];

  const errorOf = (field: Field) => {
    const message = fieldErrors.find((error) => error.field === field)?.message;
    if (!message) return undefined;
    if (message === 'invalidSetupCode') return t('firstRun.invalidSetupCode');
    return t(`validation.${message}`, { defaultValue: t('validation.invalid') });
  };

  /** The field with its error, or its hint when it has none. */
  const fieldProps = (field: Field, hint?: string) => ({
    label: t(`firstRun.${field}`),
    value: fields[field],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [field]: event.target.value }),
    error: Boolean(errorOf(field)),
    helperText: errorOf(field) ?? hint,
    required: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = firstRunInputSchema.safeParse(fields);
    if (!parsed.success) {
      setResult({
        kind: 'invalidInput',
        fieldErrors: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
      });
      return;
    }
    setSubmitting(true);
    const outcome = await requestFirstRun(parsed.data);
    setSubmitting(false);
    setResult(outcome);
    if (outcome.kind === 'created') onCreated();
  }

  if (result?.kind === 'alreadySetUp') {
    return (
      <Alert severity="info">
        {t('firstRun.alreadySetUp')}{' '}
        <Link component={RouterLink} to={signInPath}>
          {t('firstRun.goToSignIn')}
        </Link>
      </Alert>
    );
  }

  return (
    <Stack component="form" spacing={2} onSubmit={(event) => void submit(event)} noValidate>
      {result?.kind === 'tooManyAttempts' && (
        <Alert severity="warning">{t('firstRun.tooManyAttempts', { seconds: result.retryAfterSeconds })}</Alert>
      )}
      {result?.kind === 'failed' && <Alert severity="error">{t('state.error')}</Alert>}
      <TextField
        {...fieldProps('setupCode', t('firstRun.setupCodeHint'))}
        autoComplete="one-time-code"
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'characters' } }}
        autoFocus
      />
      <TextField {...fieldProps('cityName', t('firstRun.cityNameHint'))} autoComplete="organization" />
      <Typography variant="h6" component="h2" sx={{ pt: 1 }}>
        {t('firstRun.administrator')}
      </Typography>
      <TextField {...fieldProps('name')} autoComplete="name" />
      <TextField {...fieldProps('email')} type="email" autoComplete="username" />
      <TextField {...fieldProps('password', t('firstRun.passwordHint'))} type="password" autoComplete="new-password" />
      <Button type="submit" variant="contained" size="large" disabled={submitting}>
        {t('firstRun.submit')}
      </Button>
    </Stack>
  );
}
