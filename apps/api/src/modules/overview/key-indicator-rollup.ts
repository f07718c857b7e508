import type { IndicatorValueModel } from '@lagesbild/db';
import {
  amountsPerPeriod,
  comparePeriods,
  isReportedBy,
  rolledUpStatusApplies,
  startsBy,
  valueStatus,
} from '@lagesbild/types';
import type { Period, TreeNode, UnitRollup, ValueStatus, YearMonth } from '@lagesbild/types';
import { rollUp, rollUpInTree } from '../indicators';
import type { IndicatorWithHistory, JudgedIndicator, RollupFigures } from '../indicators';

/** The figures a tile shows, of one period: a stored value's or a rolled-up one. */
export interface KeyFiguresRow extends RollupFigures {
  period: Period;
}

/** One unit's own figure in a listed tile. */
export interface KeyUnitFigureRow {
  orgUnitId: number;
  period: Period;
  outcome: number | null;
  status: ValueStatus;
  /** The unit's status is an analyst's judgement (its value's statusOverride), not the rule's. */
  statusSetByHand: boolean;
}

/** A tile made of the units below a unit without the key indicator of its own. */
export interface RolledUpTileRow {
  indicator: IndicatorWithHistory;
  rollup: UnitRollup;
  figures: KeyFiguresRow | null;
  rolledUpFrom: number[];
  unitFigures: KeyUnitFigureRow[];
  status: ValueStatus;
  /** Always false: a rolled-up tile's status is the rule's applied to the rolled-up figures. */
  statusSetByHand: false;
  isReported: boolean;
  changeFromPreviousYear: number | null;
  trend: (number | null)[];
}

export interface RollupInput {
  /** The unit whose tiles these are. */
  unitId: number;
  /** The subtree's units the reader may read, in tree order (the unit first). */
  unitIds: number[];
  orgTree: readonly TreeNode[];
  month: YearMonth;
  /** The key indicators of the readable subtree, in the tiles' order: one tile per code. */
  keyIndicators: IndicatorWithHistory[];
  /** Every indicator of the readable subtree with one of their codes, key or not. */
  sameCode: JudgedIndicator[];
  /** Values of `sameCode` over the trend's years. */
  values: IndicatorValueModel[];
  trendLength: number;
}

const samePeriod = (a: Period, b: Period) =>
  a.granularity === b.granularity && a.year === b.year && a.periodNumber === b.periodNumber;

/**
 * The tiles of a unit without key indicators of its own (the city): one per key code of the
 * units below, made of the readable units' figures as the definition's unitRollup says. Works
 * on rows read in one batch for all codes, so the statements do not grow with the units.
 *
 * The definition is the first key indicator of the code in the tiles' order. Only the units'
 * indicators of the same unit of measure and periodicity take part: a tertial rate and a monthly
 * one, or days and per cent, are not the same figure. A tile shows the latest period any unit
 * reported by the month, and in it only the units that have an outcome of that very period:
 * April's year-to-date cost of one committee added to May's of another is no total.
 */
export function rolledUpTiles(input: RollupInput): RolledUpTileRow[] {
  const readable = new Set(input.unitIds);
  const childrenOf = (parentId: number) =>
    input.orgTree.filter((node) => node.parentId === parentId && readable.has(node.id)).map((node) => node.id);
  const inTreeOrder = new Map(input.unitIds.map((id, index) => [id, index]));

  const codes = [...new Set(input.keyIndicators.map((indicator) => indicator.code))];
  return codes.map((code) => {
    const definition = input.keyIndicators.find((indicator) => indicator.code === code)!;
    const measuring = new Map(
      input.sameCode
        .filter(
          (indicator) =>
            indicator.code === code &&
            indicator.unit === definition.unit &&
            indicator.periodicity === definition.periodicity,
        )
        .map((indicator) => [indicator.orgUnitId, indicator]),
    );
    const indicatorIds = new Set([...measuring.values()].map((indicator) => indicator.id));
    const values = input.values.filter(
      (value) =>
        indicatorIds.has(value.indicatorId) &&
        value.granularity === definition.periodicity &&
        value.outcome != null &&
        startsBy(value, input.month),
    );
    const ownValue = (unitId: number, period: Period) => {
      const indicator = measuring.get(unitId);
      return indicator
        ? (values.find((value) => value.indicatorId === indicator.id && samePeriod(value, period)) ?? null)
        : null;
    };
    const periods = values
      .map((value): Period => ({ granularity: value.granularity, year: value.year, periodNumber: value.periodNumber }))
      .sort(comparePeriods)
      .filter((period, index, sorted) => index === 0 || !samePeriod(sorted[index - 1]!, period));
    const latestPeriod = periods.at(-1) ?? null;
    const rollup = definition.unitRollup;

    if (rollup === 'LIST') return listedTile(definition, latestPeriod);

    const figureOf = (period: Period): (KeyFiguresRow & { from: number[] }) | null => {
      const tree = {
        childrenOf,
        measures: (unitId: number) => measuring.has(unitId),
        ownValueOf: (unitId: number) => ownValue(unitId, period),
      };
      // From the children even if the unit keeps the code unmarked as key: its tile is of the units below.
      const value = rollUp(
        rollup,
        childrenOf(input.unitId).flatMap((unitId) => {
          const figure = rollUpInTree(unitId, rollup, tree);
          return figure ? [{ unitId, value: figure }] : [];
        }),
      );
      if (!value) return null;
      return { ...pickFigures(value), period, from: value.from };
    };
    const figures = latestPeriod ? figureOf(latestPeriod) : null;
    const isReported = figures !== null && isReportedBy(definition.periodicity, figures.period, input.month);
    const previousYear = latestPeriod ? figureOf({ ...latestPeriod, year: latestPeriod.year - 1 }) : null;
    const upToLatest = latestPeriod
      ? periods.filter((period) => comparePeriods(period, latestPeriod) <= 0).map((period) => figureOf(period))
      : [];
    const points = upToLatest
      .filter((figure): figure is KeyFiguresRow & { from: number[] } => figure !== null)
      .map((figure) => ({
        year: figure.period.year,
        periodNumber: figure.period.periodNumber,
        outcome: figure.outcome,
      }));
    return {
      indicator: definition,
      rollup,
      figures: figures ? { ...pickFigures(figures), period: figures.period } : null,
      rolledUpFrom: figures?.from ?? [],
      unitFigures: [],
      isReported,
      status:
        isReported && figures && rolledUpStatusApplies(rollup, definition.thresholdKind)
          ? valueStatus(definition, { ...figures, ...figures.period })
          : 'NOT_ASSESSED',
      statusSetByHand: false,
      changeFromPreviousYear:
        figures?.outcome != null && previousYear?.outcome != null ? figures.outcome - previousYear.outcome : null,
      trend: (definition.cumulative ? amountsPerPeriod(points) : points.map((point) => point.outcome)).slice(
        -input.trendLength,
      ),
    };

    /**
     * A level that must not be combined: each readable unit that measures it, at any depth,
     * with its own figure of the latest period and its own status. No figure, trend or colour
     * of the whole, which would have to combine them.
     */
    function listedTile(indicator: IndicatorWithHistory, period: Period | null): RolledUpTileRow {
      const unitFigures = period
        ? [...measuring.entries()]
            .sort(([a], [b]) => inTreeOrder.get(a)! - inTreeOrder.get(b)!)
            .flatMap(([unitId, own]) => {
              const value = ownValue(unitId, period);
              return value
                ? [
                    {
                      orgUnitId: unitId,
                      period,
                      outcome: value.outcome,
                      status: valueStatus(own, value),
                      statusSetByHand: value.statusOverride != null,
                    },
                  ]
                : [];
            })
        : [];
      return {
        indicator,
        rollup: 'LIST',
        figures: null,
        rolledUpFrom: unitFigures.map((figure) => figure.orgUnitId),
        unitFigures,
        isReported: period !== null && isReportedBy(indicator.periodicity, period, input.month),
        status: 'NOT_ASSESSED',
        statusSetByHand: false,
        changeFromPreviousYear: null,
        trend: [],
      };
    }
  });
}

function pickFigures(value: RollupFigures): RollupFigures {
  return {
    outcome: value.outcome,
    periodTarget: value.periodTarget,
    annualTarget: value.annualTarget,
    fullYearForecast: value.fullYearForecast,
  };
}
