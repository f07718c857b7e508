import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { setRiskScaleInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { RISK_SETTINGS_QUERIES } from '../risk-category-row';
import { useFieldErrorText } from '../../../apollo/api-errors';

export const RiskScaleForm_Save = graphql(`
  mutation RiskScaleForm_Save($input: SetRiskScaleInput!) {
    setRiskScale(input: $input) {
      max
      largestValued
    }
  }
`);

const SCALES = [4, 5] as const;

export interface RiskScaleFormProps {
  /** The municipality's scale as loaded: its maximum and the largest value any valuation holds. */
  scale: { max: number; largestValued: number };
}

/** The municipality's risk scale, 1–4 or 1–5, chosen and saved; never below what valuations already hold. */
export function RiskScaleForm({ scale }: RiskScaleFormProps) {
  const { t } = useTranslation();
  // What the administrator chose, and the maximum they save over (the loaded one, or after a
  // conflict the one now saved): the loaded scale's until they choose.
  const [choice, setChoice] = useState<number | null>(null);
  const [keptOver, setKeptOver] = useState<number | null>(null);
  const chosen = choice ?? scale.max;
  const expectedMax = keptOver ?? scale.max;
  const [saved, setSaved] = useState<number | null>(null);
  const [save, saving] = useMutation(RiskScaleForm_Save);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  // Refused for being below a valuation: with 4 and 5 the only scales, a valuation holds a 5.
  const errorText = useFieldErrorText(failure, {
    ownMessages: 'riskSettings.validation',
    values: { largest: Math.max(scale.largestValued, chosen + 1) },
  });
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { max: number } | null) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const input = { max: chosen, expectedMax };
    // The API's rule, checked here first: the scale cannot go below a value already given.
    const belowValuations = chosen < scale.largestValued ? [{ field: 'max', message: 'valuationsAboveScale' }] : [];
    const done = await validateAndSave(
      setRiskScaleInputSchema,
      input,
      () =>
        save({
          variables: { input },
          refetchQueries: RISK_SETTINGS_QUERIES,
          awaitRefetchQueries: true,
          // The register asks for its unit's scale again when it is next shown.
          update: (cache) => {
            cache.evict({ id: 'ROOT_QUERY', fieldName: 'riskScaleMax' });
          },
        }),
      belowValuations,
    );
    if (done) {
      setChoice(null);
      setKeptOver(null);
      setSaved(chosen);
    }
  }

  const error = errorText('max');
  return (
    <Stack component="form" spacing={2} onSubmit={(event) => void submit(event)} noValidate sx={{ mt: 1 }}>
      <Typography>{t('riskSettings.scale.current', { max: scale.max })}</Typography>
      <MutationFailureAlert
        failure={failure}
        onKeepMine={() => {
          if (theirs) setKeptOver(theirs.max);
          setFailure(null);
        }}
        conflictDetail={theirs && t('riskSettings.scale.conflict', { max: theirs.max })}
      />
      <FormControl error={Boolean(error)}>
        <FormLabel id="risk-scale-label">{t('riskSettings.scale.label')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="risk-scale-label"
          aria-describedby="risk-scale-helper"
          name="risk-scale"
          value={String(chosen)}
          onChange={(event) => {
            setSaved(null);
            setFailure(null);
            setChoice(Number(event.target.value));
          }}
        >
          {SCALES.map((max) => (
            <FormControlLabel
              key={max}
              value={String(max)}
              control={<Radio />}
              label={t('riskSettings.scale.option', { max })}
            />
          ))}
        </RadioGroup>
        <FormHelperText id="risk-scale-helper">
          {error ??
            (scale.largestValued > 0
              ? t('riskSettings.scale.largestValued', { largest: scale.largestValued })
              : t('riskSettings.scale.noneValued'))}
        </FormHelperText>
      </FormControl>
      {saved !== null && (
        <Alert severity="success" role="status" onClose={() => setSaved(null)}>
          {t('riskSettings.scale.saved', { max: saved })}
        </Alert>
      )}
      <div>
        <Button type="submit" variant="contained" disabled={saving.loading || chosen === expectedMax}>
          {t('riskSettings.scale.save')}
        </Button>
      </div>
    </Stack>
  );
}
