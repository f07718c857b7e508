import Stack from '@mui/material/Stack';
import type { ValueStatus } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';

const COLOURS: ValueStatus[] = ['RED', 'YELLOW', 'GREEN', 'NOT_ASSESSED'];

export interface ColourCountsProps {
  counts: Record<ValueStatus, number>;
}

/** How many of a portfolio's projects are red, yellow, green or without a status update. */
export function ColourCounts({ counts }: ColourCountsProps) {
  const { t } = useTranslation();
  return (
    <Stack
      direction="row"
      component="ul"
      aria-label={t('portfolio.counts')}
      sx={{ flexWrap: 'wrap', gap: 0.5, p: 0, m: 0, listStyle: 'none' }}
    >
      {COLOURS.map((colour) => (
        <li key={colour}>
          <StatusChip
            status={colour}
            label={t('portfolio.countOf', { label: t(`overview.projectStatus.${colour}`), count: counts[colour] })}
          />
        </li>
      ))}
    </Stack>
  );
}
