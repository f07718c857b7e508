import type { IndicatorValueModel, OrgUnitModel, PrismaClient } from '@lagesbild/db';
import type { YearMonth } from '@lagesbild/types';
import { inTreeOrder } from '@lagesbild/types';
import { rollUpInTree, rollupKindOf, withThresholdHistory } from '../indicators';
import { findUnitByCode } from '../organisation';
import type { IndicatorWithHistory, RolledUpValue } from '../indicators';

/** The business-area result lines of source 000 §2.4, by indicator code. */
export const RESULT_CODES = { operations: 'RESULT_OPERATIONS', development: 'RESULT_DEVELOPMENT' } as const;

export interface EconomyRow {
  orgUnit: OrgUnitModel;
  month: YearMonth;
  lines: FinancialLineRow[];
  businessAreaResults: BusinessAreaResultRow[];
}

/** A stored value, or one rolled up from the units below (see rollUpInTree in indicators). */
export type LineValue = IndicatorValueModel | RolledUpValue;

export interface FinancialLineRow {
  /** The unit's own indicator, or for a rolled-up line the definition the units below share. */
  indicator: IndicatorWithHistory;
  /** The unit the line's figures are of (whose readers may read it). */
  orgUnitId: number;
  /** The units below whose figures are summed into the line; empty for the unit's own line. */
  rolledUpFrom: OrgUnitModel[];
  /** The month the current figures are of, whose thresholds judge them. */
  month: YearMonth;
  current: LineValue | null;
  previousYear: LineValue | null;
  /** The year's own value: the plan's full-year budget (annual target), set on Målvärden och budget. */
  plan: LineValue | null;
}

export interface BusinessAreaResultRow {
  orgUnit: OrgUnitModel;
  isTotal: boolean;
  /** The units below whose results are summed into the row; empty for the unit's own. */
  rolledUpFrom: OrgUnitModel[];
  operations: LineValue | null;
  development: LineValue | null;
  operationsPlan: LineValue | null;
  developmentPlan: LineValue | null;
}

/**
 * The economy of a unit in three set-based reads, from the organisation's units as the request
 * read them: the financial indicators of the unit's subtree, their thresholds' history, and
 * their monthly values for the month and a year before.
 *
 * A unit that keeps no financial lines of its own (the city) shows its children's lines
 * summed, code by code (rollUpInTree), and a total result row summed from its children's:
 * computed from the same read, never stored, each marked with the units it is made of.
 * Like every total of the overview, a sum is made of the units the user may read: a reader
 * of one committee sees the city's sum of that committee alone, named as such, never a
 * figure that holds a sibling committee's.
 */
export async function findEconomy(
  prisma: PrismaClient,
  unitsInDisplayOrder: readonly OrgUnitModel[],
  orgUnitCode: string,
  month: YearMonth,
  canRead: (orgUnitId: number) => boolean,
): Promise<EconomyRow | null> {
  const unit = findUnitByCode(unitsInDisplayOrder, orgUnitCode);
  if (!unit) return null;
  const subtree = inTreeOrder(unitsInDisplayOrder, unit.id);
  const financialIndicators = await prisma.indicator.findMany({
    where: { kind: 'FINANCIAL', orgUnitId: { in: subtree.map((node) => node.id) } },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  const [indicators, values] = await Promise.all([
    withThresholdHistory(prisma, financialIndicators),
    prisma.indicatorValue.findMany({
      where: {
        indicatorId: { in: financialIndicators.map((indicator) => indicator.id) },
        OR: [
          { granularity: 'MONTH', periodNumber: month.month, year: { in: [month.year, month.year - 1] } },
          // The year's own value holds the plan's full-year budget (Målvärden och budget).
          { granularity: 'YEAR', year: month.year },
        ],
      },
    }),
  ]);
  const valueOf = (indicator: IndicatorWithHistory | undefined, year: number) =>
    indicator
      ? (values.find(
          (value) => value.indicatorId === indicator.id && value.year === year && value.granularity === 'MONTH',
        ) ?? null)
      : null;
  const planOf = (indicator: IndicatorWithHistory | undefined) =>
    indicator
      ? (values.find((value) => value.indicatorId === indicator.id && value.granularity === 'YEAR') ?? null)
      : null;
  /**
   * A month's value with the full-year budget filled from the year's plan where the month
   * has none, as the resolvers read a unit's own line: so each child's budget is summed once,
   * from wherever it is kept.
   */
  const withPlan = (indicator: IndicatorWithHistory | undefined): IndicatorValueModel | null => {
    const current = valueOf(indicator, month.year);
    const plan = planOf(indicator);
    // A year's value without a budget (an outcome of the year) adds nothing to the month.
    if (plan?.annualTarget == null) return current;
    const base = current ?? { ...plan, outcome: null, periodTarget: null, fullYearForecast: null };
    return { ...base, annualTarget: current?.annualTarget ?? plan.annualTarget };
  };
  /** The year's value as a budget: none when it holds no annual target (an outcome of the year only). */
  const budgetOf = (indicator: IndicatorWithHistory | undefined) => {
    const plan = planOf(indicator);
    return plan?.annualTarget == null ? null : plan;
  };
  const resultCodes: string[] = Object.values(RESULT_CODES);
  const unitId = unit.id;
  const unitById = new Map(subtree.map((node) => [node.id, node]));
  // Only the units the user may read go into a sum (see above).
  const childrenOf = (parentId: number) =>
    subtree.filter((node) => node.parentId === parentId && canRead(node.id)).map((node) => node.id);
  const indicatorOf = (unitId: number, code: string) =>
    indicators.find((indicator) => indicator.orgUnitId === unitId && indicator.code === code);
  /** The unit's figure for a code: its own, or its children's summed down the tree. */
  const figureOf = (
    unitId: number,
    code: string,
    definition: IndicatorWithHistory,
    read: (indicator: IndicatorWithHistory | undefined) => IndicatorValueModel | null,
  ): LineValue | null =>
    rollUpInTree<IndicatorValueModel>(unitId, rollupKindOf(definition), {
      childrenOf,
      measures: (id) => indicatorOf(id, code) !== undefined,
      ownValueOf: (id) => read(indicatorOf(id, code)),
    });
  const unitsOf = (value: LineValue | null): OrgUnitModel[] =>
    value && 'from' in value ? value.from.map((id) => unitById.get(id)!) : [];
  const fromOf = (...values: (LineValue | null)[]) => {
    const ids = new Set(values.flatMap((value) => unitsOf(value).map((node) => node.id)));
    return childrenOf(unitId)
      .filter((id) => ids.has(id))
      .map((id) => unitById.get(id)!);
  };

  const ownLines = indicators.filter(
    (indicator) => indicator.orgUnitId === unit.id && !resultCodes.includes(indicator.code),
  );
  const lines: FinancialLineRow[] =
    ownLines.length > 0
      ? ownLines.map((indicator) => ({
          indicator,
          orgUnitId: unit.id,
          rolledUpFrom: [],
          month,
          current: valueOf(indicator, month.year),
          previousYear: valueOf(indicator, month.year - 1),
          plan: planOf(indicator),
        }))
      : rolledUpLines();

  /**
   * The lines of a unit without its own: one per code the units below keep, in their order,
   * leaving out a code none of them has a figure for in the month (a line of empty cells).
   */
  function rolledUpLines(): FinancialLineRow[] {
    const definitions = new Map<string, IndicatorWithHistory>();
    for (const indicator of indicators) {
      if (!resultCodes.includes(indicator.code) && !definitions.has(indicator.code)) {
        definitions.set(indicator.code, indicator);
      }
    }
    return [...definitions.values()]
      .map((definition) => {
        const figure = (read: (indicator: IndicatorWithHistory | undefined) => IndicatorValueModel | null) =>
          figureOf(unitId, definition.code, definition, read);
        const current = figure(withPlan);
        const previousYear = figure((indicator) => valueOf(indicator, month.year - 1));
        const plan = figure(budgetOf);
        return {
          indicator: definition,
          orgUnitId: unitId,
          rolledUpFrom: fromOf(current, previousYear, plan),
          month,
          current,
          previousYear,
          plan,
        };
      })
      .filter((line) => line.rolledUpFrom.length > 0);
  }

  const businessAreaResults = subtree
    .map((node): BusinessAreaResultRow | null => {
      const operations = indicatorOf(node.id, RESULT_CODES.operations);
      const development = indicatorOf(node.id, RESULT_CODES.development);
      if (!operations && !development) return null;
      return {
        orgUnit: node,
        isTotal: node.id === unit.id,
        rolledUpFrom: [],
        operations: valueOf(operations, month.year),
        development: valueOf(development, month.year),
        operationsPlan: planOf(operations),
        developmentPlan: planOf(development),
      };
    })
    .filter((row): row is BusinessAreaResultRow => row !== null);

  // A unit without a result of its own (the city) totals its children's.
  const resultDefinition = indicators.find((indicator) => resultCodes.includes(indicator.code));
  if (resultDefinition && !businessAreaResults.some((row) => row.isTotal)) {
    const result = (code: string, read: (indicator: IndicatorWithHistory | undefined) => IndicatorValueModel | null) =>
      figureOf(unit.id, code, resultDefinition, read);
    const total = {
      operations: result(RESULT_CODES.operations, withPlan),
      development: result(RESULT_CODES.development, withPlan),
      operationsPlan: result(RESULT_CODES.operations, budgetOf),
      developmentPlan: result(RESULT_CODES.development, budgetOf),
    };
    const rolledUpFrom = fromOf(...Object.values(total));
    if (rolledUpFrom.length > 0) businessAreaResults.unshift({ orgUnit: unit, isTotal: true, rolledUpFrom, ...total });
  }

  return { orgUnit: unit, month, lines, businessAreaResults };
}
