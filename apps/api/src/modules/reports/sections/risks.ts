import { endOfMonthIso, riskScore, toIsoDate } from '@lagesbild/types';
import type { ReportRiskRow } from '@lagesbild/types';
import { listRisksOfSubtree } from '../../risks';
import { COLUMN_HEADINGS } from '../report-labels';
import { FigureNotes } from '../figure-marks';
import type { ReportScope, SectionKind } from './section-kind';

/** Source 000 chapter 6: the risks of the subtree by score, with their mitigations. */
export const risksSection: SectionKind = {
  async compile(scope) {
    const risks = await compileRisks(scope);
    return () => ({ risks });
  },
  layout(builder, sections) {
    for (const section of sections) {
      builder.chapter(section.title);
      builder.markdown(section.analysisText);
      if (section.risks.length > 0) {
        const notes = new FigureNotes();
        const valuation = (value: number, isDemoValue: boolean) =>
          notes.mark(String(value), isDemoValue && 'DEMO_VALUE');
        const rows = [...section.risks]
          .sort((first, second) => second.score - first.score)
          .map((row) => ({
            cells: [
              { text: row.title },
              { text: row.categoryName },
              { text: valuation(row.probability, row.isDemoValue) },
              { text: valuation(row.consequence, row.isDemoValue) },
              { text: valuation(row.score, row.isDemoValue) },
              { text: row.mitigations.map((mitigation) => `– ${mitigation}`).join('\n') },
            ],
          }));
        builder.table({
          caption: section.title,
          showCaption: false,
          columns: [
            { heading: COLUMN_HEADINGS.risk, align: 'left', width: 2.6 },
            { heading: COLUMN_HEADINGS.category, align: 'left', width: 1.4 },
            { heading: COLUMN_HEADINGS.probability, align: 'right', width: 1.1 },
            { heading: COLUMN_HEADINGS.consequence, align: 'right', width: 1.1 },
            { heading: COLUMN_HEADINGS.score, align: 'right', width: 0.9 },
            { heading: COLUMN_HEADINGS.mitigations, align: 'left', width: 3.2 },
          ],
          rows,
          notes: notes.notes(),
        });
      }
      builder.charts(section.charts);
    }
  },
};

/** The risks of the subtree valued by the month's end, the highest score first, with their mitigations. */
async function compileRisks({ sources: { prisma, loaders, orgTree }, unit, period }: ReportScope) {
  const lastDay = endOfMonthIso(period);
  const risks = await listRisksOfSubtree(prisma, orgTree, unit.code);
  const rows = await Promise.all(
    risks.map(async (risk): Promise<ReportRiskRow | null> => {
      const [valuations, mitigations, category] = await Promise.all([
        loaders.riskValuations.load(risk.id),
        loaders.riskMitigations.load(risk.id),
        loaders.riskCategoryById.load(risk.categoryId),
      ]);
      const valuation = valuations.findLast((candidate) => toIsoDate(candidate.valuedOn) <= lastDay);
      if (!valuation) return null;
      return {
        title: risk.title,
        categoryName: category?.name ?? '',
        probability: valuation.probability,
        consequence: valuation.consequence,
        score: riskScore(valuation.probability, valuation.consequence),
        mitigations: mitigations.map((mitigation) => mitigation.title),
        isDemoValue: valuation.isDemoValue,
      };
    }),
  );
  return rows
    .filter((row): row is ReportRiskRow => row !== null)
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'sv'));
}
