import type {
  GoalModel,
  IndicatorModel,
  OrgUnitModel,
  Periodicity,
  PrismaClient,
  ReportModel,
  ReportSectionModel,
} from '@lagesbild/db';
import {
  endOfMonthIso,
  inTreeOrder,
  isAssignmentOverdue,
  overallColour,
  riskScore,
  tertialOfMonth,
  toIsoDate,
  toOptionalIsoDate,
  valueStatus,
} from '@lagesbild/types';
import type {
  IndicatorUnit,
  ReportBusinessAreaRow,
  ReportChart,
  ReportContent,
  ReportGoalRow,
  ReportIndicatorRow,
  ReportIndicatorTable,
  ReportProjectRow,
  ReportRiskRow,
  ReportSectionContent,
  TreeNode,
  YearMonth,
} from '@lagesbild/types';
import type { Loaders } from '../../context';
import { findEconomy } from '../economy';
import { listAssignmentsOfSubtree, listGoalsOfSubtree } from '../goals';
import { buildSeries } from '../indicators';
import { listPortfoliosOfUnitTree } from '../portfolio';
import { listRisksOfSubtree } from '../risks';

/** What compiling reads from: the request's database client, loaders and org tree. */
export interface CompileSources {
  prisma: PrismaClient;
  loaders: Loaders;
  orgTree: readonly TreeNode[];
}

/** A section as stored, with who last saved its text. */
export type StoredSection = ReportSectionModel & { updatedBy: { id: number; name: string } | null };

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
const UNIT_WORDS: Record<IndicatorUnit, string> = {
  PERCENT: 'procent',
  COUNT: 'antal',
  TKR: 'tkr',
  MNKR: 'mnkr',
  INDEX: 'index',
  FTE: 'årsarbetare',
  TERABYTE: 'terabyte',
};
/** Source 000 gives the year's indicators first, then the tertial's, then the month's. */
const PERIODICITY_ORDER: Periodicity[] = ['YEAR', 'TERTIAL', 'MONTH'];

/** The column heading of a period, as source 000 writes it: 2023, T2 2023, Maj 2023. */
export function periodLabel(periodicity: Periodicity, { year, month }: YearMonth): string {
  switch (periodicity) {
    case 'YEAR':
      return String(year);
    case 'TERTIAL':
      return `T${tertialOfMonth(month)} ${year}`;
    case 'MONTH':
      return `${MONTH_NAMES[month - 1]} ${year}`;
  }
}

const periodNumberOf = (periodicity: Periodicity, month: number) =>
  periodicity === 'YEAR' ? 1 : periodicity === 'TERTIAL' ? tertialOfMonth(month) : month;

const emptySection = (stored: StoredSection): ReportSectionContent => ({
  id: String(stored.id),
  kind: stored.kind,
  title: stored.title,
  perspectiveName: null,
  analysisText: stored.analysisText,
  analysisUpdatedBy: stored.updatedBy ? { id: String(stored.updatedBy.id), name: stored.updatedBy.name } : null,
  analysisUpdatedAt: stored.updatedBy ? stored.updatedAt.toISOString() : null,
  analysisVersion: stored.version,
  goalSummary: [],
  goals: [],
  indicatorTables: [],
  activities: [],
  assignments: [],
  financialLines: [],
  businessAreaResults: [],
  portfolios: [],
  deviatingProjects: [],
  risks: [],
  charts: [],
});

/**
 * A report's content compiled from the live data of its unit's subtree and period. Each
 * part comes from its module's service or the request's loaders, which batch every row of
 * a kind into one read, so the number of statements does not grow with the rows.
 */
export async function compileReportContent(
  sources: CompileSources,
  report: ReportModel,
  storedSections: readonly StoredSection[],
  compiledAt = new Date(),
): Promise<ReportContent> {
  const period = { year: report.year, month: report.month };
  const unit = (await sources.loaders.orgUnitById.load(report.orgUnitId))!;
  const goals = await listGoalsOfSubtree(sources.prisma, sources.orgTree, unit.code, period.year);
  const [goalRows, perspectiveTables, activities, assignments, economy, portfolio, risks] = await Promise.all([
    compileGoals(sources, goals, period),
    compileIndicatorTables(sources, goals, period),
    compileActivities(sources, unit, period),
    compileAssignments(sources, unit, period),
    compileEconomy(sources, unit, period),
    compilePortfolio(sources, unit, period),
    compileRisks(sources, unit, period),
  ]);
  const perspectiveNames = new Map(
    (
      await sources.loaders.perspectiveById.loadMany(
        storedSections.flatMap((section) => (section.perspectiveId === null ? [] : [section.perspectiveId])),
      )
    ).flatMap((perspective) =>
      perspective && !(perspective instanceof Error) ? [[perspective.id, perspective] as const] : [],
    ),
  );

  const sections = [...storedSections]
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((stored): ReportSectionContent => {
      const section = emptySection(stored);
      switch (stored.kind) {
        case 'SUMMARY':
          return { ...section, goalSummary: goalRows.map(({ row }) => row) };
        case 'PERSPECTIVE': {
          const perspective = perspectiveNames.get(stored.perspectiveId!)!;
          const tables = perspectiveTables.get(perspective.id) ?? [];
          return {
            ...section,
            perspectiveName: perspective.name,
            goals: goalRows.filter((goal) => goal.perspectiveId === perspective.id).map(({ row }) => row),
            indicatorTables: tables,
            charts: monthlyCharts(perspective.name, tables),
          };
        }
        case 'ACTIVITIES':
          return { ...section, activities };
        case 'ASSIGNMENTS':
          return { ...section, assignments };
        case 'ECONOMY':
          return { ...section, ...economy };
        case 'PORTFOLIO':
          return { ...section, ...portfolio };
        case 'RISKS':
          return { ...section, risks };
      }
    });

  return {
    orgUnitName: unit.name,
    orgUnitCode: unit.code,
    type: report.type,
    period,
    compiledAt: compiledAt.toISOString(),
    isFrozen: false,
    sections,
  };
}

/** The goals of the subtree with their assessed fulfilment in the period and the council goal they serve. */
async function compileGoals(
  { loaders }: CompileSources,
  goals: readonly GoalModel[],
  period: YearMonth,
): Promise<{ perspectiveId: number; row: ReportGoalRow }[]> {
  const perspectives = await loaders.perspectiveById.loadMany(goals.map((goal) => goal.perspectiveId));
  return Promise.all(
    goals.map(async (goal, index) => {
      const [assessment, parents] = await Promise.all([
        loaders.goalAssessmentUpTo.load({ id: goal.id, ...period }),
        goal.level === 'COUNCIL' ? Promise.resolve([] as GoalModel[]) : loaders.goalParents.load(goal.id),
      ]);
      const perspective = perspectives[index];
      return {
        perspectiveId: goal.perspectiveId,
        row: {
          perspectiveName: perspective && !(perspective instanceof Error) ? perspective.name : '',
          councilGoalTitle: parents[0]?.title ?? null,
          title: goal.title,
          fulfilment: assessment?.fulfilment ?? 'NOT_ASSESSED',
          comment: assessment?.comment ?? null,
        },
      };
    }),
  );
}

/**
 * Per perspective, the performance indicators of its goals in one table per periodicity:
 * the period of the report (the tertial in progress for a tertial indicator, as the May
 * report shows T2) and the same period a year earlier, made from months where need be.
 */
async function compileIndicatorTables(
  { loaders }: CompileSources,
  goals: readonly GoalModel[],
  period: YearMonth,
): Promise<Map<number, ReportIndicatorTable[]>> {
  const indicatorsOfGoals = await loaders.goalIndicators.loadMany(goals.map((goal) => goal.id));
  const byPerspective = new Map<number, IndicatorModel[]>();
  goals.forEach((goal, index) => {
    const linked = indicatorsOfGoals[index];
    if (!linked || linked instanceof Error) return;
    const list = byPerspective.get(goal.perspectiveId) ?? [];
    for (const indicator of linked) {
      if (indicator.kind === 'PERFORMANCE' && !list.some((listed) => listed.id === indicator.id)) list.push(indicator);
    }
    byPerspective.set(goal.perspectiveId, list);
  });

  // Every perspective's values are asked for before any is awaited, so the loader reads them in one batch.
  const tablesOfPerspectives = await Promise.all(
    [...byPerspective].map(async ([perspectiveId, indicators]) => {
      const rows = await Promise.all(
        indicators
          .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv'))
          .map(async (indicator) => {
            const values = await loaders.seriesValues.load({
              indicatorId: indicator.id,
              fromYear: period.year - 1,
              toYear: period.year,
            });
            const periodNumber = periodNumberOf(indicator.periodicity, period.month);
            const point = buildSeries(indicator, values, indicator.periodicity, period.year, period.year).find(
              (candidate) => candidate.periodNumber === periodNumber,
            );
            const figures = point?.figures ?? null;
            const row: ReportIndicatorRow = {
              indicatorId: String(indicator.id),
              name: indicator.name,
              unit: indicator.unit,
              previousYearOutcome: point?.previousYear?.outcome ?? null,
              outcome: figures?.outcome ?? null,
              periodTarget: figures?.periodTarget ?? null,
              fullYearForecast: figures?.fullYearForecast ?? null,
              annualTarget: figures?.annualTarget ?? null,
              rolling12: indicator.periodicity === 'MONTH' ? (figures?.rolling12 ?? null) : null,
              status: figures ? valueStatus(indicator, figures) : 'NOT_ASSESSED',
            };
            return { periodicity: indicator.periodicity, row };
          }),
      );
      return [
        perspectiveId,
        PERIODICITY_ORDER.flatMap((periodicity) => {
          const ofPeriodicity = rows.filter((row) => row.periodicity === periodicity).map(({ row }) => row);
          if (ofPeriodicity.length === 0) return [];
          return [
            {
              periodicity,
              periodLabel: periodLabel(periodicity, period),
              previousPeriodLabel: periodLabel(periodicity, { ...period, year: period.year - 1 }),
              hasRolling12: ofPeriodicity.some((row) => row.rolling12 != null),
              rows: ofPeriodicity,
            },
          ];
        }),
      ] as const;
    }),
  );
  return new Map<number, ReportIndicatorTable[]>(tablesOfPerspectives);
}

/** Per unit of measure, the monthly indicators' outcome this year and last against the target: figures of the table. */
function monthlyCharts(perspectiveName: string, tables: readonly ReportIndicatorTable[]): ReportChart[] {
  const monthly = tables.find((table) => table.periodicity === 'MONTH');
  if (!monthly) return [];
  const units = [...new Set(monthly.rows.map((row) => row.unit))];
  return units.map((unit) => {
    const rows = monthly.rows.filter((row) => row.unit === unit);
    return {
      title: `${perspectiveName}: månadsindikatorer ${monthly.periodLabel.toLowerCase()}, utfall och mål (${UNIT_WORDS[unit]})`,
      kind: 'BAR',
      unit,
      categories: rows.map((row) => row.name),
      series: [
        {
          name: `Utfall ${monthly.previousPeriodLabel.toLowerCase()}`,
          values: rows.map((row) => row.previousYearOutcome ?? null),
        },
        { name: `Utfall ${monthly.periodLabel.toLowerCase()}`, values: rows.map((row) => row.outcome ?? null) },
        { name: `Mål ${monthly.periodLabel.toLowerCase()}`, values: rows.map((row) => row.periodTarget ?? null) },
      ],
    };
  });
}

async function compileActivities({ prisma, loaders, orgTree }: CompileSources, unit: OrgUnitModel, period: YearMonth) {
  const unitIds = inTreeOrder(orgTree, unit.id).map((node) => node.id);
  const activities = await prisma.activity.findMany({
    where: { orgUnitId: { in: unitIds } },
    include: { perspective: { select: { name: true, sortOrder: true } } },
    orderBy: [{ perspective: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
  return Promise.all(
    activities.map(async (activity) => {
      const update = await loaders.activityUpdateUpTo.load({ id: activity.id, ...period });
      return {
        perspectiveName: activity.perspective.name,
        title: activity.title,
        endDate: toOptionalIsoDate(activity.endDate),
        status: update?.status ?? 'NOT_STARTED',
        comment: update?.comment ?? null,
      };
    }),
  );
}

async function compileAssignments({ prisma, loaders, orgTree }: CompileSources, unit: OrgUnitModel, period: YearMonth) {
  const assignments = await listAssignmentsOfSubtree(prisma, orgTree, unit.code);
  return Promise.all(
    assignments.map(async (assignment) => {
      const update = await loaders.assignmentUpdateUpTo.load({ id: assignment.id, ...period });
      const dueDate = toOptionalIsoDate(assignment.deadline);
      const status = update?.status ?? 'NOT_STARTED';
      return {
        title: assignment.title,
        source: assignment.source,
        caseNumber: assignment.caseNumber,
        dueDate,
        status,
        isOverdue: isAssignmentOverdue(status, dueDate, period),
        comment: update?.comment ?? null,
      };
    }),
  );
}

/**
 * The financial table and the result per business area as source 000 lays it out: the
 * operations (förvaltning) of each area and their sum, the development (utveckling) of each
 * and their sum, then the unit's result.
 */
async function compileEconomy({ prisma, loaders, orgTree }: CompileSources, unit: OrgUnitModel, period: YearMonth) {
  const economy = await findEconomy(prisma, unit.code, period);
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
  const operations = block('operations', 'Summa förvaltning');
  const development = block('development', 'Summa utveckling');
  const businessAreaResults: ReportBusinessAreaRow[] =
    operations.length + development.length === 2 && !total
      ? []
      : [
          ...operations,
          ...development,
          {
            name: 'Resultat, tkr',
            depth: 0,
            isTotal: true,
            resultToDate: sum(total?.operations?.outcome, total?.development?.outcome),
            fullYearForecast: sum(total?.operations?.fullYearForecast, total?.development?.fullYearForecast),
          },
        ];
  const charted = [
    ...operations
      .filter((row) => !row.isTotal && row.resultToDate !== null)
      .map((row) => ({ ...row, name: `${row.name}, förvaltning` })),
    ...development
      .filter((row) => !row.isTotal && row.resultToDate !== null)
      .map((row) => ({ ...row, name: `${row.name}, utveckling` })),
  ];
  const charts: ReportChart[] =
    charted.length === 0
      ? []
      : [
          {
            title: `Resultat per verksamhetsområde, tkr`,
            kind: 'BAR',
            unit: 'TKR',
            categories: charted.map((row) => row.name),
            series: [
              {
                name: `Ack utfall ${periodLabel('MONTH', period).toLowerCase()}`,
                values: charted.map((row) => row.resultToDate ?? null),
              },
              { name: `Prognos helår ${period.year}`, values: charted.map((row) => row.fullYearForecast ?? null) },
            ],
          },
        ];
  return { financialLines, businessAreaResults, charts };
}

/** Each portfolio's narrative of the month and every project yellow or red in its latest report by the month's end. */
async function compilePortfolio({ prisma, loaders, orgTree }: CompileSources, unit: OrgUnitModel, period: YearMonth) {
  const portfolioList = await listPortfoliosOfUnitTree(prisma, orgTree, unit.code);
  const perPortfolio = await Promise.all(
    portfolioList.map(async (portfolio) => {
      const [status, projects] = await Promise.all([
        loaders.portfolioPeriodStatusUpTo.load({ id: portfolio.id, ...period }),
        loaders.projectsOfPortfolio.load(portfolio.id),
      ]);
      const deviating = await Promise.all(
        projects.map(async (project): Promise<ReportProjectRow | null> => {
          const [latest] = await loaders.reportsOfProjectUpTo.load({ id: project.id, ...period });
          if (!latest || overallColour(latest) === 'GREEN') return null;
          const deviations = await loaders.deviationsOfReport.load(latest.id);
          const colourOf = { TIME: latest.time, COST: latest.cost, RESULT: latest.result } as const;
          return {
            portfolioName: portfolio.name,
            name: project.name,
            state: project.state,
            time: latest.time,
            cost: latest.cost,
            result: latest.result,
            reportDate: toIsoDate(latest.reportDate),
            deviations: deviations
              .filter((deviation) => colourOf[deviation.dimension] !== 'GREEN')
              .map((deviation) => ({
                dimension: deviation.dimension,
                status: colourOf[deviation.dimension],
                cause: deviation.cause,
                action: deviation.action,
              })),
          };
        }),
      );
      return {
        portfolio: { name: portfolio.name, narrative: status?.narrative ?? null, changes: status?.changes ?? null },
        deviating: deviating.filter((row): row is ReportProjectRow => row !== null),
      };
    }),
  );
  return {
    portfolios: perPortfolio.map(({ portfolio }) => portfolio),
    deviatingProjects: perPortfolio.flatMap(({ deviating }) => deviating),
  };
}

/** The risks of the subtree valued by the month's end, the highest score first, with their mitigations. */
async function compileRisks(
  { prisma, loaders, orgTree }: CompileSources,
  unit: OrgUnitModel,
  period: YearMonth,
): Promise<ReportRiskRow[]> {
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
      };
    }),
  );
  return rows
    .filter((row): row is ReportRiskRow => row !== null)
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'sv'));
}
