/** One bar pair of the economy chart: a line's outcome and budget to date. */
export interface FinancialChartRow {
  name: string;
  outcome: number | null;
  budget: number | null;
}

/**
 * The lines the chart compares: those with an outcome or a budget to date. Results are
 * left out: a result near zero beside costs of hundreds of millions says nothing in a bar.
 */
export function toChartRows(
  lines: readonly {
    indicator: { code: string; name: string };
    outcomeToDate?: number | null;
    budgetToDate?: number | null;
  }[],
): FinancialChartRow[] {
  return lines
    .filter((line) => !line.indicator.code.includes('RESULT'))
    .filter((line) => line.outcomeToDate != null || line.budgetToDate != null)
    .map((line) => ({
      name: line.indicator.name,
      outcome: line.outcomeToDate ?? null,
      budget: line.budgetToDate ?? null,
    }));
}
