import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { createProjectInputSchema, PROJECT_PHASES } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { ProjectCreateDialog_CreateMutationVariables } from '../../../generated/graphql';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { DateField } from '../../../components/DateField';
import { NO_PERSON, PersonField, personInput } from './PersonField';
import type { PersonValue } from './PersonField';

export const ProjectCreateDialog_Create = graphql(`
  mutation ProjectCreateDialog_Create($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      name
    }
  }
`);

const FIELDS = ['name', 'phase', 'plannedStart', 'plannedEnd', 'budgetTkr', 'forecastTkr', 'description'] as const;
type Field = (typeof FIELDS)[number];

export interface ProjectCreateDialogProps {
  /** The portfolio; its unit's users are offered as owner and manager. */
  portfolio: { id: string; name: string; orgUnit?: { id: string } | null };
  onClose: () => void;
  onSaved: () => void;
}

/** A new project of a portfolio: not started, with its phase, people, planned dates and budget. */
export function ProjectCreateDialog({ portfolio, onClose, onSaved }: ProjectCreateDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((field) => [field, ''])) as Record<Field, string>,
  );
  const [owner, setOwner] = useState<PersonValue>(NO_PERSON);
  const [manager, setManager] = useState<PersonValue>(NO_PERSON);
  const [create, { loading }] = useMutation(ProjectCreateDialog_Create);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    createProjectInputSchema,
    (input: ProjectCreateDialog_CreateMutationVariables['input']) =>
      create({
        variables: { input },
        refetchQueries: ['PortfolioPage_Query'],
        awaitRefetchQueries: true,
        update: evictPortfolioViews,
      }),
    onSaved,
  );
  const field = (name: Field) => ({
    label: t(name === 'phase' ? 'project.phase' : `project.${name}`),
    value: draft[name],
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [name]: event.target.value })),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });
  const figure = (text: string) => (text.trim() ? Number(text.replace(/\s/g, '').replace(',', '.')) : null);
  const person = (
    label: string,
    value: PersonValue,
    onChange: (next: PersonValue) => void,
    key: 'owner' | 'manager',
  ) => (
    <PersonField
      label={label}
      orgUnitId={portfolio.orgUnit?.id}
      value={value}
      onChange={onChange}
      error={errorText(`${key}UserId`) ?? errorText(key)}
    />
  );

  return (
    <FormDialog
      titleId="project-create-title"
      title={t('portfolioAdmin.newProjectTitle', { portfolio: portfolio.name })}
      maxWidth="md"
      saving={loading}
      onClose={onClose}
      onSubmit={() =>
        void submit({
          ...draft,
          portfolioId: portfolio.id,
          phase: (draft.phase || null) as ProjectCreateDialog_CreateMutationVariables['input']['phase'],
          owner: personInput(owner).name,
          ownerUserId: personInput(owner).userId,
          manager: personInput(manager).name,
          managerUserId: personInput(manager).userId,
          budgetTkr: figure(draft.budgetTkr),
          forecastTkr: figure(draft.forecastTkr),
        })
      }
    >
      <MutationFailureAlert failure={failure} onKeepMine={() => setFailure(null)} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          pt: 1,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        <TextField {...field('name')} required sx={{ gridColumn: '1 / -1' }} />
        {person(t('project.owner'), owner, setOwner, 'owner')}
        {person(t('project.manager'), manager, setManager, 'manager')}
        <DateField {...field('plannedStart')} />
        <DateField {...field('plannedEnd')} />
        <TextField {...field('budgetTkr')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        <TextField {...field('forecastTkr')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        <TextField {...field('phase')} select>
          <MenuItem value="">{t('portfolioAdmin.noPhase')}</MenuItem>
          {PROJECT_PHASES.map((phase) => (
            <MenuItem key={phase} value={phase}>
              {t(`projectPhase.${phase}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...field('description')} multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
      </Box>
    </FormDialog>
  );
}
