import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { READING_ORDER, STATE_APPEARANCE } from '../discipline-states';
import type { DisciplineCounts } from '../discipline-states';

export interface DisciplineCountsLineProps {
  counts: DisciplineCounts;
}

/** The counts in words, each with its icon and colour: "12 i tid · 3 sent · 2 saknas". States without any are left out. */
export function DisciplineCountsLine({ counts }: DisciplineCountsLineProps) {
  const { t } = useTranslation();
  return (
    <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}>
      {READING_ORDER.filter((state) => counts[state] > 0).map((state) => {
        const { Icon, colour, tint } = STATE_APPEARANCE[state];
        return (
          <Box
            component="li"
            key={state}
            data-state={state}
            sx={{
              display: 'inline-flex',
              alignItems: 'center',
              gap: 0.5,
              px: 1,
              py: 0.25,
              borderRadius: 1,
              border: `1px solid ${colour}`,
              backgroundColor: tint,
              color: colour,
              fontWeight: 600,
            }}
          >
            <Icon aria-hidden fontSize="small" />
            {t(`discipline.count.${state}`, { count: counts[state] })}
          </Box>
        );
      })}
    </Box>
  );
}
