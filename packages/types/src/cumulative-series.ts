/** One period of a cumulative indicator: its year-to-date outcome at the period's end. */
export interface YearToDatePoint {
  year: number;
  /** Month 1–12 or tertial 1–3, in the indicator's own periodicity. */
  periodNumber: number;
  outcome: number | null | undefined;
}

/**
 * Each period's own amount of a cumulative indicator, from its year-to-date outcomes (oldest
 * first): the year-to-date minus the previous period's of the same year, the first period's
 * year-to-date as it is. Drawn as year-to-date, a volume that builds over the year falls to
 * almost nothing every January, which reads as a collapse; its monthly amounts do not.
 * Null where the period or the one before it in the same year has no outcome: the amount of
 * a month cannot be told then.
 */
export function amountsPerPeriod(points: readonly YearToDatePoint[]): (number | null)[] {
  return points.map((point, index) => {
    if (point.outcome == null) return null;
    if (point.periodNumber === 1) return point.outcome;
    const previous = points[index - 1];
    const isPreviousPeriod =
      previous !== undefined && previous.year === point.year && previous.periodNumber === point.periodNumber - 1;
    return isPreviousPeriod && previous.outcome != null ? point.outcome - previous.outcome : null;
  });
}

/** The year of a period key (`2023-05`, `2023-T2`, `2023`). */
export function yearOfPeriodKey(key: string): number {
  return Number(key.slice(0, 4));
}
