import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  checkValuationAgainstScale,
  createRiskInputSchema,
  isoToday,
  toRiskScaleMax,
  updateRiskInputSchema,
} from '@lagesbild/types';
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

export const RiskDialog_Create = graphql(`
  mutation RiskDialog_Create($input: CreateRiskInput!) {
    createRisk(input: $input) {
      id
    }
  }
`);

export const RiskDialog_Update = graphql(`
  mutation RiskDialog_Update($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      id
      title
      description
      owner
      category {
        id
        name
      }
      version
    }
  }
`);

interface EditedRisk {
  id: string;
  title: string;
  description?: string | null;
  owner?: string | null;
  category: { id: string };
  version: number;
}

export interface RiskDialogCategory {
  id: string;
  name: string;
  /** Not offered for new risks; a risk already in it keeps it. */
  retired: boolean;
}

export interface RiskDialogProps {
  /** The risk to edit, or null for a new risk of `orgUnit`. */
  risk: EditedRisk | null;
  orgUnit: { id: string; name: string };
  /** Every category, the retired ones included: only those in use are offered, and the risk's own. */
  categories: readonly RiskDialogCategory[];
  scaleMax: number;
  onClose: () => void;
}

/** A new risk with its first valuation, or a risk's text, category and owner. */
export function RiskDialog({ risk, orgUnit, categories, scaleMax, onClose }: RiskDialogProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    title: risk?.title ?? '',
    description: risk?.description ?? '',
    owner: risk?.owner ?? '',
    categoryId: risk?.category.id ?? '',
  });
  const [valuation, setValuation] = useState<ValuationValues>({
    valuedOn: isoToday(),
    probability: '',
    consequence: '',
    reasoning: '',
  });
  const [version, setVersion] = useState(risk?.version ?? 1);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const correction = useCorrectionReason(errorText('correctionReason'));
  const [create, creating] = useMutation(RiskDialog_Create);
  const [update, updating] = useMutation(RiskDialog_Update);
  const refetch = { refetchQueries: ['RiskRegister_Query'], awaitRefetchQueries: true };

  async function submit() {
    const saved = risk
      ? await (async () => {
          const input = { id: risk.id, expectedVersion: version, ...fields };
          return validateAndSave(updateRiskInputSchema, input, () => update({ variables: { input }, ...refetch }));
        })()
      : await (async () => {
          const input = {
            orgUnitId: orgUnit.id,
            ...fields,
            valuation: toValuationInput(valuation),
            ...correction.sent,
          };
          const offScale = checkValuationAgainstScale(input.valuation, toRiskScaleMax(scaleMax)).map((error) => ({
            ...error,
            field: `valuation.${error.field}`,
          }));
          return validateAndSave(
            createRiskInputSchema,
            input,
            () => create({ variables: { input }, ...refetch }),
            offScale,
          );
        })();
    if (saved) onClose();
  }

  const text = (name: 'title' | 'description' | 'owner') => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });
  const offered = categories.filter((category) => !category.retired || category.id === risk?.category.id);
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number; title: string } | null) : null;

  return (
    <FormDialog
      titleId="risk-dialog-title"
      title={risk ? t('risks.editRisk') : t('risks.newRiskOf', { unit: orgUnit.name })}
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
          conflictDetail={theirs && t('risks.conflictTheirs', { title: theirs.title })}
        />
        <TextField label={t('risks.riskTitle')} required {...text('title')} />
        <TextField
          select
          required
          label={t('risks.category')}
          value={fields.categoryId}
          onChange={(event) => setFields({ ...fields, categoryId: event.target.value })}
          error={Boolean(errorText('categoryId'))}
          helperText={errorText('categoryId')}
        >
          {offered.map((category) => (
            <MenuItem key={category.id} value={category.id}>
              {category.retired ? t('risks.retiredCategory', { name: category.name }) : category.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={t('risks.owner')} {...text('owner')} />
        <TextField label={t('risks.description')} multiline minRows={3} {...text('description')} />
        {correction.asked && (
          <CorrectionReasonField explanation={t('risks.valuationCorrectionExplanation')} {...correction.field} />
        )}
        {!risk && (
          <ValuationFields
            values={valuation}
            onChange={setValuation}
            scaleMax={scaleMax}
            errorText={(field) => errorText(`valuation.${field}`)}
          />
        )}
      </Stack>
    </FormDialog>
  );
}
