import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { setIndicatorValueStatusInputSchema } from '@lagesbild/types';
import type { ValueStatus } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import { formatPeriodLabel } from '../../../i18n/format';

export const ValueStatusDialog_Query = graphql(`
  query ValueStatusDialog_Query($id: ID!, $period: String!) {
    indicator(id: $id) {
      id
      value(period: $period) {
        id
        version
        status
        ruleStatus
        statusOverride
        statusOverrideReason
        period
      }
    }
  }
`);

export const ValueStatusDialog_Save = graphql(`
  mutation ValueStatusDialog_Save($input: SetIndicatorValueStatusInput!) {
    setIndicatorValueStatus(input: $input) {
      id
      version
      status
      ruleStatus
      statusOverride
      statusOverrideReason
      period
    }
  }
`);

/** The choices: the rule's status, or one set by hand. */
const CHOICES = ['RULE', 'GREEN', 'YELLOW', 'RED'] as const;
type Choice = (typeof CHOICES)[number];

interface SavedStatus {
  version: number;
  statusOverride?: ValueStatus | null;
  statusOverrideReason?: string | null;
}

interface Draft {
  choice: Choice;
  reason: string;
}

const draftOf = (saved: SavedStatus): Draft => ({
  choice: CHOICES.find((choice) => choice === saved.statusOverride) ?? 'RULE',
  reason: saved.statusOverrideReason ?? '',
});

export interface ValueStatusDialogProps {
  indicatorId: string;
  /** `2023-05`, `2023-T2` or `2023`: a period with a saved value. */
  period: string;
  onClose: () => void;
  /** After the save, once the indicator page has been read again: whether the status is now set by hand. */
  onSaved: (setByHand: boolean) => void;
}

/**
 * Sets a saved value's status by hand, with a reason shown wherever the status is, or gives it
 * back to the status rule. A closed period asks for a correction reason once the API says so,
 * and someone else's newer save is never overwritten unasked.
 */
export function ValueStatusDialog({ indicatorId, period, onClose, onSaved }: ValueStatusDialogProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ValueStatusDialog_Query, {
    variables: { id: indicatorId, period },
    fetchPolicy: 'network-only',
  });
  const value = data?.indicator?.value;
  // What the user changed, over the value as loaded; the version a save is checked against.
  const [draft, setDraft] = useState<Draft | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  // A closed period makes the change a correction: asked for once the API says so, then sent with every save.
  const [asksForCorrection, setAsksForCorrection] = useState(false);
  const [correctionReason, setCorrectionReason] = useState('');
  const [save, saving] = useMutation(ValueStatusDialog_Save);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useValueStatusErrorText(failure);
  if (fieldMessage(failure, 'correctionReason') === 'periodClosed' && !asksForCorrection) setAsksForCorrection(true);
  // A refusal of what the form does not show as a field (the period, the version) stands above it.
  const formError = errorText('period') ?? errorText('expectedVersion') ?? errorText('indicatorId');
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as SavedStatus | null) : null;
  const shown = draft ?? (value ? draftOf(value) : { choice: 'RULE', reason: '' });
  const periodLabel = formatPeriodLabel(period, i18n.language);

  async function submit() {
    if (!value) return;
    const status = shown.choice === 'RULE' ? null : shown.choice;
    const correction = correctionReason.trim();
    const input = {
      indicatorId,
      period,
      expectedVersion: version ?? value.version,
      status,
      reason: status ? shown.reason.trim() || null : null,
      ...(asksForCorrection ? { correctionReason: correction || null } : {}),
    };
    const saved = await validateAndSave(
      setIndicatorValueStatusInputSchema,
      input,
      () =>
        save({
          variables: { input },
          // The table and chart show the status; the overview counts values by it.
          refetchQueries: ['IndicatorPage_Query'],
          awaitRefetchQueries: true,
          update: (cache) => {
            cache.evict({ id: 'ROOT_QUERY', fieldName: 'overview' });
            cache.gc();
          },
        }),
      asksForCorrection && !correction ? [{ field: 'correctionReason', message: 'periodClosed' }] : [],
    );
    if (saved) onSaved(status !== null);
  }

  return (
    <FormDialog
      titleId="value-status-dialog-title"
      title={t('indicator.valueStatus.editFor', { period: periodLabel })}
      saving={saving.loading}
      saveDisabled={!value}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && !value && <Alert severity="info">{t('indicator.valueStatus.noValue')}</Alert>}
      {value && (
        <Stack spacing={2} sx={{ pt: 1 }}>
          <MutationFailureAlert
            failure={failure}
            onKeepMine={() => {
              if (theirs) setVersion(theirs.version);
              setFailure(null);
            }}
            conflictDetail={
              theirs && (
                <>
                  {theirs.statusOverride
                    ? t('indicator.valueStatus.conflictManual', {
                        status: t(`indicator.valueStatus.option.${draftOf(theirs).choice}`),
                        reason: theirs.statusOverrideReason ?? '',
                      })
                    : t('indicator.valueStatus.conflictRule')}{' '}
                  <Button
                    size="small"
                    color="inherit"
                    variant="outlined"
                    onClick={() => {
                      setDraft(draftOf(theirs));
                      setVersion(theirs.version);
                      setFailure(null);
                    }}
                  >
                    {t('indicator.valueStatus.takeTheirs')}
                  </Button>
                </>
              )
            }
          />
          {formError && <Alert severity="error">{formError}</Alert>}
          <Typography>{t('indicator.valueStatus.byRule', { status: t(`status.${value.ruleStatus}`) })}</Typography>
          <FormControl error={Boolean(errorText('status'))}>
            <FormLabel id="value-status-choice">{t('indicator.valueStatus.status')}</FormLabel>
            <RadioGroup
              aria-labelledby="value-status-choice"
              value={shown.choice}
              onChange={(event) => setDraft({ ...shown, choice: event.target.value as Choice })}
            >
              {CHOICES.map((choice) => (
                <FormControlLabel
                  key={choice}
                  value={choice}
                  control={<Radio />}
                  label={t(`indicator.valueStatus.option.${choice}`)}
                />
              ))}
            </RadioGroup>
            {errorText('status') && <FormHelperText>{errorText('status')}</FormHelperText>}
          </FormControl>
          <TextField
            label={t('indicator.valueStatus.reason')}
            value={shown.reason}
            onChange={(event) => setDraft({ ...shown, reason: event.target.value })}
            required={shown.choice !== 'RULE'}
            disabled={shown.choice === 'RULE'}
            error={Boolean(errorText('reason'))}
            helperText={
              errorText('reason') ??
              t(shown.choice === 'RULE' ? 'indicator.valueStatus.reasonNotNeeded' : 'indicator.valueStatus.reasonHelp')
            }
            multiline
            minRows={3}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
          />
          {asksForCorrection && (
            <>
              <Alert severity="warning">{t('dataEntry.correction.explanation')}</Alert>
              <TextField
                label={t('dataEntry.correction.reason')}
                value={correctionReason}
                onChange={(event) => setCorrectionReason(event.target.value)}
                required
                error={Boolean(errorText('correctionReason'))}
                helperText={errorText('correctionReason') ?? t('dataEntry.correction.help')}
                multiline
                minRows={2}
                slotProps={{ htmlInput: { maxLength: 1000 } }}
              />
            </>
          )}
        </Stack>
      )}
    </FormDialog>
  );
}

/** The translated reasons for one field: this dialog's own wording first, then the shared one. */
function useValueStatusErrorText(failure: ApiFailure | null): (field: string) => string | undefined {
  const { t } = useTranslation();
  return (field) => {
    const key = fieldMessage(failure, field);
    return key
      ? t(`indicator.valueStatus.validation.${key}`, {
          defaultValue: t(`validation.${key}`, { defaultValue: t('validation.invalid') }),
        })
      : undefined;
  };
}
