import { useMutation } from '@apollo/client/react';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { PROJECT_PHASES, projectDetailsInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { ProjectDetailsDialog_SaveMutationVariables } from '../../../generated/graphql';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { DateField } from '../../../components/DateField';
import { PersonField, personInput } from './PersonField';
import type { PersonValue } from './PersonField';

export const ProjectDetailsDialog_Save = graphql(`
  mutation ProjectDetailsDialog_Save($input: ProjectDetailsInput!) {
    updateProjectDetails(input: $input) {
      id
      version
    }
  }
`);

const TEXT_FIELDS = ['name', 'description', 'owner', 'ownerUserId', 'manager', 'managerUserId', 'phase'] as const;
const DATE_FIELDS = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const;
const FIGURE_FIELDS = ['budgetTkr', 'costToDateTkr', 'forecastTkr'] as const;
type FormField =
  (typeof TEXT_FIELDS)[number] | (typeof DATE_FIELDS)[number] | (typeof FIGURE_FIELDS)[number] | 'portfolioId';

/** The project as the form edits it: every field as the text in its input. */
type Draft = Record<FormField, string>;

/** A project's details as the API gives them (and hands back on a conflict). */
/** The project's details the form starts from (the page spreads it unmasked and hands it over). */
export const ProjectDetailsDialog_project = graphql(`
  fragment ProjectDetailsDialog_project on Project {
    id
    name
    description
    owner
    ownerUserId
    manager
    managerUserId
    phase
    plannedStart
    plannedEnd
    actualStart
    actualEnd
    budgetTkr
    costToDateTkr
    forecastTkr
    version
    portfolio {
      id
      orgUnit {
        id
      }
    }
  }
`);

export type ProjectDetails = { [Field in Exclude<FormField, (typeof FIGURE_FIELDS)[number]>]?: string | null } & {
  [Field in (typeof FIGURE_FIELDS)[number]]?: number | null;
} & { id: string; version: number; portfolioId: string; portfolio?: { orgUnit?: { id: string } | null } | null };

const draftOf = (project: ProjectDetails): Draft =>
  Object.fromEntries(
    [...TEXT_FIELDS, ...DATE_FIELDS, ...FIGURE_FIELDS, 'portfolioId'].map((field) => [
      field,
      project[field as FormField] == null ? '' : String(project[field as FormField]),
    ]),
  ) as Draft;

export interface ProjectDetailsDialogProps {
  project: ProjectDetails;
  /** The portfolios the user may move the project to; their units' users are offered as owner and manager. */
  portfolios: readonly { id: string; name: string; orgUnit?: { id: string } | null }[];
  onClose: () => void;
  onSaved: () => void;
}

/** Name, portfolio, owner, manager, phase, dates, budget and cost of a project; a concurrent save is shown, not lost. */
export function ProjectDetailsDialog({ project, portfolios, onClose, onSaved }: ProjectDetailsDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(project));
  /** The values the form started from: what the user changed is what differs from them. */
  const [opened, setOpened] = useState<{ values: Draft; version: number }>(() => ({
    values: draftOf(project),
    version: project.version,
  }));
  const [save, { loading }] = useMutation(ProjectDetailsDialog_Save);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    projectDetailsInputSchema,
    (input: ProjectDetailsDialog_SaveMutationVariables['input']) =>
      save({
        variables: { input },
        refetchQueries: ['ProjectPage_Query'],
        awaitRefetchQueries: true,
        update: evictPortfolioViews,
      }),
    onSaved,
  );
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as ProjectDetails | null) : null;
  const theirDraft = theirs && draftOf(theirs);
  const fields = Object.keys(draft) as FormField[];
  /** The fields someone else changed since the form was opened. */
  // An account changes with its name, so the name alone tells the user what changed.
  const changedByThem = theirDraft
    ? fields.filter((name) => !name.endsWith('UserId') && theirDraft[name] !== opened.values[name])
    : [];
  const shown = (name: FormField, value: string) =>
    name === 'portfolioId'
      ? (portfolios.find((portfolio) => portfolio.id === value)?.name ?? value)
      : value || t('project.notGiven');

  const field = (name: FormField) => ({
    label: t(`project.${name === 'portfolioId' ? 'portfolio' : name}`),
    value: draft[name],
    onChange: (event: { target: { value: string } }) =>
      setDraft((current) => ({ ...current, [name]: event.target.value })),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });

  const orgUnitId =
    portfolios.find((portfolio) => portfolio.id === draft.portfolioId)?.orgUnit?.id ?? project.portfolio?.orgUnit?.id;
  const person = (name: 'owner' | 'manager') => {
    const idField = name === 'owner' ? 'ownerUserId' : 'managerUserId';
    return (
      <PersonField
        label={t(`project.${name}`)}
        orgUnitId={orgUnitId}
        value={{ userId: draft[idField] || null, name: draft[name] }}
        onChange={(next: PersonValue) =>
          setDraft((current) => ({ ...current, [name]: next.name, [idField]: next.userId ?? '' }))
        }
        error={errorText(idField) ?? errorText(name)}
      />
    );
  };
  const figure = (text: string) => (text.trim() ? Number(text.replace(/\s/g, '').replace(',', '.')) : null);

  return (
    <FormDialog
      titleId="project-details-title"
      title={t('project.detailsTitle', { project: project.name })}
      maxWidth="md"
      saving={loading}
      onClose={onClose}
      onSubmit={() =>
        void submit({
          ...draft,
          id: project.id,
          expectedVersion: opened.version,
          phase: (draft.phase || null) as ProjectDetailsDialog_SaveMutationVariables['input']['phase'],
          owner: personInput({ userId: draft.ownerUserId || null, name: draft.owner }).name,
          ownerUserId: draft.ownerUserId || null,
          manager: personInput({ userId: draft.managerUserId || null, name: draft.manager }).name,
          managerUserId: draft.managerUserId || null,
          budgetTkr: figure(draft.budgetTkr),
          costToDateTkr: figure(draft.costToDateTkr),
          forecastTkr: figure(draft.forecastTkr),
        })
      }
    >
      <MutationFailureAlert
        failure={failure}
        onKeepMine={() => {
          // Re-apply this user's changes on top of what is saved now, keeping the other person's.
          if (theirDraft && theirs) {
            const mine = fields.filter((name) => draft[name] !== opened.values[name]);
            setDraft({ ...theirDraft, ...Object.fromEntries(mine.map((name) => [name, draft[name]])) });
            setOpened({ values: theirDraft, version: theirs.version });
          }
          setFailure(null);
        }}
        conflictDetail={
          theirDraft &&
          t('project.detailsConflict', {
            values: changedByThem.map((name) => `${field(name).label}: ${shown(name, theirDraft[name])}`).join('; '),
          })
        }
      />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          pt: 1,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        <TextField {...field('name')} required sx={{ gridColumn: '1 / -1' }} />
        <TextField {...field('portfolioId')} select>
          {portfolios.map((portfolio) => (
            <MenuItem key={portfolio.id} value={portfolio.id}>
              {portfolio.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField {...field('phase')} select>
          <MenuItem value="">{t('portfolioAdmin.noPhase')}</MenuItem>
          {PROJECT_PHASES.map((phase) => (
            <MenuItem key={phase} value={phase}>
              {t(`projectPhase.${phase}`)}
            </MenuItem>
          ))}
        </TextField>
        {person('owner')}
        {person('manager')}
        {DATE_FIELDS.map((name) => (
          <DateField key={name} {...field(name)} />
        ))}
        {FIGURE_FIELDS.map((name) => (
          <TextField key={name} {...field(name)} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
        ))}
        <TextField {...field('description')} multiline minRows={3} sx={{ gridColumn: '1 / -1' }} />
      </Box>
    </FormDialog>
  );
}
