import { isoToday, judgedOnDay } from './iso-date';
import type { MitigationStatus } from './generated/schema-types';

/**
 * The risk scale: probability and consequence are valued 1 to 4, or 1 to 5 where the
 * municipality has chosen so; the score is their product. The scale is set once for the
 * whole municipality (on the root org unit), so every committee's heat map means the same.
 */
export type RiskScaleMax = 4 | 5;

export const DEFAULT_RISK_SCALE_MAX: RiskScaleMax = 4;

/** The largest value either axis may take on any scale (the database checks the same). */
export const LARGEST_RISK_SCALE_MAX: RiskScaleMax = 5;

export function riskScore(probability: number, consequence: number): number {
  return probability * consequence;
}

/** The bands of a heat map, lowest first; labels are translated under `riskLevel.<LEVEL>`. */
export const RISK_LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * The highest score of each band but the last, per scale. On 1–4 the usual municipal matrix:
 * low 1–3, medium 4–6, high 8–9, very high 12–16. On 1–5 the bands widen so that the corners
 * stay in the same band: low 1–4, medium 5–9, high 10–16, very high 20–25.
 */
const BAND_LIMITS: Record<RiskScaleMax, readonly [low: number, medium: number, high: number]> = {
  4: [3, 6, 9],
  5: [4, 9, 16],
};

/** The band of a score on a scale: the one rule every heat map and list colours by. */
export function riskLevel(score: number, scaleMax: RiskScaleMax): RiskLevel {
  const [low, medium, high] = BAND_LIMITS[scaleMax];
  if (score <= low) return 'LOW';
  if (score <= medium) return 'MEDIUM';
  if (score <= high) return 'HIGH';
  return 'VERY_HIGH';
}

/** A scale read from the database: anything but 5 is the usual 4. */
export function toRiskScaleMax(value: number | null | undefined): RiskScaleMax {
  return value === 5 ? 5 : DEFAULT_RISK_SCALE_MAX;
}

export interface RiskLevelAppearance {
  /** Text and border colour; contrast-checked (4.5:1) against the tint. */
  colour: string;
  /** The cell's background. */
  tint: string;
  /** Material icon name, so the level never rests on colour alone. */
  icon: 'check_circle' | 'warning' | 'error' | 'report';
}

export const RISK_LEVEL_APPEARANCE: Record<RiskLevel, RiskLevelAppearance> = {
  LOW: { colour: '#1b6e3a', tint: '#e3f1e7', icon: 'check_circle' },
  MEDIUM: { colour: '#7a4f00', tint: '#fdf1d6', icon: 'warning' },
  HIGH: { colour: '#9a3a00', tint: '#fde3cf', icon: 'error' },
  VERY_HIGH: { colour: '#8c1d18', tint: '#f7cdc9', icon: 'report' },
};

/**
 * The day overdue is judged on for a viewed month: the month's last day, or today while the
 * month is still running, so a past month shows what was overdue then and the current month
 * shows what is overdue now.
 */
export function overdueReferenceDate(viewed: { year: number; month: number }, now: Date): string {
  return judgedOnDay(viewed, isoToday(now));
}

/**
 * Whether a mitigation is overdue on a day (ISO dates): due before that day and not done. Due
 * that very day is not yet overdue; a done mitigation is never overdue, however late it was done.
 */
export function isMitigationOverdue(
  mitigation: { status: MitigationStatus; dueDate: string | null | undefined },
  onDay: string,
): boolean {
  return mitigation.status !== 'DONE' && mitigation.dueDate != null && mitigation.dueDate < onDay;
}
