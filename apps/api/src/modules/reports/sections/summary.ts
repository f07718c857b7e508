import { DOCUMENT_WORDS } from '../report-labels';
import { goalTable } from './goals';
import type { SectionKind } from './section-kind';

/** Source 000 §1: the goals per area, then the summary text. */
export const summarySection: SectionKind = {
  async compile(scope) {
    const goalSummary = (await scope.goalRows()).map(({ row }) => row);
    return () => ({ goalSummary });
  },
  layout(builder, sections) {
    for (const summary of sections) {
      builder.chapter(summary.title);
      if (summary.goalSummary.length > 0)
        builder.table(goalTable(summary.goalSummary, true, DOCUMENT_WORDS.goalsPerArea));
      builder.markdown(summary.analysisText);
      builder.charts(summary.charts);
    }
  },
};
