import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ProjectState, ValueStatus } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { SORT_ORDERS } from '../board-filter';
import type { BoardFilter, SortOrder } from '../board-filter';

const STATES: ProjectState[] = ['NOT_STARTED', 'STARTED', 'PAUSED', 'CLOSED', 'WILL_NOT_START'];
const COLOURS: ValueStatus[] = ['RED', 'YELLOW', 'GREEN', 'NOT_ASSESSED'];

export interface BoardFiltersProps {
  portfolios: readonly { id: string; name: string }[];
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
}

/** Which portfolio, state and colour the board shows, and in which order. */
export function BoardFilters({ portfolios, filter, onChange }: BoardFiltersProps) {
  const { t } = useTranslation();
  const select = { select: true, size: 'small', sx: { minWidth: 200 } } as const;
  const slotProps = { select: { displayEmpty: true }, inputLabel: { shrink: true } };
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 2 }}>
      <TextField
        {...select}
        label={t('portfolio.filterPortfolio')}
        value={filter.portfolioId ?? ''}
        onChange={(event) => onChange({ ...filter, portfolioId: event.target.value || null })}
        slotProps={slotProps}
      >
        <MenuItem value="">{t('portfolio.allPortfolios')}</MenuItem>
        {portfolios.map((portfolio) => (
          <MenuItem key={portfolio.id} value={portfolio.id}>
            {portfolio.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...select}
        label={t('portfolio.filterState')}
        value={filter.state ?? ''}
        onChange={(event) => onChange({ ...filter, state: (event.target.value || null) as ProjectState | null })}
        slotProps={slotProps}
      >
        <MenuItem value="">{t('portfolio.allStates')}</MenuItem>
        {STATES.map((state) => (
          <MenuItem key={state} value={state}>
            {t(`projectState.${state}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...select}
        label={t('portfolio.filterColour')}
        value={filter.colour ?? ''}
        onChange={(event) => onChange({ ...filter, colour: (event.target.value || null) as ValueStatus | null })}
        slotProps={slotProps}
      >
        <MenuItem value="">{t('portfolio.allColours')}</MenuItem>
        {COLOURS.map((colour) => (
          <MenuItem key={colour} value={colour}>
            {t(`overview.projectStatus.${colour}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        {...select}
        label={t('portfolio.sort')}
        value={filter.sort}
        onChange={(event) => onChange({ ...filter, sort: event.target.value as SortOrder })}
        slotProps={{ inputLabel: { shrink: true } }}
      >
        {SORT_ORDERS.map((order) => (
          <MenuItem key={order} value={order}>
            {t(`portfolio.sortBy.${order}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
