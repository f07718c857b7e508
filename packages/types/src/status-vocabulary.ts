import type { ActivityStatus, GoalFulfilment } from './generated/schema-types';
import type { ValueStatus, RagStatus } from './status-types';

/**
 * What each status looks like, everywhere: colour, and the icon name that carries the
 * status without colour (WCAG: colour is never the only carrier). Labels are translated
 * in the web app under `status.<STATUS>`.
 */
export interface StatusAppearance {
  /** Fill colour; contrast-checked against white text. */
  colour: string;
  /** A lighter tint for backgrounds. */
  tint: string;
  /** Material icon name: check, warning, error, remove. */
  icon: 'check_circle' | 'warning' | 'error' | 'remove_circle_outline';
}

export const STATUS_APPEARANCE: Record<ValueStatus, StatusAppearance> = {
  GREEN: { colour: '#1b6e3a', tint: '#e3f1e7', icon: 'check_circle' },
  YELLOW: { colour: '#8a5a00', tint: '#fdf1d6', icon: 'warning' },
  RED: { colour: '#b3261e', tint: '#fbe4e2', icon: 'error' },
  NOT_ASSESSED: { colour: '#5f6368', tint: '#eeeeef', icon: 'remove_circle_outline' },
};

/** Project status on time, cost and result uses the same three colours. */
export const RAG_APPEARANCE: Record<RagStatus, StatusAppearance> = {
  GREEN: STATUS_APPEARANCE.GREEN,
  YELLOW: STATUS_APPEARANCE.YELLOW,
  RED: STATUS_APPEARANCE.RED,
};

/** A goal's assessed fulfilment shown in the status colours: fulfilled is green, partly yellow. */
export const FULFILMENT_STATUS: Record<GoalFulfilment, ValueStatus> = {
  FULFILLED: 'GREEN',
  PARTLY_FULFILLED: 'YELLOW',
  NOT_FULFILLED: 'RED',
  NOT_ASSESSED: 'NOT_ASSESSED',
};

/** An activity's status in the status colours: on its way is green, delayed yellow, not begun or dropped grey. */
export const ACTIVITY_STATUS: Record<ActivityStatus, ValueStatus> = {
  NOT_STARTED: 'NOT_ASSESSED',
  ONGOING: 'GREEN',
  COMPLETED: 'GREEN',
  DELAYED: 'YELLOW',
  CANCELLED: 'NOT_ASSESSED',
};

/** How serious a status is, for ordering: red before yellow before not reported before green. */
export const STATUS_SEVERITY: Record<ValueStatus, number> = { RED: 3, YELLOW: 2, NOT_ASSESSED: 1, GREEN: 0 };

/**
 * Orders colour changes the way a department head reads them, most serious first: changes for
 * the worse before changes for the better, then by how bad the status now is, then by how far
 * it moved. Ties keep their order (Array.prototype.sort is stable).
 */
export function bySeriousnessOfChange(
  a: { previous: ValueStatus; current: ValueStatus },
  b: { previous: ValueStatus; current: ValueStatus },
): number {
  const worsened = (change: typeof a) => STATUS_SEVERITY[change.current] > STATUS_SEVERITY[change.previous];
  const distance = (change: typeof a) => Math.abs(STATUS_SEVERITY[change.current] - STATUS_SEVERITY[change.previous]);
  return (
    Number(worsened(b)) - Number(worsened(a)) ||
    STATUS_SEVERITY[b.current] - STATUS_SEVERITY[a.current] ||
    distance(b) - distance(a)
  );
}
