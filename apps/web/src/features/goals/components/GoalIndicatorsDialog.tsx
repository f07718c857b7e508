import { useMutation, useQuery } from '@apollo/client/react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { setGoalIndicatorsInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import { GOALS_PAGE_QUERIES } from '../goal-plan';
import type { PlannedGoal } from '../goal-plan';

export const GoalIndicatorsDialog_Library = graphql(`
  query GoalIndicatorsDialog_Library($filter: IndicatorLibraryFilter!) {
    indicatorLibrary(filter: $filter) {
      id
      code
      name
      orgUnit {
        id
        name
      }
    }
  }
`);

export const GoalIndicatorsDialog_Save = graphql(`
  mutation GoalIndicatorsDialog_Save($input: SetGoalIndicatorsInput!) {
    setGoalIndicators(input: $input) {
      id
      version
    }
  }
`);

export interface GoalIndicatorsDialogProps {
  goal: PlannedGoal;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Links indicators of the library to a goal: those in use in the goal's unit and the units
 * below it. A linked indicator retired since stays linked unless unticked elsewhere: it is not
 * listed, and kept.
 */
export function GoalIndicatorsDialog({ goal, onClose, onSaved }: GoalIndicatorsDialogProps) {
  const { t } = useTranslation();
  const library = useQuery(GoalIndicatorsDialog_Library, {
    variables: { filter: { orgUnitCode: goal.orgUnitCode, retirement: 'ACTIVE' } },
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set(goal.indicatorIds));
  const [version, setVersion] = useState(goal.version);
  const [save, saving] = useMutation(GoalIndicatorsDialog_Save, {
    refetchQueries: GOALS_PAGE_QUERIES,
    awaitRefetchQueries: true,
  });
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);

  async function submit() {
    const input = { goalId: goal.id, expectedVersion: version, indicatorIds: [...selected] };
    if (await validateAndSave(setGoalIndicatorsInputSchema, input, () => save({ variables: { input } }))) onSaved();
  }

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  const indicators = library.data?.indicatorLibrary ?? [];

  return (
    <FormDialog
      titleId="goal-indicators-title"
      title={t('goals.plan.linkIndicatorsTitle', { goal: goal.title })}
      maxWidth="md"
      saving={saving.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            setVersion((failure?.current as { version?: number } | null)?.version ?? version);
            setFailure(null);
          }}
        />
        {library.loading && <Loading />}
        {library.error && <LoadError onRetry={() => void library.refetch()} />}
        {library.data && indicators.length === 0 && (
          <Typography color="text.secondary">{t('goals.plan.noIndicatorsInLibrary')}</Typography>
        )}
        {indicators.length > 0 && (
          <FormControl component="fieldset" error={Boolean(errorText('indicatorIds'))}>
            <FormLabel component="legend">{t('goals.plan.indicators')}</FormLabel>
            <FormGroup>
              {indicators.map((indicator) => (
                <FormControlLabel
                  key={indicator.id}
                  control={
                    <Checkbox
                      checked={selected.has(indicator.id)}
                      onChange={(event) => toggle(indicator.id, event.target.checked)}
                    />
                  }
                  label={
                    <span>
                      {indicator.name}{' '}
                      <Typography component="span" variant="caption" color="text.secondary">
                        ({indicator.code}, {indicator.orgUnit.name})
                      </Typography>
                    </span>
                  }
                />
              ))}
            </FormGroup>
            {errorText('indicatorIds') && <FormHelperText>{errorText('indicatorIds')}</FormHelperText>}
          </FormControl>
        )}
      </Stack>
    </FormDialog>
  );
}
