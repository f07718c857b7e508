import type { Theme } from '@mui/material/styles';

/** The colours of a unit's own lines in the indicator chart. */
export function ownLineColours(theme: Theme) {
  return {
    outcome: theme.palette.primary.main,
    target: theme.palette.success.dark,
    forecast: theme.palette.warning.dark,
    rolling12: theme.palette.secondary.main,
    previousYear: theme.palette.grey[500],
  };
}

/**
 * Compared units: hues of the Okabe–Ito and Tol palettes that stay clear of the unit's own
 * lines (Okabe–Ito's vermillion and blue were the forecast's orange and the outcome's blue
 * again), each with its own dash so colour is not the only cue.
 */
export const COMPARISON_STROKES = [
  { colour: '#cc79a7', dash: '8 3' },
  { colour: '#56b4e9', dash: '2 3' },
  { colour: '#000000', dash: '12 3 2 3' },
  { colour: '#882255', dash: '4 2' },
  { colour: '#44aa99', dash: '1 2' },
  { colour: '#999933', dash: '10 2 2 2 2 2' },
  { colour: '#aa4499', dash: '6 6' },
  { colour: '#332288', dash: '3 6' },
] as const;
