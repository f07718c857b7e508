import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../../../components/VisuallyHidden';

/** Why a figure in a report is not one someone reported; the same marks as in the PDF and Word file. */
export type FigureMark = 'GENERATED' | 'DEMO_VALUE' | 'ROLLED_UP';

/** The symbols of the printed report (FIGURE_MARKS in the API's report labels), so screen and paper agree. */
export const MARK_SYMBOLS: Record<FigureMark, string> = { GENERATED: '*', DEMO_VALUE: '†', ROLLED_UP: 'Σ' };

const MARK_ORDER: FigureMark[] = ['GENERATED', 'DEMO_VALUE', 'ROLLED_UP'];

export interface MarkedFigureProps {
  /** The formatted figure; an empty one (no figure) is not marked. */
  children: ReactNode;
  mark: FigureMark | null | false;
}

/** A figure with its mark after it; a screen reader hears the mark's word instead of the symbol. */
export function MarkedFigure({ children, mark }: MarkedFigureProps) {
  const { t } = useTranslation();
  if (!mark || children === '' || children == null) return <>{children}</>;
  return (
    <>
      {children}
      <span aria-hidden="true">{`\u00a0${MARK_SYMBOLS[mark]}`}</span>
      <VisuallyHidden>{` (${t(`reports.mark_${mark}`)})`}</VisuallyHidden>
    </>
  );
}

export interface MarkNotesProps {
  /** The marks the table's figures carry; each is explained once, in a fixed order. */
  marks: readonly (FigureMark | null | false)[];
  /** The units a summed figure is made of, named in its note. */
  rolledUpFrom?: readonly string[];
}

/** What each mark in a table means, under the table as in the printed report. */
export function MarkNotes({ marks, rolledUpFrom = [] }: MarkNotesProps) {
  const { t } = useTranslation();
  const used = MARK_ORDER.filter((mark) => marks.includes(mark));
  if (used.length === 0) return null;
  const units = [...new Set(rolledUpFrom)];
  return (
    <Box sx={{ pt: 1 }}>
      {used.map((mark) => (
        <Typography key={mark} variant="caption" color="text.secondary" component="p" sx={{ px: 2, pb: 1, m: 0 }}>
          <span aria-hidden="true">{MARK_SYMBOLS[mark]} </span>
          {mark === 'ROLLED_UP'
            ? t('reports.markNote_ROLLED_UP', { count: units.length, units: units.join(', ') })
            : t(`reports.markNote_${mark}`)}
        </Typography>
      ))}
    </Box>
  );
}
