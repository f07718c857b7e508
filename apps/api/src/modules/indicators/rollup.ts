import type { IndicatorModel, IndicatorValueModel } from '@lagesbild/db';

/**
 * How the same indicator (the same code) in several units makes up their parent's figure:
 * SUM for money, counts and other volumes (costs, cases handled, full-time equivalents), so
 * the city's personnel cost is its committees' together; AVERAGE for levels (a rate, an
 * index, a lead time in days), where a sum means nothing. The average is unweighted: the
 * library holds no weights (a committee's headcount behind its sick-leave rate).
 */
export type RollupKind = 'SUM' | 'AVERAGE';

const SUMMED_UNITS = new Set<IndicatorModel['unit']>(['TKR', 'MNKR', 'COUNT', 'FTE', 'TERABYTE']);

/** The rule of RollupKind, from the indicator library's definition: its unit and whether it adds up over time. */
export function rollupKindOf(indicator: Pick<IndicatorModel, 'unit' | 'cumulative'>): RollupKind {
  return indicator.cumulative || SUMMED_UNITS.has(indicator.unit) ? 'SUM' : 'AVERAGE';
}

/** The figures of a value that roll up; a rolled-up value has nothing else (no comment, no override). */
export type RollupFigures = Pick<IndicatorValueModel, 'outcome' | 'periodTarget' | 'fullYearForecast' | 'annualTarget'>;

/**
 * A parent unit's figures computed from its children's, never stored: `from` names the
 * children whose figures are in it, so the screen can say "summerat från 2 nämnder".
 */
export interface RolledUpValue extends RollupFigures {
  statusOverride: null;
  from: number[];
}

/**
 * The children's figures rolled up as `kind` says, field by field over the children that
 * have the field; null where none has it, and null in all when no child has a value.
 */
export function rollUp(kind: RollupKind, children: { unitId: number; value: RollupFigures }[]): RolledUpValue | null {
  if (children.length === 0) return null;
  const combine = (field: keyof RollupFigures) => {
    const figures = children.map((child) => child.value[field]).filter((figure): figure is number => figure != null);
    if (figures.length === 0) return null;
    const sum = figures.reduce((total, figure) => total + figure, 0);
    return kind === 'SUM' ? sum : sum / figures.length;
  };
  return {
    outcome: combine('outcome'),
    periodTarget: combine('periodTarget'),
    fullYearForecast: combine('fullYearForecast'),
    annualTarget: combine('annualTarget'),
    statusOverride: null,
    from: children.map((child) => child.unitId),
  };
}

/** What rollUpInTree needs to know of the organisation and the figures read for it. */
export interface RollupTree<Own extends RollupFigures> {
  childrenOf: (unitId: number) => number[];
  /** The unit's own indicator with the code, when it measures it itself. */
  measures: (unitId: number) => boolean;
  /** The unit's own stored value for the period, when it measures the indicator. */
  ownValueOf: (unitId: number) => Own | null;
}

/**
 * A unit's figure for one indicator code and period: its own stored value when the unit
 * measures the indicator itself, else its children's rolled up (each child's the same way,
 * down the tree). Works on figures already read in one batch: it reads nothing itself.
 */
export function rollUpInTree<Own extends RollupFigures>(
  unitId: number,
  kind: RollupKind,
  tree: RollupTree<Own>,
): Own | RolledUpValue | null {
  if (tree.measures(unitId)) return tree.ownValueOf(unitId);
  const children = tree
    .childrenOf(unitId)
    .map((childId) => ({ unitId: childId, value: rollUpInTree(childId, kind, tree) }))
    .filter((child): child is { unitId: number; value: Own | RolledUpValue } => child.value !== null);
  return rollUp(kind, children);
}

/** True for a figure computed from children rather than stored. */
export function isRolledUp(value: RollupFigures | null | undefined): value is RolledUpValue {
  return value != null && 'from' in value && Array.isArray((value as RolledUpValue).from);
}
