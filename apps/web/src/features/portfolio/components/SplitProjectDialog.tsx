import { useMutation } from '@apollo/client/react';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isoToday, splitProjectInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { DateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { SplitProjectDialog_SplitMutationVariables } from '../../../generated/graphql';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { emptyPart, partsInput } from '../lineage-form';
import type { PartDraft } from '../lineage-form';

export const SplitProjectDialog_Split = graphql(`
  mutation SplitProjectDialog_Split($input: SplitProjectInput!) {
    splitProject(input: $input) {
      id
      version
      state
    }
  }
`);

const PART_LABELS = {
  name: 'projectLineage.partName',
  owner: 'projectLineage.partOwner',
  manager: 'projectLineage.partManager',
  budgetTkr: 'projectLineage.partBudget',
} as const;

export interface SplitProjectDialogProps {
  project: { id: string; name: string; version: number; budgetTkr?: number | null; portfolio: { id: string } };
  /** The portfolios the user may edit: where the new projects may go. */
  portfolios: readonly { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}

/** Splits a project into two or more new ones on a date, with a reason: the project closes, the parts begin. */
export function SplitProjectDialog({ project, portfolios, onClose, onSaved }: SplitProjectDialogProps) {
  const { t, i18n } = useTranslation();
  const home = project.portfolio.id;
  const [splitOn, setSplitOn] = useState(isoToday());
  const [reason, setReason] = useState('');
  const [parts, setParts] = useState<PartDraft[]>(() => [emptyPart(home), emptyPart(home)]);
  const [version, setVersion] = useState(project.version);
  const [split, { loading }] = useMutation(SplitProjectDialog_Split);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    splitProjectInputSchema,
    (input: SplitProjectDialog_SplitMutationVariables['input']) =>
      split({
        variables: { input },
        refetchQueries: ['ProjectPage_Query'],
        awaitRefetchQueries: true,
        update: evictPortfolioViews,
      }),
    onSaved,
  );
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number } | null) : null;
  const change = (key: number, field: keyof Omit<PartDraft, 'key'>, value: string) =>
    setParts((current) => current.map((part) => (part.key === key ? { ...part, [field]: value } : part)));
  const partField = (part: PartDraft, index: number, field: keyof Omit<PartDraft, 'key' | 'portfolioId'>) => ({
    label: t(PART_LABELS[field]),
    value: part[field],
    onChange: (event: { target: { value: string } }) => change(part.key, field, event.target.value),
    error: Boolean(errorText(`parts.${index}.${field}`)),
    helperText: errorText(`parts.${index}.${field}`),
  });

  return (
    <FormDialog
      titleId="split-project-title"
      title={t('projectLineage.splitTitle', { project: project.name })}
      maxWidth="md"
      saving={loading}
      onClose={onClose}
      onSubmit={() =>
        void submit({
          projectId: project.id,
          expectedVersion: version,
          splitOn,
          reason,
          parts: partsInput(parts, home),
        })
      }
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            if (theirs) setVersion(theirs.version);
            setFailure(null);
          }}
        />
        <Typography>{t('projectLineage.splitIntro')}</Typography>
        <DateField
          label={t('projectLineage.splitOn')}
          value={splitOn}
          onChange={(event) => setSplitOn(event.target.value)}
          required
          error={Boolean(errorText('splitOn'))}
          helperText={errorText('splitOn')}
        />
        <TextField
          label={t('projectLineage.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          multiline
          minRows={2}
          error={Boolean(errorText('reason'))}
          helperText={errorText('reason')}
        />
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {t('projectLineage.parts')}
        </Typography>
        {project.budgetTkr != null && (
          <Typography variant="body2" color="text.secondary">
            {t('projectLineage.budgetOfOrigin', { budget: project.budgetTkr.toLocaleString(i18n.language) })}
          </Typography>
        )}
        {errorText('parts') && (
          <Typography color="error" role="alert">
            {errorText('parts')}
          </Typography>
        )}
        {parts.map((part, index) => (
          <Box
            key={part.key}
            component="fieldset"
            sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0, minWidth: 0 }}
          >
            <Box component="legend" sx={{ px: 0.5 }}>
              {t('projectLineage.part', { number: index + 1 })}
            </Box>
            <Box
              sx={{
                display: 'grid',
                gap: 2,
                gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
              }}
            >
              <TextField {...partField(part, index, 'name')} required />
              <TextField
                select
                label={t('projectLineage.partPortfolio')}
                value={part.portfolioId}
                onChange={(event) => change(part.key, 'portfolioId', event.target.value)}
                error={Boolean(errorText(`parts.${index}.portfolioId`))}
                helperText={errorText(`parts.${index}.portfolioId`)}
              >
                {portfolios.map((portfolio) => (
                  <MenuItem key={portfolio.id} value={portfolio.id}>
                    {portfolio.name}
                  </MenuItem>
                ))}
              </TextField>
              <TextField {...partField(part, index, 'owner')} />
              <TextField {...partField(part, index, 'manager')} />
              <TextField {...partField(part, index, 'budgetTkr')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
              {parts.length > 2 && (
                <Box sx={{ display: 'flex', alignItems: 'center' }}>
                  <IconButton
                    aria-label={t('projectLineage.removePart', { number: index + 1 })}
                    onClick={() => setParts((current) => current.filter((other) => other.key !== part.key))}
                  >
                    <DeleteIcon aria-hidden />
                  </IconButton>
                </Box>
              )}
            </Box>
          </Box>
        ))}
        <div>
          <Button
            startIcon={<AddIcon aria-hidden />}
            onClick={() => setParts((current) => [...current, emptyPart(home)])}
            disabled={parts.length >= 20}
          >
            {t('projectLineage.addPart')}
          </Button>
        </div>
      </Stack>
    </FormDialog>
  );
}
