import { useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';

export const PersonField_Options = graphql(`
  query PersonField_Options($orgUnitId: ID!) {
    portfolioPersonOptions(orgUnitId: $orgUnitId) {
      id
      name
    }
  }
`);

/** A person as a form holds them: an account (its id and name), or a name typed for someone without one. */
export interface PersonValue {
  userId: string | null;
  name: string;
}

export const NO_PERSON: PersonValue = { userId: null, name: '' };

/** The person a record names: its account, if linked, and the name shown. */
export const personOf = (userId: string | null | undefined, name: string | null | undefined): PersonValue => ({
  userId: userId ?? null,
  name: name ?? '',
});

/** The input fields a person is sent as: the account, or the name (the account's name wins on the server). */
export const personInput = (person: PersonValue) =>
  person.userId ? { userId: person.userId, name: person.name } : { userId: null, name: person.name.trim() || null };

interface Option {
  id: string;
  name: string;
}

export interface PersonFieldProps {
  label: string;
  /** The unit whose people are offered (the portfolio's unit). Without one, only a name can be typed. */
  orgUnitId: string | null | undefined;
  value: PersonValue;
  onChange: (value: PersonValue) => void;
  /** The field error of the account or the name, if any. */
  error?: string;
  sx?: SxProps<Theme>;
}

/**
 * An owner or manager: choosing one of the unit's users links their account (what lets their
 * to-do list find the record); typing a name keeps a name, for a person without an account.
 */
export function PersonField({ label, orgUnitId, value, onChange, error, sx }: PersonFieldProps) {
  const { t } = useTranslation();
  const options = useQuery(PersonField_Options, { variables: { orgUnitId: orgUnitId ?? '' }, skip: !orgUnitId });
  const people: Option[] = options.data?.portfolioPersonOptions ?? [];
  // The linked account may no longer be an option (its holder moved on): it is still shown as chosen.
  const chosen: Option | string | null = value.userId
    ? (people.find((person) => person.id === value.userId) ?? { id: value.userId, name: value.name })
    : value.name || null;

  return (
    <Autocomplete<Option, false, false, true>
      freeSolo
      autoHighlight={false}
      options={people}
      value={chosen}
      loading={options.loading}
      sx={sx}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.name)}
      isOptionEqualToValue={(option, current) => typeof current !== 'string' && option.id === current.id}
      renderOption={({ key: _key, ...props }, option) => (
        // Two users may share a name: the account's id keeps them apart.
        <li key={option.id} {...props}>
          {option.name}
        </li>
      )}
      onChange={(_event, next) => {
        if (next === null) onChange({ userId: null, name: '' });
        else if (typeof next === 'string') onChange({ userId: null, name: next });
        else onChange({ userId: next.id, name: next.name });
      }}
      onInputChange={(_event, text, reason) => {
        // Typing (not choosing) makes it a name: a changed name is no longer the account's.
        if (reason === 'input') onChange({ userId: null, name: text });
      }}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={Boolean(error)}
          helperText={
            error ??
            t(
              value.userId
                ? 'portfolioPeople.linkedAccount'
                : value.name
                  ? 'portfolioPeople.nameOnly'
                  : 'portfolioPeople.hint',
            )
          }
        />
      )}
    />
  );
}
