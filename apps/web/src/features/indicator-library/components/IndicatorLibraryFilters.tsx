import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { IndicatorLibraryFilter } from '../library-filter';
import { RETIREMENT_FILTERS } from '../library-filter';

export interface IndicatorLibraryFiltersProps {
  filter: IndicatorLibraryFilter;
  onChange: (filter: IndicatorLibraryFilter) => void;
  perspectives: readonly { id: string; name: string }[];
}

/** Narrows the library by perspective (of the goals an indicator serves) and by retirement. */
export function IndicatorLibraryFilters({ filter, onChange, perspectives }: IndicatorLibraryFiltersProps) {
  const { t } = useTranslation();
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      role="group"
      aria-label={t('indicatorLibrary.filters.label')}
    >
      <TextField
        select
        size="small"
        label={t('indicatorLibrary.filters.perspective')}
        value={filter.perspectiveId ?? ''}
        onChange={(event) => onChange({ ...filter, perspectiveId: event.target.value || null })}
        // "All perspectives" is a choice of its own, shown as the value rather than left blank.
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 220 }}
      >
        <MenuItem value="">{t('indicatorLibrary.filters.allPerspectives')}</MenuItem>
        {perspectives.map((perspective) => (
          <MenuItem key={perspective.id} value={perspective.id}>
            {perspective.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('indicatorLibrary.filters.retirement')}
        value={filter.retirement}
        onChange={(event) =>
          onChange({ ...filter, retirement: event.target.value as IndicatorLibraryFilter['retirement'] })
        }
        sx={{ minWidth: 160 }}
      >
        {RETIREMENT_FILTERS.map((retirement) => (
          <MenuItem key={retirement} value={retirement}>
            {t(`indicatorLibrary.filters.${retirement}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
