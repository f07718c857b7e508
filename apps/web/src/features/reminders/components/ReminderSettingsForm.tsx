import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import type { ReminderFrequency } from '../../../generated/graphql';

export const ReminderSettingsForm_Query = graphql(`
  query ReminderSettingsForm_Query {
    myReminderSettings {
      frequency
      version
    }
  }
`);

export const ReminderSettingsForm_Save = graphql(`
  mutation ReminderSettingsForm_Save($input: SetReminderFrequencyInput!) {
    setReminderFrequency(input: $input) {
      frequency
      version
    }
  }
`);

const FREQUENCIES: ReminderFrequency[] = ['DAILY', 'WEEKLY', 'NONE'];

/** The signed-in person's choice of reminder mails: daily, weekly or none. */
export function ReminderSettingsForm() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ReminderSettingsForm_Query);
  const [save, saving] = useMutation(ReminderSettingsForm_Save, {
    refetchQueries: [ReminderSettingsForm_Query],
    awaitRefetchQueries: true,
  });
  const [chosen, setChosen] = useState<ReminderFrequency | null>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);

  if (loading && !data) return <Loading />;
  if (error || !data) return <LoadError onRetry={() => void refetch()} />;
  const settings = data.myReminderSettings;
  const frequency = chosen ?? settings.frequency;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await save({ variables: { input: { frequency, expectedVersion: settings.version } } });
      setFailure(null);
      setChosen(null);
      setSaved(true);
    } catch (caught) {
      const next = apiFailureOf(caught);
      setFailure(next);
      if (next.code === 'CONFLICT') {
        setChosen(null);
        await refetch();
      }
    }
  }

  return (
    <Stack component="form" spacing={2} onSubmit={(event) => void submit(event)} noValidate sx={{ maxWidth: 640 }}>
      <Typography variant="h5" component="h2">
        {t('reminders.settings.heading')}
      </Typography>
      <FormControl>
        <FormLabel id="reminder-frequency-label">{t('reminders.settings.legend')}</FormLabel>
        <RadioGroup
          aria-labelledby="reminder-frequency-label"
          name="reminder-frequency"
          value={frequency}
          onChange={(event) => {
            setSaved(false);
            setChosen(event.target.value as ReminderFrequency);
          }}
        >
          {FREQUENCIES.map((choice) => (
            <Box key={choice} sx={{ mt: 1 }}>
              <FormControlLabel
                value={choice}
                control={<Radio slotProps={{ input: { 'aria-describedby': `reminder-frequency-${choice}-hint` } }} />}
                label={t(`reminders.settings.${choice}`)}
              />
              <Typography
                id={`reminder-frequency-${choice}-hint`}
                variant="body2"
                color="text.secondary"
                sx={{ pl: 4, mt: -0.5 }}
              >
                {t(`reminders.settings.${choice}_hint`)}
              </Typography>
            </Box>
          ))}
        </RadioGroup>
      </FormControl>
      {saved && (
        <Alert severity="success" role="status">
          {t('reminders.settings.saved')}
        </Alert>
      )}
      {failure && (
        <Alert severity="error">
          {failure.code === 'CONFLICT'
            ? t('reminders.settings.conflict')
            : t(`apiError.${failure.code}`, { defaultValue: t('state.error') })}
        </Alert>
      )}
      <div>
        <Button type="submit" variant="contained" disabled={saving.loading}>
          {t('reminders.settings.save')}
        </Button>
      </div>
    </Stack>
  );
}
