import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { GoalFilter } from '../goal-filter';

const STATUSES = ['RED', 'YELLOW', 'GREEN', 'NOT_ASSESSED', 'NOT_REPORTED'] as const;

export interface GoalFiltersProps {
  perspectives: readonly { id: string; name: string }[];
  filter: GoalFilter;
  onChange: (filter: GoalFilter) => void;
}

export function GoalFilters({ perspectives, filter, onChange }: GoalFiltersProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" sx={{ mb: 3, flexWrap: 'wrap', gap: 2 }}>
      <TextField
        select
        size="small"
        label={t('goals.filterPerspective')}
        value={filter.perspectiveId ?? ''}
        onChange={(event) => onChange({ ...filter, perspectiveId: event.target.value || null })}
        sx={{ minWidth: 220 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('goals.allPerspectives')}</MenuItem>
        {perspectives.map((perspective) => (
          <MenuItem key={perspective.id} value={perspective.id}>
            {perspective.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('goals.filterStatus')}
        value={filter.status ?? ''}
        onChange={(event) => onChange({ ...filter, status: (event.target.value || null) as GoalFilter['status'] })}
        sx={{ minWidth: 220 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('goals.allStatuses')}</MenuItem>
        {STATUSES.map((status) => (
          <MenuItem key={status} value={status}>
            {status === 'NOT_REPORTED' ? t('goals.notReported') : t(`status.${status}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
