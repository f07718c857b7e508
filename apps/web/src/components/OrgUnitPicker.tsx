import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export interface OrgUnitOption {
  code: string;
  name: string;
  parent?: { code: string } | null;
}

export interface OrgUnitPickerProps {
  /** In tree order: parents before children. */
  orgUnits: readonly OrgUnitOption[];
  value: string;
  onChange: (code: string) => void;
}

/** Depth of each unit in the tree, for indenting the list. */
function depths(orgUnits: readonly OrgUnitOption[]): Map<string, number> {
  const depthOf = new Map<string, number>();
  for (const unit of orgUnits) {
    depthOf.set(unit.code, unit.parent ? (depthOf.get(unit.parent.code) ?? 0) + 1 : 0);
  }
  return depthOf;
}

export function OrgUnitPicker({ orgUnits, value, onChange }: OrgUnitPickerProps) {
  const { t } = useTranslation();
  const depthOf = depths(orgUnits);
  return (
    <TextField
      select
      size="small"
      label={t('pickers.orgUnit')}
      value={orgUnits.some((unit) => unit.code === value) ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 260 }}
    >
      {orgUnits.map((unit) => (
        <MenuItem key={unit.code} value={unit.code} sx={{ pl: 2 + 2 * (depthOf.get(unit.code) ?? 0) }}>
          {unit.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
