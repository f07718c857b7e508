import type { PlanSnapshot } from './plan-snapshot';

export type PlanChangeKind =
  | 'GOAL_ADDED'
  | 'GOAL_REMOVED'
  | 'GOAL_RENAMED'
  | 'GOAL_LINK_ADDED'
  | 'GOAL_LINK_REMOVED'
  | 'INDICATOR_LINK_ADDED'
  | 'INDICATOR_LINK_REMOVED'
  | 'TARGET_ADDED'
  | 'TARGET_REMOVED'
  | 'TARGET_CHANGED';

/** One difference between two revisions of a plan, as the history lists it. */
export interface PlanChange {
  kind: PlanChangeKind;
  /** The goal (or, for a target, the indicator) the change is about. */
  subject: string;
  /** The goal served or the indicator linked; the period of a target. */
  object: string | null;
  /** A renamed goal's old and new title. */
  before: string | null;
  after: string | null;
  /** Which target of the period changed. */
  targetField: 'PERIOD_TARGET' | 'ANNUAL_TARGET' | null;
  beforeValue: number | null;
  afterValue: number | null;
}

const change = (kind: PlanChangeKind, subject: string, fields: Partial<PlanChange> = {}): PlanChange => ({
  kind,
  subject,
  object: null,
  before: null,
  after: null,
  targetField: null,
  beforeValue: null,
  afterValue: null,
  ...fields,
});

const TARGET_FIELDS = { periodTarget: 'PERIOD_TARGET', annualTarget: 'ANNUAL_TARGET' } as const;

function diffSets<T extends { id: number }>(before: readonly T[], after: readonly T[]) {
  const beforeIds = new Set(before.map((item) => item.id));
  const afterIds = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !beforeIds.has(item.id)),
    removed: before.filter((item) => !afterIds.has(item.id)),
  };
}

/**
 * What changed from one snapshot of a plan to a later one. Goals are the same records across
 * revisions (a revision edits them in place), so they are matched by id: a goal with another
 * title is renamed, not removed and added. Targets are matched by indicator and period.
 */
export function diffPlanSnapshots(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const changes: PlanChange[] = [];
  const goals = diffSets(before.goals, after.goals);
  for (const goal of goals.added) {
    // A new goal's links are part of what the revision adds: the goals it serves, what measures it.
    changes.push(change('GOAL_ADDED', goal.title));
    for (const parent of goal.parents) changes.push(change('GOAL_LINK_ADDED', goal.title, { object: parent.title }));
    for (const indicator of goal.indicators)
      changes.push(change('INDICATOR_LINK_ADDED', goal.title, { object: indicator.name }));
  }
  for (const goal of goals.removed) changes.push(change('GOAL_REMOVED', goal.title));
  const earlier = new Map(before.goals.map((goal) => [goal.id, goal]));
  for (const goal of after.goals) {
    const old = earlier.get(goal.id);
    if (!old) continue;
    if (old.title !== goal.title)
      changes.push(change('GOAL_RENAMED', goal.title, { before: old.title, after: goal.title }));
    const parents = diffSets(old.parents, goal.parents);
    for (const parent of parents.added) changes.push(change('GOAL_LINK_ADDED', goal.title, { object: parent.title }));
    for (const parent of parents.removed)
      changes.push(change('GOAL_LINK_REMOVED', goal.title, { object: parent.title }));
    const indicators = diffSets(old.indicators, goal.indicators);
    for (const indicator of indicators.added)
      changes.push(change('INDICATOR_LINK_ADDED', goal.title, { object: indicator.name }));
    for (const indicator of indicators.removed)
      changes.push(change('INDICATOR_LINK_REMOVED', goal.title, { object: indicator.name }));
  }

  changes.push(
    ...diffTargets(targetsOf(before, 'periodTarget'), targetsOf(after, 'periodTarget')),
    ...diffTargets(annualTargetsOf(before), annualTargetsOf(after)),
  );
  return changes;
}

/** One target of a snapshot: an indicator's figure for a period (a period target) or a year (an annual one). */
interface TargetFigure {
  indicatorId: number;
  indicatorName: string;
  /** The period (2023-05) of a period target, the year (2023) of an annual one. */
  period: string;
  field: keyof typeof TARGET_FIELDS;
  value: number | null;
}

function targetsOf(snapshot: PlanSnapshot, field: 'periodTarget'): TargetFigure[] {
  return snapshot.targets.map((target) => ({ ...target, field, value: target[field] }));
}

/**
 * Each indicator's annual target of each year, once: the year's own value holds it, and each
 * period's value carries a copy (for Registrera and the reports), which is no target of its own.
 * Without a year's value, the first period's copy stands for it.
 */
function annualTargetsOf(snapshot: PlanSnapshot): TargetFigure[] {
  const byIndicatorYear = new Map<string, TargetFigure>();
  const inOrder = [...snapshot.targets].sort((a, b) => a.period.localeCompare(b.period));
  for (const target of inOrder) {
    const year = target.period.slice(0, 4);
    const key = `${target.indicatorId}@${year}`;
    const known = byIndicatorYear.get(key);
    const isYearsOwn = target.period === year;
    if (known && !isYearsOwn && known.value !== null) continue;
    if (known && !isYearsOwn && target.annualTarget === null) continue;
    byIndicatorYear.set(key, { ...target, period: year, field: 'annualTarget', value: target.annualTarget });
  }
  return [...byIndicatorYear.values()];
}

/** Targets added, changed and removed between two snapshots, matched by indicator, period and field. */
function diffTargets(before: TargetFigure[], after: TargetFigure[]): PlanChange[] {
  const changes: PlanChange[] = [];
  const keyOf = (target: TargetFigure) => `${target.indicatorId}@${target.period}`;
  const earlier = new Map(before.map((target) => [keyOf(target), target]));
  const laterKeys = new Set(after.map(keyOf));
  for (const target of after) {
    const old = earlier.get(keyOf(target));
    const beforeValue = old?.value ?? null;
    if (beforeValue === target.value) continue;
    changes.push(
      change(old ? 'TARGET_CHANGED' : 'TARGET_ADDED', target.indicatorName, {
        object: target.period,
        targetField: TARGET_FIELDS[target.field],
        beforeValue,
        afterValue: target.value,
      }),
    );
  }
  for (const target of before.filter((old) => !laterKeys.has(keyOf(old)) && old.value !== null)) {
    changes.push(
      change('TARGET_REMOVED', target.indicatorName, {
        object: target.period,
        targetField: TARGET_FIELDS[target.field],
        beforeValue: target.value,
      }),
    );
  }
  return changes;
}
