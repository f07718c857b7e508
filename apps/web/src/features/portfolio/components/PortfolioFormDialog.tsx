import { useMutation, useQuery } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createPortfolioInputSchema, updatePortfolioInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type {
  PortfolioFormDialog_CreateMutationVariables,
  PortfolioFormDialog_UpdateMutationVariables,
} from '../../../generated/graphql';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { PersonField, personInput, personOf } from './PersonField';

export const PortfolioFormDialog_Units = graphql(`
  query PortfolioFormDialog_Units {
    portfolioOwningUnits {
      id
      name
    }
  }
`);

export const PortfolioFormDialog_Create = graphql(`
  mutation PortfolioFormDialog_Create($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      id
      name
    }
  }
`);

export const PortfolioFormDialog_Update = graphql(`
  mutation PortfolioFormDialog_Update($input: UpdatePortfolioInput!) {
    updatePortfolio(input: $input) {
      id
      name
      owner
      ownerUserId
      statusUpdateIntervalWeeks
      version
    }
  }
`);

/** A portfolio as the edit form starts from it (and as a conflict hands it back). */
export interface EditedPortfolio {
  id: string;
  name: string;
  owner?: string | null;
  ownerUserId?: string | null;
  /** Its unit, whose users are offered as owner. */
  orgUnit?: { id: string } | null;
  statusUpdateIntervalWeeks: number;
  version: number;
}

export interface PortfolioFormDialogProps {
  /** The portfolio to edit; leave out to create one. */
  portfolio?: EditedPortfolio;
  /** For a new portfolio: the unit picked at first (the unit viewed, when the user may create there). */
  defaultOrgUnitId?: string;
  onClose: () => void;
  onSaved: () => void;
}

const intervalOf = (text: string) => (text.trim() === '' ? undefined : Number(text));

/** A new portfolio (name, owning unit, owner, reporting interval), or an existing one's name, owner and interval. */
export function PortfolioFormDialog({ portfolio, defaultOrgUnitId, onClose, onSaved }: PortfolioFormDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(portfolio?.name ?? '');
  const [owner, setOwner] = useState(() => personOf(portfolio?.ownerUserId, portfolio?.owner));
  const [weeks, setWeeks] = useState(String(portfolio?.statusUpdateIntervalWeeks ?? 5));
  const [orgUnitId, setOrgUnitId] = useState(defaultOrgUnitId ?? '');
  const [version, setVersion] = useState(portfolio?.version ?? 1);
  const units = useQuery(PortfolioFormDialog_Units, { skip: Boolean(portfolio) });
  const [create, creating] = useMutation(PortfolioFormDialog_Create);
  const [update, updating] = useMutation(PortfolioFormDialog_Update);
  const saveOptions = {
    refetchQueries: ['PortfolioPage_Query'],
    awaitRefetchQueries: true,
    update: evictPortfolioViews,
  };
  const createSave = useCheckedSave(
    createPortfolioInputSchema,
    (input: PortfolioFormDialog_CreateMutationVariables['input']) => create({ variables: { input }, ...saveOptions }),
    onSaved,
  );
  const updateSave = useCheckedSave(
    updatePortfolioInputSchema,
    (input: PortfolioFormDialog_UpdateMutationVariables['input']) => update({ variables: { input }, ...saveOptions }),
    onSaved,
  );
  const { failure, setFailure, errorText } = portfolio ? updateSave : createSave;
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as EditedPortfolio | null) : null;
  const unitOptions = units.data?.portfolioOwningUnits ?? [];

  const submit = () => {
    const { userId: ownerUserId, name: ownerName } = personInput(owner);
    const common = { name, owner: ownerName, ownerUserId, statusUpdateIntervalWeeks: intervalOf(weeks) as number };
    if (portfolio) void updateSave.submit({ ...common, id: portfolio.id, expectedVersion: version });
    else void createSave.submit({ ...common, orgUnitId });
  };

  return (
    <FormDialog
      titleId="portfolio-form-title"
      title={
        portfolio
          ? t('portfolioAdmin.editPortfolioTitle', { portfolio: portfolio.name })
          : t('portfolioAdmin.newPortfolioTitle')
      }
      saving={creating.loading || updating.loading}
      onClose={onClose}
      onSubmit={submit}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            // Save this user's values over the colleague's, from the version now saved.
            if (theirs) setVersion(theirs.version);
            setFailure(null);
          }}
          conflictDetail={
            theirs &&
            t('portfolioAdmin.portfolioConflict', {
              name: theirs.name,
              owner: theirs.owner ?? t('project.notGiven'),
              weeks: theirs.statusUpdateIntervalWeeks,
            })
          }
        />
        <TextField
          label={t('portfolioAdmin.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          error={Boolean(errorText('name'))}
          helperText={errorText('name')}
        />
        {!portfolio && (
          <TextField
            select
            label={t('portfolioAdmin.orgUnit')}
            value={unitOptions.some((unit) => unit.id === orgUnitId) ? orgUnitId : ''}
            onChange={(event) => setOrgUnitId(event.target.value)}
            required
            error={Boolean(errorText('orgUnitId'))}
            helperText={errorText('orgUnitId')}
          >
            {unitOptions.map((unit) => (
              <MenuItem key={unit.id} value={unit.id}>
                {unit.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <PersonField
          label={t('portfolioAdmin.owner')}
          orgUnitId={portfolio ? portfolio.orgUnit?.id : orgUnitId}
          value={owner}
          onChange={setOwner}
          error={errorText('ownerUserId') ?? errorText('owner')}
        />
        <TextField
          type="number"
          label={t('portfolioAdmin.statusUpdateIntervalWeeks')}
          value={weeks}
          onChange={(event) => setWeeks(event.target.value)}
          required
          error={Boolean(errorText('statusUpdateIntervalWeeks'))}
          helperText={errorText('statusUpdateIntervalWeeks') ?? t('portfolioAdmin.intervalHint')}
          slotProps={{ htmlInput: { min: 1, max: 52, inputMode: 'numeric' } }}
          sx={{ maxWidth: 260 }}
        />
      </Stack>
    </FormDialog>
  );
}
