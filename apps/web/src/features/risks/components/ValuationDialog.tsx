import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import { checkValuationAgainstScale, isoToday, riskValuationInputSchema, toRiskScaleMax } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { CorrectionReasonField, useCorrectionReason } from '../../../components/CorrectionReasonField';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { toValuationInput, ValuationFields } from './ValuationFields';
import type { ValuationValues } from './ValuationFields';

export const ValuationDialog_Add = graphql(`
  mutation ValuationDialog_Add($input: RiskValuationInput!) {
    addRiskValuation(input: $input) {
      id
    }
  }
`);

export interface ValuationDialogProps {
  risk: { id: string; title: string; valuation?: { probability: number; consequence: number } | null };
  scaleMax: number;
  onClose: () => void;
}

/** A re-valuation, appended to the risk's history; the earlier valuations stay. */
export function ValuationDialog({ risk, scaleMax, onClose }: ValuationDialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ValuationValues>({
    valuedOn: isoToday(),
    probability: String(risk.valuation?.probability ?? ''),
    consequence: String(risk.valuation?.consequence ?? ''),
    reasoning: '',
  });
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const correction = useCorrectionReason(errorText('correctionReason'));
  const [add, { loading }] = useMutation(ValuationDialog_Add);

  async function submit() {
    const input = { riskId: risk.id, ...toValuationInput(values), ...correction.sent };
    const offScale = checkValuationAgainstScale(input, toRiskScaleMax(scaleMax));
    const saved = await validateAndSave(
      riskValuationInputSchema,
      input,
      () => add({ variables: { input }, refetchQueries: ['RiskRegister_Query'], awaitRefetchQueries: true }),
      offScale,
    );
    if (saved) onClose();
  }

  return (
    <FormDialog
      titleId="valuation-dialog-title"
      title={t('risks.revalueTitle', { title: risk.title })}
      saving={loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert failure={failure} onKeepMine={() => setFailure(null)} />
        {correction.asked && (
          <CorrectionReasonField explanation={t('risks.valuationCorrectionExplanation')} {...correction.field} />
        )}
        <ValuationFields values={values} onChange={setValues} scaleMax={scaleMax} errorText={errorText} />
      </Stack>
    </FormDialog>
  );
}
