import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { RiskFilter } from '../risk-filter';

export interface RiskFiltersProps {
  filter: RiskFilter;
  onChange: (filter: RiskFilter) => void;
  categories: readonly { id: string; name: string }[];
  /** The units that have risks in the register; the unit filter shows only when there are several. */
  units: readonly { id: string; name: string }[];
  owners: readonly string[];
  scaleMax: number;
}

/** Category, unit, owner and lowest score; a change closes an opened heat map cell. */
export function RiskFilters({ filter, onChange, categories, units, owners, scaleMax }: RiskFiltersProps) {
  const { t } = useTranslation();
  const all = t('risks.filters.all');
  const select = (
    label: string,
    value: string | null,
    options: { value: string; label: string }[],
    set: (value: string | null) => void,
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ''}
      onChange={(event) => set(event.target.value || null)}
      sx={{ minWidth: 180 }}
    >
      <MenuItem value="">{all}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const change = (changes: Partial<RiskFilter>) => onChange({ ...filter, ...changes, cell: null });
  // The scores the scale can give (2, 3, 4, 6 …), each a possible lowest score.
  const axis = Array.from({ length: scaleMax }, (_, index) => index + 1);
  const scores = [...new Set(axis.flatMap((p) => axis.map((c) => p * c)))].sort((a, b) => a - b);
  return (
    <Stack
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ flexWrap: 'wrap' }}
      role="search"
      aria-label={t('risks.filters.label')}
    >
      {select(
        t('risks.category'),
        filter.categoryId,
        categories.map((c) => ({ value: c.id, label: c.name })),
        (categoryId) => change({ categoryId }),
      )}
      {units.length > 1 &&
        select(
          t('risks.orgUnit'),
          filter.orgUnitId,
          units.map((u) => ({ value: u.id, label: u.name })),
          (orgUnitId) => change({ orgUnitId }),
        )}
      {select(
        t('risks.owner'),
        filter.owner,
        owners.map((o) => ({ value: o, label: o })),
        (owner) => change({ owner }),
      )}
      {select(
        t('risks.filters.minScore'),
        filter.minScore === null ? null : String(filter.minScore),
        scores.slice(1).map((score) => ({ value: String(score), label: t('risks.filters.atLeast', { score }) })),
        (minScore) => change({ minScore: minScore === null ? null : Number(minScore) }),
      )}
    </Stack>
  );
}
