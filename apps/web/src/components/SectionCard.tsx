import Paper from '@mui/material/Paper';
import type { SxProps, Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface SectionCardProps {
  /** Names the section for assistive technology: its heading's id. */
  id: string;
  title: ReactNode;
  /** Extra styles, e.g. a grid placement; the padding stays. */
  sx?: SxProps<Theme>;
  children: ReactNode;
}

/** A titled section of a page in an outlined card, its heading a level-2 heading. */
export function SectionCard({ id, title, sx, children }: SectionCardProps) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={id}
      sx={[{ p: 2 }, ...(Array.isArray(sx) ? (sx as readonly SxProps<Theme>[]) : [sx])] as SxProps<Theme>}
    >
      <Typography variant="h6" component="h2" id={id}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}
