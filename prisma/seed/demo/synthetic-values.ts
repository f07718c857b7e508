import type { IndicatorSeed, IndicatorValueSeed } from './dataset-types';

/**
 * Synthetic monthly values that fill the series between the documents' known points, so charts
 * have something to draw. Deterministic: a small seeded PRNG (mulberry32) keyed on indicator,
 * org unit and year, never Math.random.
 *
 * Scope: MONTH-periodicity PERFORMANCE indicators; the window is January–December 2022 and
 * January–May 2023 (the monthly report of May 2023). A year of the window is filled only when the
 * indicator has at least one real MONTH outcome in that year inside the window, so nothing is
 * generated for indicators the documents give no monthly figure for (e.g. IT-elevdatorer,
 * Konsultandel), nor for the executive board, whose figures are from 2024 (or July 2023, outside
 * the window). A row is never generated where a real row exists (key: indicatorCode, orgUnitKey,
 * granularity, year, periodNumber).
 *
 * What the document figures mean, and so what the generated rows mean:
 * - Cumulative indicators (volumes such as Lönespecifikationer): the document's "Utfall Maj" is
 *   year-to-date January–May (its "Mål Maj 2023" is Årsmål × 5/12). MONTH values are therefore
 *   stored year-to-date throughout, real and synthetic alike (see indicators.ts). The generator
 *   draws each month's OWN volume (a seasonal profile with ±4 % noise) and accumulates them, scaling
 *   each stretch so the running total hits every known point exactly: the real May figure (and any
 *   other real month), and for December 2022 the full year implied by the document's rolling 12
 *   months: R12 (May 2023) = Jun–Dec 2022 + Jan–May 2023, so year 2022 = R12 − YTD May 2023 +
 *   YTD May 2022 (for Lönespecifikationer 725 907 − 307 229 + 290 808 = 709 486, close to the
 *   plan's forecast 710 000). Without an R12 the year's outcome or forecast is used, else a linear
 *   extrapolation of the last known point. A month's own volume = its value − the previous month's.
 *   Synthetic months of a year with a known annual target get periodTarget = annual target × m / 12,
 *   the rule the document's Mål Maj follows.
 * - Level indicators (sick leave %, Månadsarbetare): values are interpolated linearly between the
 *   known points (real months; December 2022 anchored to the year's outcome or forecast if there
 *   is one; January–April 2023 start from December 2022), held flat beyond the last point, with a
 *   little noise (±2 % for rates, ±0.5 % for FTE), one decimal. Synthetic months take the period
 *   target of the same year's real row.
 */

const WINDOW: { year: number; lastMonth: number }[] = [
  { year: 2022, lastMonth: 12 },
  { year: 2023, lastMonth: 5 },
];

/** Relative monthly volume of an administrative service: a summer dip, a busier December. */
const SEASONAL_PROFILE = [1.0, 0.96, 1.06, 0.98, 1.02, 1.04, 0.78, 0.9, 1.06, 1.06, 1.02, 1.12];

const keyOf = (
  v: Pick<IndicatorValueSeed, 'indicatorCode' | 'orgUnitKey' | 'granularity' | 'year' | 'periodNumber'>,
): string => `${v.indicatorCode}|${v.orgUnitKey}|${v.granularity}|${v.year}|${v.periodNumber}`;

/** FNV-1a hash of a string, as a 32-bit seed. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(n * factor) / factor;
};

interface Series {
  indicator: IndicatorSeed;
  rows: IndicatorValueSeed[];
}

function monthOutcomes(series: Series, year: number): Map<number, number> {
  const outcomes = new Map<number, number>();
  for (const row of series.rows) {
    if (row.granularity === 'MONTH' && row.year === year && row.outcome !== undefined)
      outcomes.set(row.periodNumber, row.outcome);
  }
  return outcomes;
}

function monthRow(series: Series, year: number, month: number): IndicatorValueSeed | undefined {
  return series.rows.find((row) => row.granularity === 'MONTH' && row.year === year && row.periodNumber === month);
}

function yearRow(series: Series, year: number): IndicatorValueSeed | undefined {
  return series.rows.find((row) => row.granularity === 'YEAR' && row.year === year);
}

/** Full-year total of a cumulative indicator for `year`, from the documents' figures if they allow it. */
function fullYearTotal(series: Series, year: number, ytd: Map<number, number>): number | undefined {
  // R12 in month m of the next year = (year total − YTD m of this year) + YTD m of the next year.
  const nextYear = monthOutcomes(series, year + 1);
  for (const row of series.rows) {
    if (row.granularity !== 'MONTH' || row.year !== year + 1 || row.rolling12 === undefined) continue;
    const thisYearYtd = ytd.get(row.periodNumber);
    const nextYearYtd = nextYear.get(row.periodNumber);
    if (thisYearYtd !== undefined && nextYearYtd !== undefined) return row.rolling12 - nextYearYtd + thisYearYtd;
  }
  const annual = yearRow(series, year);
  return annual?.outcome ?? annual?.fullYearForecast;
}

function annualTargetOf(series: Series, year: number): number | undefined {
  for (const row of series.rows) {
    if (row.granularity === 'MONTH' && row.year === year && row.annualTarget !== undefined) return row.annualTarget;
  }
  return undefined;
}

function periodTargetOf(series: Series, year: number): number | undefined {
  for (const row of series.rows) {
    if (row.granularity === 'MONTH' && row.year === year && row.periodTarget !== undefined) return row.periodTarget;
  }
  return undefined;
}

/** Year-to-date values for months 1..lastMonth of a cumulative indicator. */
function cumulativeYear(series: Series, year: number, lastMonth: number, random: () => number): Map<number, number> {
  const known = monthOutcomes(series, year);
  const anchors = new Map<number, number>([[0, 0], ...known]);
  if (lastMonth === 12 && !anchors.has(12)) {
    const total = fullYearTotal(series, year, known);
    if (total !== undefined && total >= Math.max(...known.values())) anchors.set(12, total);
  }
  const own = SEASONAL_PROFILE.map((weight) => weight * (0.96 + random() * 0.08));
  const anchorMonths = [...anchors.keys()].sort((a, b) => a - b);
  const ytd = new Map<number, number>();

  // Between two anchors: share the increase out over the months in proportion to their own volumes.
  for (let i = 0; i + 1 < anchorMonths.length; i++) {
    const from = anchorMonths[i]!;
    const to = anchorMonths[i + 1]!;
    const increase = anchors.get(to)! - anchors.get(from)!;
    const weights = own.slice(from, to);
    const weightSum = weights.reduce((sum, w) => sum + w, 0);
    let running = anchors.get(from)!;
    for (let m = from + 1; m <= to; m++) {
      running += (increase * own[m - 1]!) / weightSum;
      ytd.set(m, m === to ? anchors.get(to)! : running);
    }
  }
  // After the last anchor: continue at the average monthly volume so far.
  const last = anchorMonths[anchorMonths.length - 1]!;
  if (last > 0 && last < lastMonth) {
    const perWeight = anchors.get(last)! / own.slice(0, last).reduce((sum, w) => sum + w, 0);
    let running = anchors.get(last)!;
    for (let m = last + 1; m <= lastMonth; m++) {
      running += perWeight * own[m - 1]!;
      ytd.set(m, running);
    }
  }
  return ytd;
}

/** Values for months 1..lastMonth of a level indicator. */
function levelYear(
  series: Series,
  year: number,
  lastMonth: number,
  startValue: number | undefined,
): Map<number, number> {
  const anchors = new Map<number, number>(monthOutcomes(series, year));
  if (startValue !== undefined && !anchors.has(0)) anchors.set(0, startValue);
  if (lastMonth === 12 && !anchors.has(12)) {
    const annual = yearRow(series, year);
    const yearValue = annual?.outcome ?? annual?.fullYearForecast;
    if (yearValue !== undefined) anchors.set(12, yearValue);
  }
  const months = [...anchors.keys()].sort((a, b) => a - b);
  const values = new Map<number, number>();
  for (let m = 1; m <= lastMonth; m++) {
    const before = [...months].reverse().find((a) => a <= m);
    const after = months.find((a) => a >= m);
    let v: number;
    if (before === undefined) v = anchors.get(after!)!;
    else if (after === undefined || after === before) v = anchors.get(before)!;
    else v = anchors.get(before)! + ((anchors.get(after)! - anchors.get(before)!) * (m - before)) / (after - before);
    values.set(m, v);
  }
  return values;
}

/** Relative noise of level series: rates move more from month to month than staffing does. */
function levelNoise(indicator: IndicatorSeed): number {
  if (indicator.unit === 'PERCENT') return 0.02;
  if (indicator.unit === 'FTE') return 0.005;
  return 0.01;
}

export function generateSyntheticValues(real: IndicatorValueSeed[], indicators: IndicatorSeed[]): IndicatorValueSeed[] {
  const realKeys = new Set(real.map(keyOf));
  const generated: IndicatorValueSeed[] = [];

  for (const indicator of indicators) {
    if (indicator.periodicity !== 'MONTH' || indicator.kind !== 'PERFORMANCE') continue;
    const series: Series = {
      indicator,
      rows: real.filter((row) => row.indicatorCode === indicator.code && row.orgUnitKey === indicator.orgUnitKey),
    };
    const decimals = indicator.unit === 'COUNT' ? 0 : indicator.cumulative ? 0 : 1;
    let previousDecember: number | undefined;

    for (const { year, lastMonth } of WINDOW) {
      const known = monthOutcomes(series, year);
      const hasKnownInWindow = [...known.keys()].some((m) => m >= 1 && m <= lastMonth);
      if (!hasKnownInWindow) {
        previousDecember = undefined;
        continue;
      }
      const random = mulberry32(hashSeed(`${indicator.code}|${indicator.orgUnitKey}|${year}`));
      const values = indicator.cumulative
        ? cumulativeYear(series, year, lastMonth, random)
        : levelYear(series, year, lastMonth, previousDecember);
      const annualTarget = annualTargetOf(series, year);
      const levelTarget = periodTargetOf(series, year);

      for (let month = 1; month <= lastMonth; month++) {
        const base = values.get(month);
        if (base === undefined) continue;
        const realRow = monthRow(series, year, month);
        const key = keyOf({
          indicatorCode: indicator.code,
          orgUnitKey: indicator.orgUnitKey,
          granularity: 'MONTH',
          year,
          periodNumber: month,
        });
        if (realKeys.has(key) || realRow) continue;
        const outcome = indicator.cumulative
          ? round(base, decimals)
          : round(base * (1 + (random() * 2 - 1) * levelNoise(indicator)), decimals);
        const periodTarget = indicator.cumulative
          ? annualTarget !== undefined
            ? round((annualTarget * month) / 12, decimals)
            : undefined
          : levelTarget;
        generated.push({
          indicatorCode: indicator.code,
          orgUnitKey: indicator.orgUnitKey,
          granularity: 'MONTH',
          year,
          periodNumber: month,
          outcome,
          ...(periodTarget !== undefined ? { periodTarget } : {}),
          isSynthetic: true,
        });
      }
      // Level series continue from December into January of the next year.
      previousDecember = lastMonth === 12 ? (monthOutcomes(series, year).get(12) ?? values.get(12)) : undefined;
    }
  }
  return generated;
}
