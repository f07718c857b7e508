import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { MAX_COMPARED_UNITS } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';

export interface ComparableUnit {
  code: string;
  name: string;
}

export interface UnitComparisonPickerProps {
  /** The units that measure the same indicator and that the user may read. */
  units: readonly ComparableUnit[];
  chosenCodes: readonly string[];
  onChange: (codes: string[]) => void;
}

/** Chooses other units whose outcomes are drawn beside this unit's. */
export function UnitComparisonPicker({ units, chosenCodes, onChange }: UnitComparisonPickerProps) {
  const { t } = useTranslation();
  const chosen = units.filter((unit) => chosenCodes.includes(unit.code));
  return (
    <Autocomplete
      multiple
      size="small"
      options={[...units]}
      value={chosen}
      getOptionLabel={(unit) => unit.name}
      isOptionEqualToValue={(option, value) => option.code === value.code}
      getOptionDisabled={(unit) => chosen.length >= MAX_COMPARED_UNITS && !chosenCodes.includes(unit.code)}
      onChange={(_event, next) => onChange(next.map((unit) => unit.code))}
      renderInput={(params) => (
        <TextField {...params} label={t('indicator.compareWith')} placeholder={t('indicator.compareHint')} />
      )}
      sx={{ minWidth: 280, flexGrow: 1, maxWidth: 560 }}
    />
  );
}
