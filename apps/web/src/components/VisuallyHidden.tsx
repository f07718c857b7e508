import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/**
 * Text for screen readers only, e.g. the header of a column of icon buttons. It is placed
 * absolutely at the top left of its positioned container: left at its place in the flow, one in
 * a table that scrolls in its own box (the users table at 360 px) sat beyond the box's clipping
 * and widened the whole page.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return (
    <Box
      component="span"
      sx={{
        position: 'absolute',
        top: 0,
        left: 0,
        // Strings, not numbers: MUI reads width 1 as 100 % and margin -1 as a spacing step.
        width: '1px',
        height: '1px',
        p: 0,
        m: '-1px',
        overflow: 'hidden',
        clip: 'rect(0 0 0 0)',
        whiteSpace: 'nowrap',
        border: 0,
      }}
    >
      {children}
    </Box>
  );
}
