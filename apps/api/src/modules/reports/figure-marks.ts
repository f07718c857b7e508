import type { ChartMarks } from '../../documents';
import type { ReportChart } from '../../generated/resolver-types';
import { FIGURE_MARKS } from './report-labels';

/** Why a figure in a report is not a figure someone reported (see FIGURE_MARKS). */
export type FigureMark = 'GENERATED' | 'DEMO_VALUE' | 'ROLLED_UP';

/**
 * The marks of one table: `mark` appends a figure's symbol and remembers it, `notes` says
 * what each symbol used means, in the order of FIGURE_MARKS, for the line under the table.
 * A table without marked figures has no notes.
 */
export class FigureNotes {
  private readonly used = new Set<FigureMark>();
  private readonly rolledUpFrom = new Set<string>();

  /** The cell's text with the mark's symbol after it; an empty cell (no figure) is left unmarked. */
  mark(text: string, mark: FigureMark | null | false, units: readonly string[] = []): string {
    if (!mark || text === '') return text;
    this.used.add(mark);
    if (mark === 'ROLLED_UP') for (const unit of units) this.rolledUpFrom.add(unit);
    return `${text}\u00a0${FIGURE_MARKS[mark].symbol}`;
  }

  notes(): string[] {
    const notes: string[] = [];
    if (this.used.has('GENERATED')) notes.push(`${FIGURE_MARKS.GENERATED.symbol} ${FIGURE_MARKS.GENERATED.note}`);
    if (this.used.has('DEMO_VALUE')) notes.push(`${FIGURE_MARKS.DEMO_VALUE.symbol} ${FIGURE_MARKS.DEMO_VALUE.note}`);
    if (this.used.has('ROLLED_UP'))
      notes.push(`${FIGURE_MARKS.ROLLED_UP.symbol} ${FIGURE_MARKS.ROLLED_UP.note([...this.rolledUpFrom])}`);
    return notes;
  }
}

/** A chart's categories holding a generated value, marked as in the tables (LayoutBuilder.charts). */
export function generatedChartMarks(chart: ReportChart): ChartMarks {
  return {
    categories: chart.generatedCategories,
    symbol: FIGURE_MARKS.GENERATED.symbol,
    note: FIGURE_MARKS.GENERATED.note,
  };
}
