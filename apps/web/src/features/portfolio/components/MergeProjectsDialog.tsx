import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { isoToday, mergeProjectsInputSchema } from '@lagesbild/types';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { DateField } from '../../../components/DateField';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import type { MergeProjectsDialog_MergeMutationVariables } from '../../../generated/graphql';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { typedFigure } from '../lineage-form';

export const MergeProjectsDialog_Query = graphql(`
  query MergeProjectsDialog_Query {
    editablePortfolios {
      id
      name
      projects {
        id
        name
        state
        version
      }
    }
  }
`);

export const MergeProjectsDialog_Merge = graphql(`
  mutation MergeProjectsDialog_Merge($input: MergeProjectsInput!) {
    mergeProjects(input: $input) {
      id
      name
    }
  }
`);

const ENDED = ['CLOSED', 'WILL_NOT_START'];

export interface MergeProjectsDialogProps {
  project: { id: string; name: string; version: number; portfolio: { id: string } };
  onClose: () => void;
  /** With the new project's id, to open its page. */
  onSaved: (mergedId: string) => void;
}

/**
 * Merges this project and the ones chosen into one new project on a date, with a reason: they
 * close, and the new project names them all as its origins.
 */
export function MergeProjectsDialog({ project, onClose, onSaved }: MergeProjectsDialogProps) {
  const { t } = useTranslation();
  const {
    data,
    loading: reading,
    error,
    refetch,
  } = useQuery(MergeProjectsDialog_Query, {
    fetchPolicy: 'network-only',
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [mergedOn, setMergedOn] = useState(isoToday());
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [portfolioId, setPortfolioId] = useState(project.portfolio.id);
  const [owner, setOwner] = useState('');
  const [manager, setManager] = useState('');
  const [budget, setBudget] = useState('');
  const [merge, { loading }] = useMutation(MergeProjectsDialog_Merge);
  /** The new project, once saved: the page opens it. */
  const merged = useRef<string | null>(null);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    mergeProjectsInputSchema,
    async (input: MergeProjectsDialog_MergeMutationVariables['input']) => {
      // The page open now is one of the projects merged: it is read anew as it closes.
      const result = await merge({
        variables: { input },
        refetchQueries: ['ProjectPage_Query'],
        awaitRefetchQueries: true,
        update: evictPortfolioViews,
      });
      merged.current = result.data?.mergeProjects.id ?? null;
      return result;
    },
    () => {
      if (merged.current) onSaved(merged.current);
    },
  );
  const portfolios = data?.editablePortfolios ?? [];
  const candidates = portfolios.flatMap((portfolio) =>
    portfolio.projects
      .filter((other) => other.id !== project.id && !ENDED.includes(other.state))
      .map((other) => ({ ...other, portfolioName: portfolio.name })),
  );
  // The versions as last read: after a conflict the list is read anew, this project's too.
  const versionOf = (id: string) =>
    portfolios.flatMap((portfolio) => portfolio.projects).find((other) => other.id === id)?.version ??
    (id === project.id ? project.version : 1);

  return (
    <FormDialog
      titleId="merge-projects-title"
      title={t('projectLineage.mergeTitle', { project: project.name })}
      maxWidth="md"
      saving={loading}
      saveDisabled={!data || candidates.length === 0}
      onClose={onClose}
      onSubmit={() =>
        void submit({
          sources: [
            { projectId: project.id, expectedVersion: versionOf(project.id) },
            ...chosen.map((id) => ({ projectId: id, expectedVersion: versionOf(id) })),
          ],
          mergedOn,
          reason,
          name,
          portfolioId,
          owner,
          manager,
          budgetTkr: typedFigure(budget),
        })
      }
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            // Reads every project's version anew; what the user typed stays.
            void refetch();
            setFailure(null);
          }}
          conflictDetail={t('projectLineage.conflict')}
        />
        <Typography>{t('projectLineage.mergeIntro')}</Typography>
        {reading && !data && <Loading />}
        {error && <LoadError onRetry={() => void refetch()} />}
        {data && candidates.length === 0 && <Alert severity="info">{t('projectLineage.noSources')}</Alert>}
        {candidates.length > 0 && (
          <FormControl component="fieldset" error={Boolean(errorText('sources'))}>
            <FormLabel component="legend">{t('projectLineage.sources', { project: project.name })}</FormLabel>
            <FormGroup sx={{ maxHeight: 280, overflowY: 'auto', flexWrap: 'nowrap' }}>
              {candidates.map((candidate) => {
                const index = chosen.indexOf(candidate.id);
                const message = index >= 0 ? errorText(`sources.${index + 1}.projectId`) : undefined;
                return (
                  <Box key={candidate.id}>
                    <FormControlLabel
                      control={
                        <Checkbox
                          checked={index >= 0}
                          onChange={(event) =>
                            setChosen((current) =>
                              event.target.checked
                                ? [...current, candidate.id]
                                : current.filter((id) => id !== candidate.id),
                            )
                          }
                        />
                      }
                      label={`${candidate.name} (${candidate.portfolioName})`}
                    />
                    {message && <FormHelperText error>{message}</FormHelperText>}
                  </Box>
                );
              })}
            </FormGroup>
            {errorText('sources') && <FormHelperText>{errorText('sources')}</FormHelperText>}
          </FormControl>
        )}
        <DateField
          label={t('projectLineage.mergedOn')}
          value={mergedOn}
          onChange={(event) => setMergedOn(event.target.value)}
          required
          error={Boolean(errorText('mergedOn'))}
          helperText={errorText('mergedOn')}
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
          {t('projectLineage.newProject')}
        </Typography>
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
          }}
        >
          <TextField
            label={t('projectLineage.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            error={Boolean(errorText('name'))}
            helperText={errorText('name')}
          />
          <TextField
            select
            label={t('projectLineage.portfolio')}
            value={portfolios.length > 0 ? portfolioId : ''}
            onChange={(event) => setPortfolioId(event.target.value)}
            required
            error={Boolean(errorText('portfolioId'))}
            helperText={errorText('portfolioId')}
          >
            {portfolios.map((portfolio) => (
              <MenuItem key={portfolio.id} value={portfolio.id}>
                {portfolio.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('projectLineage.owner')}
            value={owner}
            onChange={(event) => setOwner(event.target.value)}
            error={Boolean(errorText('owner'))}
            helperText={errorText('owner')}
          />
          <TextField
            label={t('projectLineage.manager')}
            value={manager}
            onChange={(event) => setManager(event.target.value)}
            error={Boolean(errorText('manager'))}
            helperText={errorText('manager')}
          />
          <TextField
            label={t('projectLineage.budget')}
            value={budget}
            onChange={(event) => setBudget(event.target.value)}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            error={Boolean(errorText('budgetTkr'))}
            helperText={errorText('budgetTkr') ?? t('projectLineage.budgetHint')}
          />
        </Box>
      </Stack>
    </FormDialog>
  );
}
