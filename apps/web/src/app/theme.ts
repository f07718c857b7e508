import { createTheme } from '@mui/material/styles';
import { svSE } from '@mui/material/locale';

/** Göteborg-like blue; text colours meet WCAG AA contrast on white. */
export const theme = createTheme(
  {
    palette: {
      primary: { main: '#004b89' },
      secondary: { main: '#ffd200' },
      background: { default: '#f6f7f9' },
    },
    typography: {
      fontFamily: '"Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      h4: { fontWeight: 700 },
      h5: { fontWeight: 600 },
    },
  },
  svSE,
);
