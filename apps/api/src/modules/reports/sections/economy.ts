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
import { FigureNotes } from '../figure-marks';
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
  const economy = await findEconomy(prisma, orgTree, unit.code, period, () => true);
  if (!economy) return { financialLines: [], businessAreaResults: [], charts: [] };
  const financialLines = economy.lines.map((line) => ({
    name: line.indicator.name,
    unit: line.indicator.unit,
    previousYearToDate: line.previousYear?.outcome ?? null,
    outcomeToDate: line.current?.outcome ?? null,
    budgetToDate: line.current?.periodTarget ?? null,
    fullYearForecast: line.current?.fullYearForecast ?? null,
    fullYearBudget: line.current?.annualTarget ?? null,
    rolledUpFrom: line.rolledUpFrom.map((from) => from.name),
  }));
  // The unit's result is the financial table's result line, as the overview reads it: the
  // business-area table repeats that stored figure rather than adding up its own sums, which
  // need not add up to it (rounding, lines the areas do not carry).
  // In tkr first, as the table is: the city rolls up both Intraservice's line (tkr) and the
  // executive board's (mnkr), and only the former's units carry business-area results.
  const resultLines = economy.lines.filter((line) => isResultLine(line.indicator.code));
  const resultLine = resultLines.find((line) => line.indicator.unit === 'TKR') ?? resultLines[0];
  const inTkr = (value: number | null | undefined) =>
    value == null ? null : resultLine?.indicator.unit === 'MNKR' ? value * 1000 : value;
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
          rolledUpFrom: [],
        });
      }
      rows.push({
        name: row.orgUnit.name,
        depth: depthOf(row.orgUnit.id),
        isTotal: false,
        resultToDate: row[part]?.outcome ?? null,
        fullYearForecast: row[part]?.fullYearForecast ?? null,
        rolledUpFrom: row.rolledUpFrom.map((from) => from.name),
      });
    }
    rows.push({
      name: sumName,
      depth: 0,
      isTotal: true,
      resultToDate: total?.[part]?.outcome ?? null,
      fullYearForecast: total?.[part]?.fullYearForecast ?? null,
      rolledUpFrom: total?.rolledUpFrom.map((from) => from.name) ?? [],
    });
    return rows;
  };
  const operations = block('operations', CONTENT_WORDS.operationsSum);
  const development = block('development', CONTENT_WORDS.developmentSum);
  const businessAreaResults: ReportBusinessAreaRow[] =
    operations.length + development.length === 2 && !total
      ? []
      : [
          ...operations,
          ...development,
          // Without a stored result line there is no figure the row could stand for.
          ...(resultLine
            ? [
                {
                  name: CONTENT_WORDS.result,
                  depth: 0,
                  isTotal: true,
                  resultToDate: inTkr(resultLine.current?.outcome),
                  fullYearForecast: inTkr(resultLine.current?.fullYearForecast),
                  rolledUpFrom: resultLine.rolledUpFrom.map((from) => from.name),
                },
              ]
            : []),
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
            // The business areas' own results, reported: none generated.
            generatedCategories: [],
          },
        ];
  return { financialLines, businessAreaResults, charts };
}

/**
 * A financial line that is a unit's result (OPERATING_RESULT, KS_RESULT), as the overview's
 * economy tile finds it; the business-area result lines are not among the financial lines.
 */
function isResultLine(code: string): boolean {
  return code.includes('RESULT');
}

/** As source 000 §2.4: the financial table, the text on the result, the result per business area. */
export function economyBlocks(builder: LayoutBuilder, section: ReportSectionContent, { year, month }: YearMonth): void {
  const monthName = MONTH_NAMES[month - 1];
  const lineNotes = new FigureNotes();
  // A rolled-up line's every figure is a sum of the units below.
  const lineFigure = (line: ReportSectionContent['financialLines'][number], value: number | null | undefined) =>
    lineNotes.mark(
      figure(value, line.unit, line.unit !== 'TKR'),
      line.rolledUpFrom.length > 0 && 'ROLLED_UP',
      line.rolledUpFrom,
    );
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
          { text: lineFigure(line, line.previousYearToDate) },
          { text: lineFigure(line, line.outcomeToDate) },
          { text: lineFigure(line, line.budgetToDate) },
          { text: lineFigure(line, line.fullYearForecast) },
          { text: lineFigure(line, line.fullYearBudget) },
        ],
      })),
      notes: lineNotes.notes(),
    });
  }
  builder.markdown(section.analysisText);
  if (section.businessAreaResults.length > 0) {
    const areaNotes = new FigureNotes();
    const areaFigure = (row: ReportSectionContent['businessAreaResults'][number], value: number | null | undefined) =>
      areaNotes.mark(figure(value, 'TKR', false), row.rolledUpFrom.length > 0 && 'ROLLED_UP', row.rolledUpFrom);
    const rows = section.businessAreaResults.map((row) => ({
      isTotal: row.isTotal,
      cells: [
        { text: row.name, indent: Math.max(0, row.depth - 1) },
        { text: areaFigure(row, row.resultToDate) },
        { text: areaFigure(row, row.fullYearForecast) },
      ],
    }));
    builder.table({
      caption: `${DOCUMENT_WORDS.businessAreaResults} ${monthName} ${year}, tkr`,
      showCaption: true,
      columns: [
        { heading: COLUMN_HEADINGS.businessAreaResult, align: 'left', width: 3.4 },
        { heading: `${COLUMN_HEADINGS.resultToDate} ${monthName} ${year}`, align: 'right', width: 1.6 },
        { heading: `${COLUMN_HEADINGS.businessAreaForecast} ${year}`, align: 'right', width: 1.6 },
      ],
      rows,
      notes: areaNotes.notes(),
    });
  }
  builder.charts(section.charts);
}
