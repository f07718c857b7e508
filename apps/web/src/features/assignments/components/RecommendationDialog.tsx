import { useMutation, useQuery } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createAuditRecommendationInputSchema, updateAuditRecommendationInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { AuditRecommendationRow } from './AuditReportList';
import { DateField } from '../../../components/DateField';

export const RecommendationDialog_Owners = graphql(`
  query RecommendationDialog_Owners($orgUnitCode: String!) {
    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {
      id
      name
    }
  }
`);

const RecommendationDialog_Create = graphql(`
  mutation RecommendationDialog_Create($input: CreateAuditRecommendationInput!) {
    createAuditRecommendation(input: $input) {
      id
    }
  }
`);

const RecommendationDialog_Update = graphql(`
  mutation RecommendationDialog_Update($input: UpdateAuditRecommendationInput!) {
    updateAuditRecommendation(input: $input) {
      id
      recommendation
      action
      ownerName
      ownerUser {
        id
        name
      }
      dueDate
      version
    }
  }
`);

export interface RecommendationDialogProps {
  auditReportId: string;
  /** The report's unit, whose users may own the action. */
  orgUnitCode: string;
  /** The recommendation to edit, or null for a new one. */
  recommendation: AuditRecommendationRow | null;
  onClose: () => void;
}

/** A recommendation of an audit report with the committee's action, its owner (a user or a name) and due date. */
export function RecommendationDialog({
  auditReportId,
  orgUnitCode,
  recommendation,
  onClose,
}: RecommendationDialogProps) {
  const { t } = useTranslation();
  const owners = useQuery(RecommendationDialog_Owners, { variables: { orgUnitCode } });
  const [fields, setFields] = useState({
    recommendation: recommendation?.recommendation ?? '',
    action: recommendation?.action ?? '',
    ownerUserId: recommendation?.ownerUser?.id ?? '',
    ownerName: recommendation?.ownerName ?? '',
    dueDate: recommendation?.dueDate ?? '',
  });
  const [version, setVersion] = useState(recommendation?.version ?? 1);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const [create, creating] = useMutation(RecommendationDialog_Create);
  const [update, updating] = useMutation(RecommendationDialog_Update);
  const refetch = { refetchQueries: ['AssignmentsPage_Query'], awaitRefetchQueries: true };

  async function submit() {
    const common = {
      recommendation: fields.recommendation,
      action: fields.action || null,
      ownerUserId: fields.ownerUserId || null,
      ownerName: fields.ownerName || null,
      dueDate: fields.dueDate || null,
    };
    const saved = recommendation
      ? await (async () => {
          const input = { id: recommendation.id, expectedVersion: version, ...common };
          return validateAndSave(updateAuditRecommendationInputSchema, input, () =>
            update({ variables: { input }, ...refetch }),
          );
        })()
      : await (async () => {
          const input = { auditReportId, ...common };
          return validateAndSave(createAuditRecommendationInputSchema, input, () =>
            create({ variables: { input }, ...refetch }),
          );
        })();
    if (saved) onClose();
  }

  const field = (name: 'recommendation' | 'action' | 'ownerName' | 'dueDate') => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number } | null) : null;

  return (
    <FormDialog
      titleId="recommendation-dialog-title"
      title={recommendation ? t('assignments.audit.editRecommendation') : t('assignments.audit.addRecommendation')}
      maxWidth="md"
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
        />
        <TextField
          label={t('assignments.audit.recommendation')}
          required
          multiline
          minRows={2}
          {...field('recommendation')}
        />
        <TextField label={t('assignments.audit.action')} multiline minRows={2} {...field('action')} />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            fullWidth
            label={t('assignments.audit.ownerUser')}
            value={fields.ownerUserId}
            onChange={(event) => setFields({ ...fields, ownerUserId: event.target.value })}
            error={Boolean(errorText('ownerUserId'))}
            helperText={errorText('ownerUserId')}
          >
            <MenuItem value="">{t('assignments.audit.noOwnerUser')}</MenuItem>
            {(owners.data?.auditActionOwnerCandidates ?? []).map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField fullWidth label={t('assignments.audit.ownerName')} {...field('ownerName')} />
        </Stack>
        <DateField label={t('assignments.audit.dueDate')} {...field('dueDate')} />
      </Stack>
    </FormDialog>
  );
}
