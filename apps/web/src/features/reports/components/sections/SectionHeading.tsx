import Typography from '@mui/material/Typography';

export interface SectionHeadingProps {
  children: string;
}

/** A table's heading inside a report section (the section's own title is an h2). */
export function SectionHeading({ children }: SectionHeadingProps) {
  return (
    <Typography variant="h6" component="h3" sx={{ mt: 2, mb: 1 }}>
      {children}
    </Typography>
  );
}
