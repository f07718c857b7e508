import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

export interface CardGridProps {
  /** Columns on a wide screen; a phone always gets one, a tablet at most two. */
  columns?: 2 | 3;
  children: ReactNode;
}

/** Cards side by side, as many as fit; long content wraps inside a card instead of widening the page. */
export function CardGrid({ columns = 3, children }: CardGridProps) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: {
          xs: 'minmax(0, 1fr)',
          sm: columns === 3 ? 'repeat(2, minmax(0, 1fr))' : 'minmax(0, 1fr)',
          md: 'repeat(2, minmax(0, 1fr))',
          lg: `repeat(${columns}, minmax(0, 1fr))`,
        },
      }}
    >
      {children}
    </Box>
  );
}
