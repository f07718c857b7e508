import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/**
 * Text for screen readers only, e.g. the header of a column of icon buttons. It is placed
 * absolutely: inside a scroll box, give its container `position: relative`, or it widens the page.
 */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return (
    <Box
      component="span"
      sx={{
        position: 'absolute',
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
