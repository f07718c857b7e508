import type { IndicatorModel, IndicatorValueModel, OrgUnitModel, PrismaClient } from '@lagesbild/db';
import type { YearMonth } from '@lagesbild/types';
import { inTreeOrder } from '@lagesbild/types';

/** The business-area result lines of source 000 §2.4, by indicator code. */
export const RESULT_CODES = { operations: 'RESULT_OPERATIONS', development: 'RESULT_DEVELOPMENT' } as const;

export interface EconomyRow {
  orgUnit: OrgUnitModel;
  month: YearMonth;
  lines: FinancialLineRow[];
  businessAreaResults: BusinessAreaResultRow[];
}

export interface FinancialLineRow {
  indicator: IndicatorModel;
  current: IndicatorValueModel | null;
  previousYear: IndicatorValueModel | null;
  /** The year's own value: the plan's full-year budget (annual target), set on Målvärden och budget. */
  plan: IndicatorValueModel | null;
}

export interface BusinessAreaResultRow {
  orgUnit: OrgUnitModel;
  isTotal: boolean;
  operations: IndicatorValueModel | null;
  development: IndicatorValueModel | null;
  operationsPlan: IndicatorValueModel | null;
  developmentPlan: IndicatorValueModel | null;
}

/**
 * The economy of a unit in three set-based reads: the unit and its subtree, the financial
 * indicators of them all, and their monthly values for the month and a year before.
 */
export async function findEconomy(
  prisma: PrismaClient,
  orgUnitCode: string,
  month: YearMonth,
): Promise<EconomyRow | null> {
  const unit = await prisma.orgUnit.findUnique({ where: { code: orgUnitCode } });
  if (!unit) return null;
  const subtree = inTreeOrder(
    await prisma.orgUnit.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }),
    unit.id,
  );
  const indicators = await prisma.indicator.findMany({
    where: { kind: 'FINANCIAL', orgUnitId: { in: subtree.map((node) => node.id) } },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  const values = await prisma.indicatorValue.findMany({
    where: {
      indicatorId: { in: indicators.map((indicator) => indicator.id) },
      OR: [
        { granularity: 'MONTH', periodNumber: month.month, year: { in: [month.year, month.year - 1] } },
        // The year's own value holds the plan's full-year budget (Målvärden och budget).
        { granularity: 'YEAR', year: month.year },
      ],
    },
  });
  const valueOf = (indicator: IndicatorModel | undefined, year: number) =>
    indicator
      ? (values.find(
          (value) => value.indicatorId === indicator.id && value.year === year && value.granularity === 'MONTH',
        ) ?? null)
      : null;
  const planOf = (indicator: IndicatorModel | undefined) =>
    indicator
      ? (values.find((value) => value.indicatorId === indicator.id && value.granularity === 'YEAR') ?? null)
      : null;
  const resultCodes: string[] = Object.values(RESULT_CODES);

  const lines = indicators
    .filter((indicator) => indicator.orgUnitId === unit.id && !resultCodes.includes(indicator.code))
    .map((indicator) => ({
      indicator,
      current: valueOf(indicator, month.year),
      previousYear: valueOf(indicator, month.year - 1),
      plan: planOf(indicator),
    }));

  const businessAreaResults = subtree
    .map((node) => {
      const find = (code: string) =>
        indicators.find((indicator) => indicator.orgUnitId === node.id && indicator.code === code);
      const operations = find(RESULT_CODES.operations);
      const development = find(RESULT_CODES.development);
      if (!operations && !development) return null;
      return {
        orgUnit: node,
        isTotal: node.id === unit.id,
        operations: valueOf(operations, month.year),
        development: valueOf(development, month.year),
        operationsPlan: planOf(operations),
        developmentPlan: planOf(development),
      };
    })
    .filter((row): row is BusinessAreaResultRow => row !== null);

  return { orgUnit: unit, month, lines, businessAreaResults };
}
