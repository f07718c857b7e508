import type { ReportBusinessAreaRow, ReportChart, YearMonth } from '@lagesbild/types';
import type { ReportSectionContent } from '../../../generated/resolver-types';
import { findEconomy } from '../../economy';
import type { LayoutBuilder } from '../../../documents';
import { figure } from '../../../documents';
import {
  COLUMN_HEADINGS,
  CONTENT_WORDS,
  DOCUMENT_WORDS,
  MONTH_NAMES,
  PERIODICITY_NAMES,
  periodLabel,
} from '../report-labels';
import type { ReportScope, SectionKind } from './section-kind';

/**
 * Source 000 §2.4: the financial table and the result per business area. On paper it stands
 * in the perspective Ekonomi, so the perspectives' chapter lays it out (economyBlocks).
 */
export const economySection: SectionKind = {
  async compile(scope) {
    const economy = await compileEconomy(scope);
    return () => economy;
  },
  layout: null,
};

/**
 * The financial table and the result per business area as source 000 lays it out: the
 * operations (förvaltning) of each area and their sum, the development (utveckling) of each
 * and their sum, then the unit's result.
 */
async function compileEconomy({ sources: { prisma, loaders, orgTree }, unit, period }: ReportScope) {
  // A report is read only by those who read its whole subtree (orgUnitSubtree), so every
  // unit below may go into its sums.
  const economy = await findEconomy(prisma, unit.code, period, () => true);
  if (!economy) return { financialLines: [], businessAreaResults: [], charts: [] };
  const financialLines = economy.lines.map((line) => ({
    name: line.indicator.name,
    unit: line.indicator.unit,
    previousYearToDate: line.previousYear?.outcome ?? null,
    outcomeToDate: line.current?.outcome ?? null,
    budgetToDate: line.current?.periodTarget ?? null,
    fullYearForecast: line.current?.fullYearForecast ?? null,
    fullYearBudget: line.current?.annualTarget ?? null,
  }));
  const parentOf = new Map(orgTree.map((node) => [node.id, node.parentId]));
  const depthOf = (orgUnitId: number) => {
    let depth = 0;
    for (let id: number | null | undefined = orgUnitId; id != null && id !== unit.id; id = parentOf.get(id)) depth += 1;
    return depth;
  };
  // An area whose result is given only for the areas below it (Gemensamma tjänster) heads them, as in source 000.
  const headingIds = [
    ...new Set(
      economy.businessAreaResults.flatMap((row) => {
        const parentId = parentOf.get(row.orgUnit.id);
        return parentId != null && parentId !== unit.id ? [parentId] : [];
      }),
    ),
  ].filter((id) => !economy.businessAreaResults.some((row) => row.orgUnit.id === id));
  const headings = new Map(
    (await loaders.orgUnitById.loadMany(headingIds)).flatMap((heading) =>
      heading && !(heading instanceof Error) ? [[heading.id, heading] as const] : [],
    ),
  );
  const total = economy.businessAreaResults.find((row) => row.isTotal);
  const block = (part: 'operations' | 'development', sumName: string): ReportBusinessAreaRow[] => {
    const rows: ReportBusinessAreaRow[] = [];
    const headed = new Set<number>();
    for (const row of economy.businessAreaResults) {
      if (row.isTotal || !row[part]) continue;
      const parentId = parentOf.get(row.orgUnit.id);
      const heading = parentId != null ? headings.get(parentId) : undefined;
      if (heading && !headed.has(heading.id)) {
        headed.add(heading.id);
        rows.push({
          name: heading.name,
          depth: depthOf(heading.id),
          isTotal: false,
          resultToDate: null,
          fullYearForecast: null,
        });
      }
      rows.push({
        name: row.orgUnit.name,
        depth: depthOf(row.orgUnit.id),
        isTotal: false,
        resultToDate: row[part]?.outcome ?? null,
        fullYearForecast: row[part]?.fullYearForecast ?? null,
      });
    }
    rows.push({
      name: sumName,
      depth: 0,
      isTotal: true,
      resultToDate: total?.[part]?.outcome ?? null,
      fullYearForecast: total?.[part]?.fullYearForecast ?? null,
    });
    return rows;
  };
  const sum = (a: number | null | undefined, b: number | null | undefined) =>
    a == null && b == null ? null : (a ?? 0) + (b ?? 0);
  const operations = block('operations', CONTENT_WORDS.operationsSum);
  const development = block('development', CONTENT_WORDS.developmentSum);
  const businessAreaResults: ReportBusinessAreaRow[] =
    operations.length + development.length === 2 && !total
      ? []
      : [
          ...operations,
          ...development,
          {
            name: CONTENT_WORDS.result,
            depth: 0,
            isTotal: true,
            resultToDate: sum(total?.operations?.outcome, total?.development?.outcome),
            fullYearForecast: sum(total?.operations?.fullYearForecast, total?.development?.fullYearForecast),
          },
        ];
  const charted = [
    ...operations
      .filter((row) => !row.isTotal && row.resultToDate !== null)
      .map((row) => ({ ...row, name: `${row.name}, ${CONTENT_WORDS.operations}` })),
    ...development
      .filter((row) => !row.isTotal && row.resultToDate !== null)
      .map((row) => ({ ...row, name: `${row.name}, ${CONTENT_WORDS.development}` })),
  ];
  const charts: ReportChart[] =
    charted.length === 0
      ? []
      : [
          {
            title: CONTENT_WORDS.resultPerBusinessArea,
            kind: 'BAR',
            unit: 'TKR',
            categories: charted.map((row) => row.name),
            series: [
              {
                name: `${CONTENT_WORDS.outcomeToDate} ${periodLabel('MONTH', period).toLowerCase()}`,
                values: charted.map((row) => row.resultToDate ?? null),
              },
              {
                name: `${CONTENT_WORDS.fullYearForecast} ${period.year}`,
                values: charted.map((row) => row.fullYearForecast ?? null),
              },
            ],
          },
        ];
  return { financialLines, businessAreaResults, charts };
}

/** As source 000 §2.4: the financial table, the text on the result, the result per business area. */
export function economyBlocks(builder: LayoutBuilder, section: ReportSectionContent, { year, month }: YearMonth): void {
  const monthName = MONTH_NAMES[month - 1];
  if (section.financialLines.length > 0) {
    builder.table({
      caption: `${DOCUMENT_WORDS.financialTable} ${monthName} ${year}, tkr`,
      showCaption: true,
      columns: [
        {
          heading: `${COLUMN_HEADINGS.indicator} (${PERIODICITY_NAMES.MONTH.toLowerCase()})`,
          align: 'left',
          width: 2.6,
        },
        { heading: `${COLUMN_HEADINGS.previousYearToDate} ${year - 1}`, align: 'right', width: 1.2 },
        { heading: `${COLUMN_HEADINGS.outcomeToDate} ${year}`, align: 'right', width: 1.2 },
        { heading: `${COLUMN_HEADINGS.budgetToDate} ${year}`, align: 'right', width: 1.2 },
        { heading: `${COLUMN_HEADINGS.fullYearForecastOfYear} ${year}`, align: 'right', width: 1.2 },
        { heading: `${COLUMN_HEADINGS.fullYearBudget} ${year}`, align: 'right', width: 1.2 },
      ],
      rows: section.financialLines.map((line) => ({
        cells: [
          { text: line.name },
          { text: figure(line.previousYearToDate, line.unit, line.unit !== 'TKR') },
          { text: figure(line.outcomeToDate, line.unit, line.unit !== 'TKR') },
          { text: figure(line.budgetToDate, line.unit, line.unit !== 'TKR') },
          { text: figure(line.fullYearForecast, line.unit, line.unit !== 'TKR') },
          { text: figure(line.fullYearBudget, line.unit, line.unit !== 'TKR') },
        ],
      })),
    });
  }
  builder.markdown(section.analysisText);
  if (section.businessAreaResults.length > 0) {
    builder.table({
      caption: `${DOCUMENT_WORDS.businessAreaResults} ${monthName} ${year}, tkr`,
      showCaption: true,
      columns: [
        { heading: COLUMN_HEADINGS.businessAreaResult, align: 'left', width: 3.4 },
        { heading: `${COLUMN_HEADINGS.resultToDate} ${monthName} ${year}`, align: 'right', width: 1.6 },
        { heading: `${COLUMN_HEADINGS.businessAreaForecast} ${year}`, align: 'right', width: 1.6 },
      ],
      rows: section.businessAreaResults.map((row) => ({
        isTotal: row.isTotal,
        cells: [
          { text: row.name, indent: Math.max(0, row.depth - 1) },
          { text: figure(row.resultToDate, 'TKR', false) },
          { text: figure(row.fullYearForecast, 'TKR', false) },
        ],
      })),
    });
  }
  builder.charts(section.charts);
}
