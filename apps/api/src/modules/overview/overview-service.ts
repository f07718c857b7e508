import type { GoalFulfilment, IndicatorValueModel, OrgUnitModel, PrismaClient, ProjectState } from '@lagesbild/db';
import {
  amountsPerPeriod,
  bySeriousnessOfChange,
  comparePeriods,
  endOfMonthIso,
  fromIsoDate,
  inTreeOrder,
  isReportedBy,
  overallColour,
  startsBy,
  valueStatus,
} from '@lagesbild/types';
import type { UnitRollup, ValueStatus, YearMonth } from '@lagesbild/types';
import { NEWEST_MONTH_FIRST, upToMonth } from '../../loaders/month-loader';
import {
  findLatestValuesUpTo,
  findListedIndicators,
  findRecentStatusFigures,
  withThresholdHistory,
} from '../indicators';
import type { IndicatorWithHistory, JudgedIndicator, StatusFigures } from '../indicators';
import { findUnitByCode } from '../organisation';
import { findPerspectivesOfYear } from '../perspectives';
import type { PerspectiveOfYear } from '../perspectives';
import { ENDED_STATES, findProjectsAsOf } from '../portfolio';
import { findLatestValuedRisks, topRisks } from '../risks';
import type { RiskSummaryRow } from '../risks';
import { rolledUpTiles } from './key-indicator-rollup';
import type { KeyFiguresRow, KeyUnitFigureRow } from './key-indicator-rollup';

export interface PerspectiveSummaryRow {
  perspective: PerspectiveOfYear;
  goals: Record<GoalFulfilment, number>;
  indicators: { GREEN: number; YELLOW: number; RED: number; NOT_REPORTED: number };
  /** The unit's own council goals (KF-mål) in the perspective: the city's. */
  councilGoals: number;
}

export interface ProjectSummaryRow {
  id: number;
  name: string;
  portfolioName: string;
  orgUnitId: number;
  statusDate: Date;
  time: 'GREEN' | 'YELLOW' | 'RED';
  cost: 'GREEN' | 'YELLOW' | 'RED';
  result: 'GREEN' | 'YELLOW' | 'RED';
}

export interface StatusChangeRow {
  kind: 'INDICATOR' | 'PROJECT';
  id: number;
  name: string;
  orgUnitId: number;
  previous: ValueStatus;
  current: ValueStatus;
  /** An indicator's status in the month before, or in the month, is an analyst's judgement, not the rule's. */
  previousSetByHand: boolean;
  currentSetByHand: boolean;
}

export interface KeyIndicatorRow {
  indicator: IndicatorWithHistory;
  latest: IndicatorValueModel | null;
  figures: KeyFiguresRow | null;
  /** Null for the unit's own indicator. */
  rollup: UnitRollup | null;
  rolledUpFrom: number[];
  unitFigures: KeyUnitFigureRow[];
  status: ValueStatus;
  /** The shown status is an analyst's judgement (the latest value's statusOverride), not the rule's. */
  statusSetByHand: boolean;
  isReported: boolean;
  changeFromPreviousYear: number | null;
  trend: (number | null)[];
}

export interface OverviewRow {
  orgUnit: OrgUnitModel;
  month: YearMonth;
  /** The units of the subtree the reader may read, which every list and count is made of. */
  unitIds: number[];
  perspectives: PerspectiveSummaryRow[];
  redProjects: ProjectSummaryRow[];
  topRisks: RiskSummaryRow[];
  /** Every risk of the units with its latest valuation: the attention list reuses them. */
  latestValuedRisks: RiskSummaryRow[];
  /** Every colour change, the most serious first. */
  changes: StatusChangeRow[];
  keyIndicators: KeyIndicatorRow[];
  /** The indicators of the units' goals of the year, with their latest values: the attention list reuses them. */
  goalIndicators: GoalIndicatorValues;
}

/** Indicators with their latest values' figures up to the viewed month and up to the month before it. */
export interface GoalIndicatorValues {
  indicators: JudgedIndicator[];
  now: Map<number, StatusFigures>;
  then: Map<number, StatusFigures>;
}

const TREND_LENGTH = 12;

/**
 * The overview of a unit and the units of its subtree the user may read, in a fixed number
 * of set-based reads whatever the size of the organisation (the units come with the request):
 * the goals with their latest assessments, the indicators' latest values, the projects' latest
 * status updates and the risks' latest valuations. Counts and lists are made of the readable units
 * only, so the reader of one business area sees none of its siblings in its committee's figures.
 */
export async function findOverview(
  prisma: PrismaClient,
  orgTree: readonly OrgUnitModel[],
  orgUnitCode: string,
  month: YearMonth,
  canRead: (orgUnitId: number) => boolean,
): Promise<OverviewRow | null> {
  const unit = findUnitByCode(orgTree, orgUnitCode);
  if (!unit) return null;
  const unitIds = inTreeOrder(orgTree, unit.id)
    .map((node) => node.id)
    .filter(canRead);
  const endOfMonth = fromIsoDate(endOfMonthIso(month));
  const before = previousMonth(month);

  // Each fact is read once for every part that needs it (the subtree's indicators, the goals
  // with theirs, the projects as they stood, the risks' latest valuations, the latest values of
  // all those indicators in the month and the month before), so the statements stay few
  // whatever the size of the subtree.
  const [indicatorsOfSubtree, goals, projectsNow, projectsThen, latestValuedRisks] = await Promise.all([
    findListedIndicators(prisma, { orgUnitId: { in: unitIds } }),
    findGoalsOfYear(prisma, unit.id, unitIds, month),
    findLatestStatusUpdates(prisma, unitIds, endOfMonth),
    findLatestStatusUpdates(prisma, unitIds, fromIsoDate(endOfMonthIso(before))),
    findLatestValuedRisks(prisma, unitIds, endOfMonth),
  ]);
  const subtreeIndicators = await withThresholdHistory(prisma, indicatorsOfSubtree);
  const performanceIndicators = subtreeIndicators.filter((indicator) => indicator.kind === 'PERFORMANCE');
  const keyIndicators = subtreeIndicators.filter((indicator) => indicator.isKey);
  // A unit without key indicators of its own (the city) shows its units' rolled up instead.
  const rollsUpKeyIndicators = keyIndicators.length > 0 && !keyIndicators.some((key) => key.orgUnitId === unit.id);
  const sameCodeAsKey = rollsUpKeyIndicators
    ? subtreeIndicators.filter((indicator) => keyIndicators.some((key) => key.code === indicator.code))
    : keyIndicators;
  const goalIndicators = await indicatorsOfGoals(prisma, goals, subtreeIndicators);
  const latestIds = [
    ...new Set(
      [...goalIndicators, ...performanceIndicators, ...(rollsUpKeyIndicators ? [] : keyIndicators)].map(
        (indicator) => indicator.id,
      ),
    ),
  ];
  const trendYears = { gte: month.year - TREND_LENGTH / 12 - 1, lte: month.year };
  const [{ now: latestNow, then: latestThen }, perspectives, assessments, keyValues, wholeKeyIndicators] =
    await Promise.all([
      latestValuesOfMonthAndMonthBefore(prisma, latestIds, month),
      // Named and ordered as in the month's year.
      findPerspectivesOfYear(
        prisma,
        [...goals.committee, ...goals.council].map((goal) => goal.perspectiveId),
        month.year,
      ),
      goals.committee.length === 0
        ? []
        : prisma.goalAssessment.findMany({
            where: { goalId: { in: goals.committee.map((goal) => goal.id) }, ...upToMonth(month) },
            orderBy: NEWEST_MONTH_FIRST,
          }),
      sameCodeAsKey.length === 0
        ? []
        : prisma.indicatorValue.findMany({
            where: { indicatorId: { in: sameCodeAsKey.map((indicator) => indicator.id) }, year: trendYears },
            orderBy: [{ year: 'asc' }, { periodNumber: 'asc' }],
          }),
      wholeIndicators(prisma, keyIndicators),
    ]);

  return {
    orgUnit: unit,
    month,
    unitIds,
    perspectives: summarisePerspectives(perspectives, goals, assessments, goalIndicators, latestNow, month),
    redProjects: findRedProjects(projectsNow),
    topRisks: topRisks(latestValuedRisks),
    latestValuedRisks,
    changes: [
      ...findIndicatorChanges(performanceIndicators, month, latestNow, latestThen),
      ...findProjectChanges(projectsNow, projectsThen),
    ].sort(bySeriousnessOfChange),
    keyIndicators: rollsUpKeyIndicators
      ? rolledUpTiles({
          unitId: unit.id,
          unitIds,
          orgTree,
          month,
          keyIndicators: wholeKeyIndicators,
          sameCode: sameCodeAsKey,
          values: keyValues,
          trendLength: TREND_LENGTH,
        }).map((tile) => ({ ...tile, latest: null }))
      : ownKeyIndicatorTiles(
          wholeKeyIndicators,
          keyValues,
          await wholeLatestValues(prisma, keyIndicators, keyValues, latestNow, month),
          month,
        ),
    goalIndicators: { indicators: goalIndicators, now: latestNow, then: latestThen },
  };
}

/**
 * Each indicator's latest value up to the month and up to the month before, in one read of its
 * two latest values up to the month: the latest is also the month before's unless its period
 * began in the month itself, and then the one before it is. Only the figures the status rule and
 * the order of periods read: a city's thousands of indicators make every column count.
 */
async function latestValuesOfMonthAndMonthBefore(
  prisma: PrismaClient,
  indicatorIds: number[],
  month: YearMonth,
): Promise<{ now: Map<number, StatusFigures>; then: Map<number, StatusFigures> }> {
  const now = new Map<number, StatusFigures>();
  const then = new Map<number, StatusFigures>();
  if (indicatorIds.length === 0) return { now, then };
  const before = previousMonth(month);
  const newestFirst = (await findRecentStatusFigures(prisma, indicatorIds, month, { count: 2, fromYear: 0 })).sort(
    (a, b) => comparePeriods(b, a),
  );
  for (const value of newestFirst) {
    if (!now.has(value.indicatorId)) now.set(value.indicatorId, value);
    if (!then.has(value.indicatorId) && startsBy(value, before)) then.set(value.indicatorId, value);
  }
  return { now, then };
}

/**
 * The indicators with every column, as a key indicator's tile answers with it, in the same
 * order: one read of the few key indicators by id, rather than every column of the thousands
 * the overview judges. Their thresholds' history is the one read for them already.
 */
async function wholeIndicators(prisma: PrismaClient, listed: JudgedIndicator[]): Promise<IndicatorWithHistory[]> {
  if (listed.length === 0) return [];
  const rows = await prisma.indicator.findMany({ where: { id: { in: listed.map((indicator) => indicator.id) } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return listed.flatMap((indicator) => {
    const row = byId.get(indicator.id);
    return row ? [{ ...row, thresholdHistory: indicator.thresholdHistory }] : [];
  });
}

/**
 * The key indicators' latest values whole, as their tiles show them: found among their values
 * over the trend's years as a rule, and read by id for one whose latest value is older than the
 * trend (a yearly indicator not reported for years).
 */
async function wholeLatestValues(
  prisma: PrismaClient,
  keyIndicators: JudgedIndicator[],
  trendValues: IndicatorValueModel[],
  latestById: Map<number, StatusFigures>,
  month: YearMonth,
): Promise<Map<number, IndicatorValueModel>> {
  const whole = new Map<number, IndicatorValueModel>();
  for (const value of trendValues) {
    const latest = latestById.get(value.indicatorId);
    if (latest && comparePeriods(value, latest) === 0) whole.set(value.indicatorId, value);
  }
  const missing = keyIndicators.filter((indicator) => latestById.has(indicator.id) && !whole.has(indicator.id));
  if (missing.length > 0) {
    const older = await findLatestValuesUpTo(
      prisma,
      missing.map((indicator) => indicator.id),
      month,
    );
    for (const value of older) whole.set(value.indicatorId, value);
  }
  return whole;
}

interface GoalsOfYear {
  committee: { id: number; perspectiveId: number; indicators: { indicatorId: number }[] }[];
  council: { perspectiveId: number }[];
}

/**
 * The committee goals of the units with their indicators, and the unit's own council goals (the
 * city's KF-mål, which its committees assess through their goals). A retired goal has left the
 * plan (as on Mål och indikatorer): it is not counted.
 */
async function findGoalsOfYear(
  prisma: PrismaClient,
  unitId: number,
  unitIds: number[],
  month: YearMonth,
): Promise<GoalsOfYear> {
  // One read of both: each statement costs a round trip, and this runs on every overview.
  const goals = await prisma.goal.findMany({
    where: {
      year: month.year,
      retiredAt: null,
      OR: [
        { orgUnitId: { in: unitIds }, level: 'COMMITTEE' },
        { orgUnitId: unitId, level: 'COUNCIL' },
      ],
    },
    select: { id: true, perspectiveId: true, level: true, indicators: { select: { indicatorId: true } } },
  });
  const committee = goals.filter((goal) => goal.level === 'COMMITTEE');
  const council = goals.filter((goal) => goal.level === 'COUNCIL');
  return { committee, council };
}

/**
 * The indicators of the goals, each once: those of the subtree as already read, and the few a
 * goal may link from outside it (a unit above) read by id.
 */
async function indicatorsOfGoals(
  prisma: PrismaClient,
  goals: GoalsOfYear,
  subtreeIndicators: JudgedIndicator[],
): Promise<JudgedIndicator[]> {
  const ids = new Set(goals.committee.flatMap((goal) => goal.indicators.map((link) => link.indicatorId)));
  const inSubtree = subtreeIndicators.filter((indicator) => ids.has(indicator.id));
  if (inSubtree.length === ids.size) return inSubtree;
  const found = new Set(inSubtree.map((indicator) => indicator.id));
  const outside = await withThresholdHistory(
    prisma,
    await findListedIndicators(prisma, { id: { in: [...ids].filter((id) => !found.has(id)) } }),
  );
  return [...inSubtree, ...outside];
}

/**
 * Per perspective, the committee goals of the units by assessed fulfilment with their
 * indicators by status, and the unit's own council goals (Mål och indikatorer shows them goal
 * by committee). A perspective with either is shown.
 */
function summarisePerspectives(
  perspectives: PerspectiveOfYear[],
  goals: GoalsOfYear,
  assessmentsNewestFirst: { goalId: number; fulfilment: GoalFulfilment }[],
  goalIndicators: JudgedIndicator[],
  latestValue: Map<number, StatusFigures>,
  month: YearMonth,
): PerspectiveSummaryRow[] {
  const indicatorById = new Map(goalIndicators.map((indicator) => [indicator.id, indicator]));
  const latestAssessment = new Map<number, GoalFulfilment>();
  for (const assessment of assessmentsNewestFirst) {
    if (!latestAssessment.has(assessment.goalId)) latestAssessment.set(assessment.goalId, assessment.fulfilment);
  }

  return perspectives
    .map((perspective) => {
      const goalsOfPerspective = goals.committee.filter((goal) => goal.perspectiveId === perspective.id);
      const summary: PerspectiveSummaryRow = {
        perspective,
        goals: { FULFILLED: 0, PARTLY_FULFILLED: 0, NOT_FULFILLED: 0, NOT_ASSESSED: 0 },
        indicators: { GREEN: 0, YELLOW: 0, RED: 0, NOT_REPORTED: 0 },
        councilGoals: goals.council.filter((goal) => goal.perspectiveId === perspective.id).length,
      };
      const counted = new Set<number>();
      for (const goal of goalsOfPerspective) {
        summary.goals[latestAssessment.get(goal.id) ?? 'NOT_ASSESSED'] += 1;
        for (const { indicatorId } of goal.indicators) {
          // An indicator serving two goals of the perspective counts once.
          if (counted.has(indicatorId)) continue;
          counted.add(indicatorId);
          const indicator = indicatorById.get(indicatorId)!;
          const status = statusInMonth(indicator, latestValue.get(indicator.id), month);
          summary.indicators[status === 'NOT_ASSESSED' ? 'NOT_REPORTED' : status] += 1;
        }
      }
      return { summary, hasGoals: goalsOfPerspective.length > 0 || summary.councilGoals > 0 };
    })
    .filter(({ hasGoals }) => hasGoals)
    .map(({ summary }) => summary);
}

type ProjectAsOfRow = ProjectSummaryRow & { state: ProjectState };

/**
 * Each project's latest status update up to the date, for the projects that belonged to the units'
 * portfolios then, read as they stood on the date (portfolio, state): one read however many.
 */
async function findLatestStatusUpdates(prisma: PrismaClient, unitIds: number[], upTo: Date): Promise<ProjectAsOfRow[]> {
  const projects = await findProjectsAsOf(prisma, upTo, { orgUnitIds: unitIds });
  return projects.flatMap(({ statusDate, time, cost, result, ...project }) =>
    statusDate && time && cost && result ? [{ ...project, statusDate, time, cost, result }] : [],
  );
}

/**
 * The projects whose latest status update is red on any dimension, the most recent first. A project
 * closed (or given up) by the date is not red any more, whatever its last status update said.
 */
function findRedProjects(latest: ProjectAsOfRow[]): ProjectSummaryRow[] {
  return latest
    .filter((project) => !ENDED_STATES.includes(project.state))
    .filter((project) => [project.time, project.cost, project.result].includes('RED'))
    .sort((a, b) => b.statusDate.getTime() - a.statusDate.getTime() || a.name.localeCompare(b.name, 'sv'));
}

export const previousMonth = ({ year, month }: YearMonth): YearMonth =>
  month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };

/** The status an indicator shows in a month, as on the goals page: its colour, or not assessed when not reported. */
function statusInMonth(indicator: JudgedIndicator, value: StatusFigures | undefined, month: YearMonth): ValueStatus {
  return value && isReportedBy(indicator.periodicity, value, month) ? valueStatus(indicator, value) : 'NOT_ASSESSED';
}

/** True when the status statusInMonth gives is the one an analyst set by hand. */
function setByHandInMonth(indicator: JudgedIndicator, value: StatusFigures | undefined, month: YearMonth): boolean {
  return !!value && isReportedBy(indicator.periodicity, value, month) && value.statusOverride != null;
}

/** Performance indicators of the subtree whose status differs between the previous month and this one. */
function findIndicatorChanges(
  indicators: JudgedIndicator[],
  month: YearMonth,
  now: Map<number, StatusFigures>,
  then: Map<number, StatusFigures>,
): StatusChangeRow[] {
  const before = previousMonth(month);
  return indicators
    .map((indicator) => ({
      kind: 'INDICATOR' as const,
      id: indicator.id,
      name: indicator.name,
      orgUnitId: indicator.orgUnitId,
      previous: statusInMonth(indicator, then.get(indicator.id), before),
      current: statusInMonth(indicator, now.get(indicator.id), month),
      previousSetByHand: setByHandInMonth(indicator, then.get(indicator.id), before),
      currentSetByHand: setByHandInMonth(indicator, now.get(indicator.id), month),
    }))
    .filter((change) => change.previous !== change.current);
}

/** Projects whose worst colour in their latest status update differs from that in the latest one a month earlier. */
function findProjectChanges(now: ProjectAsOfRow[], then: ProjectAsOfRow[]): StatusChangeRow[] {
  const worst = (project: ProjectSummaryRow | undefined): ValueStatus =>
    project ? overallColour(project) : 'NOT_ASSESSED';
  const thenById = new Map(then.map((project) => [project.id, project]));
  // A project that had ended by the month's end has no colour to change.
  return now
    .filter((project) => !ENDED_STATES.includes(project.state))
    .map((project) => ({
      kind: 'PROJECT' as const,
      id: project.id,
      name: project.name,
      orgUnitId: project.orgUnitId,
      previous: worst(thenById.get(project.id)),
      current: worst(project),
      previousSetByHand: false,
      currentSetByHand: false,
    }))
    .filter((change) => change.previous !== change.current);
}

/**
 * The unit's own key indicators with their latest value, the same period a year earlier and the
 * last twelve periods, from the values the overview read for them (the latest ones, and their
 * values at their own periodicity over the trend's years).
 */
function ownKeyIndicatorTiles(
  indicators: IndicatorWithHistory[],
  recentValues: IndicatorValueModel[],
  latestById: Map<number, IndicatorValueModel>,
  month: YearMonth,
): KeyIndicatorRow[] {
  return indicators.map((indicator) => {
    const latest = latestById.get(indicator.id) ?? null;
    const own = recentValues.filter(
      (value) => value.indicatorId === indicator.id && value.granularity === indicator.periodicity,
    );
    const previousYear = latest
      ? own.find((value) => value.year === latest.year - 1 && value.periodNumber === latest.periodNumber)
      : undefined;
    const upToLatest = latest
      ? own.filter(
          (value) =>
            value.year < latest.year || (value.year === latest.year && value.periodNumber <= latest.periodNumber),
        )
      : [];
    const isReported = latest !== null && isReportedBy(indicator.periodicity, latest, month);
    return {
      indicator,
      latest,
      figures: latest && {
        period: latest,
        outcome: latest.outcome,
        periodTarget: latest.periodTarget,
        annualTarget: latest.annualTarget,
        fullYearForecast: latest.fullYearForecast,
      },
      rollup: null,
      rolledUpFrom: [],
      unitFigures: [],
      isReported,
      status: isReported && latest ? valueStatus(indicator, latest) : 'NOT_ASSESSED',
      statusSetByHand: isReported && latest?.statusOverride != null,
      changeFromPreviousYear:
        latest?.outcome != null && previousYear?.outcome != null ? latest.outcome - previousYear.outcome : null,
      trend: (indicator.cumulative ? amountsPerPeriod(upToLatest) : upToLatest.map((value) => value.outcome)).slice(
        -TREND_LENGTH,
      ),
    };
  });
}
