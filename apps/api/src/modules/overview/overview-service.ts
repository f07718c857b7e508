import type {
  GoalFulfilment,
  IndicatorModel,
  IndicatorValueModel,
  OrgUnitModel,
  PrismaClient,
  ProjectState,
} from '@lagesbild/db';
import {
  amountsPerPeriod,
  bySeriousnessOfChange,
  endOfMonthIso,
  fromIsoDate,
  inTreeOrder,
  isReportedBy,
  overallColour,
  valueStatus,
} from '@lagesbild/types';
import type { TreeNode, UnitRollup, ValueStatus, YearMonth } from '@lagesbild/types';
import { NEWEST_MONTH_FIRST, upToMonth } from '../../loaders/month-loader';
import { findLatestValuesUpTo } from '../indicators';
import { findPerspectivesOfYear } from '../perspectives';
import type { PerspectiveOfYear } from '../perspectives';
import { ENDED_STATES, findProjectsAsOf } from '../portfolio';
import { findTopRisks } from '../risks';
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
}

export interface KeyIndicatorRow {
  indicator: IndicatorModel;
  latest: IndicatorValueModel | null;
  figures: KeyFiguresRow | null;
  /** Null for the unit's own indicator. */
  rollup: UnitRollup | null;
  rolledUpFrom: number[];
  unitFigures: KeyUnitFigureRow[];
  status: ValueStatus;
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
  /** Every colour change, the most serious first. */
  changes: StatusChangeRow[];
  keyIndicators: KeyIndicatorRow[];
}

/**
 * The overview of a unit and the units of its subtree the user may read, in a fixed number
 * of set-based reads whatever the size of the organisation (the tree comes with the request):
 * the goals with their latest assessments, the indicators' latest values, the projects' latest
 * status updates and the risks' latest valuations. Counts and lists are made of the readable units
 * only, so the reader of one business area sees none of its siblings in its committee's figures.
 */
export async function findOverview(
  prisma: PrismaClient,
  orgTree: readonly TreeNode[],
  orgUnitCode: string,
  month: YearMonth,
  canRead: (orgUnitId: number) => boolean,
): Promise<OverviewRow | null> {
  const unit = await prisma.orgUnit.findUnique({ where: { code: orgUnitCode } });
  if (!unit) return null;
  const unitIds = inTreeOrder(orgTree, unit.id)
    .map((node) => node.id)
    .filter(canRead);
  const endOfMonth = fromIsoDate(endOfMonthIso(month));

  const [perspectives, redProjects, topRisks, indicatorChanges, projectChanges, keyIndicators] = await Promise.all([
    summarisePerspectives(prisma, unit.id, unitIds, month),
    findRedProjects(prisma, unitIds, endOfMonth),
    findTopRisks(prisma, unitIds, endOfMonth),
    findIndicatorChanges(prisma, unitIds, month),
    findProjectChanges(prisma, unitIds, month),
    findKeyIndicators(prisma, orgTree, unit.id, unitIds, month),
  ]);
  return {
    orgUnit: unit,
    month,
    unitIds,
    perspectives,
    redProjects,
    topRisks,
    changes: [...indicatorChanges, ...projectChanges].sort(bySeriousnessOfChange),
    keyIndicators,
  };
}

/**
 * Per perspective, the committee goals of the units by assessed fulfilment with their
 * indicators by status, and the unit's own council goals (the city's KF-mål, which its
 * committees assess through their goals: Mål och indikatorer shows them goal by committee).
 * A perspective with either is shown.
 */
async function summarisePerspectives(
  prisma: PrismaClient,
  unitId: number,
  unitIds: number[],
  month: YearMonth,
): Promise<PerspectiveSummaryRow[]> {
  // A retired goal has left the plan (as on Mål och indikatorer): it is not counted.
  const [goals, councilGoals] = await Promise.all([
    prisma.goal.findMany({
      where: { orgUnitId: { in: unitIds }, year: month.year, level: 'COMMITTEE', retiredAt: null },
      select: { id: true, perspectiveId: true, indicators: { select: { indicator: true } } },
    }),
    prisma.goal.findMany({
      where: { orgUnitId: unitId, year: month.year, level: 'COUNCIL', retiredAt: null },
      select: { perspectiveId: true },
    }),
  ]);
  const goalIds = goals.map((goal) => goal.id);
  const [perspectives, assessments, latestValues] = await Promise.all([
    // Named and ordered as in the month's year.
    findPerspectivesOfYear(
      prisma,
      [...goals, ...councilGoals].map((goal) => goal.perspectiveId),
      month.year,
    ),
    prisma.goalAssessment.findMany({
      where: { goalId: { in: goalIds }, ...upToMonth(month) },
      orderBy: NEWEST_MONTH_FIRST,
    }),
    findLatestValuesUpTo(
      prisma,
      goals.flatMap((goal) => goal.indicators.map((link) => link.indicator.id)),
      month,
    ),
  ]);
  const latestAssessment = new Map<number, GoalFulfilment>();
  for (const assessment of assessments) {
    if (!latestAssessment.has(assessment.goalId)) latestAssessment.set(assessment.goalId, assessment.fulfilment);
  }
  const latestValue = new Map(latestValues.map((value) => [value.indicatorId, value]));

  return perspectives
    .map((perspective) => {
      const goalsOfPerspective = goals.filter((goal) => goal.perspectiveId === perspective.id);
      const summary: PerspectiveSummaryRow = {
        perspective,
        goals: { FULFILLED: 0, PARTLY_FULFILLED: 0, NOT_FULFILLED: 0, NOT_ASSESSED: 0 },
        indicators: { GREEN: 0, YELLOW: 0, RED: 0, NOT_REPORTED: 0 },
        councilGoals: councilGoals.filter((goal) => goal.perspectiveId === perspective.id).length,
      };
      const counted = new Set<number>();
      for (const goal of goalsOfPerspective) {
        summary.goals[latestAssessment.get(goal.id) ?? 'NOT_ASSESSED'] += 1;
        for (const { indicator } of goal.indicators) {
          // An indicator serving two goals of the perspective counts once.
          if (counted.has(indicator.id)) continue;
          counted.add(indicator.id);
          const value = latestValue.get(indicator.id);
          const status =
            value && isReportedBy(indicator.periodicity, value, month) ? valueStatus(indicator, value) : 'NOT_ASSESSED';
          summary.indicators[status === 'NOT_ASSESSED' ? 'NOT_REPORTED' : status] += 1;
        }
      }
      return { summary, hasGoals: goalsOfPerspective.length > 0 || summary.councilGoals > 0 };
    })
    .filter(({ hasGoals }) => hasGoals)
    .map(({ summary }) => summary);
}

/**
 * Each project's latest status update up to the date, for the projects that belonged to the units'
 * portfolios then, read as they stood on the date (portfolio, state): one read however many.
 */
async function findLatestStatusUpdates(
  prisma: PrismaClient,
  unitIds: number[],
  upTo: Date,
): Promise<(ProjectSummaryRow & { state: ProjectState })[]> {
  const projects = await findProjectsAsOf(prisma, upTo, { orgUnitIds: unitIds });
  return projects.flatMap(({ statusDate, time, cost, result, ...project }) =>
    statusDate && time && cost && result ? [{ ...project, statusDate, time, cost, result }] : [],
  );
}

/**
 * The projects whose latest status update is red on any dimension, the most recent first. A project
 * closed (or given up) by the date is not red any more, whatever its last status update said.
 */
async function findRedProjects(prisma: PrismaClient, unitIds: number[], upTo: Date): Promise<ProjectSummaryRow[]> {
  const latest = await findLatestStatusUpdates(prisma, unitIds, upTo);
  return latest
    .filter((project) => !ENDED_STATES.includes(project.state))
    .filter((project) => [project.time, project.cost, project.result].includes('RED'))
    .sort((a, b) => b.statusDate.getTime() - a.statusDate.getTime() || a.name.localeCompare(b.name, 'sv'));
}

const previousMonth = ({ year, month }: YearMonth): YearMonth =>
  month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };

/** The status an indicator shows in a month, as on the goals page: its colour, or not assessed when not reported. */
function statusInMonth(
  indicator: IndicatorModel,
  value: IndicatorValueModel | undefined,
  month: YearMonth,
): ValueStatus {
  return value && isReportedBy(indicator.periodicity, value, month) ? valueStatus(indicator, value) : 'NOT_ASSESSED';
}

/** Performance indicators of the subtree whose status differs between the previous month and this one. */
async function findIndicatorChanges(
  prisma: PrismaClient,
  unitIds: number[],
  month: YearMonth,
): Promise<StatusChangeRow[]> {
  const indicators = await prisma.indicator.findMany({ where: { orgUnitId: { in: unitIds }, kind: 'PERFORMANCE' } });
  const ids = indicators.map((indicator) => indicator.id);
  const before = previousMonth(month);
  const [now, then] = await Promise.all([
    findLatestValuesUpTo(prisma, ids, month),
    findLatestValuesUpTo(prisma, ids, before),
  ]);
  const nowById = new Map(now.map((value) => [value.indicatorId, value]));
  const thenById = new Map(then.map((value) => [value.indicatorId, value]));
  return indicators
    .map((indicator) => ({
      kind: 'INDICATOR' as const,
      id: indicator.id,
      name: indicator.name,
      orgUnitId: indicator.orgUnitId,
      previous: statusInMonth(indicator, thenById.get(indicator.id), before),
      current: statusInMonth(indicator, nowById.get(indicator.id), month),
    }))
    .filter((change) => change.previous !== change.current);
}

/** Projects whose worst colour in their latest status update differs from that in the latest one a month earlier. */
async function findProjectChanges(
  prisma: PrismaClient,
  unitIds: number[],
  month: YearMonth,
): Promise<StatusChangeRow[]> {
  const endOf = (viewed: YearMonth) => fromIsoDate(endOfMonthIso(viewed));
  const [now, then] = await Promise.all([
    findLatestStatusUpdates(prisma, unitIds, endOf(month)),
    findLatestStatusUpdates(prisma, unitIds, endOf(previousMonth(month))),
  ]);
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
    }))
    .filter((change) => change.previous !== change.current);
}

const TREND_LENGTH = 12;

/**
 * The key indicators with their latest value, the same period a year earlier and the last
 * twelve periods, in three reads whatever their number: the indicators, their latest values,
 * and their values at their own periodicity over the last years.
 *
 * A unit without key indicators of its own (the city) instead shows its units' key indicators
 * rolled up (rolledUpTiles), also in three reads: the key indicators, every indicator of the
 * readable subtree with their codes, and those indicators' values over the trend's years.
 */
async function findKeyIndicators(
  prisma: PrismaClient,
  orgTree: readonly TreeNode[],
  unitId: number,
  unitIds: number[],
  month: YearMonth,
): Promise<KeyIndicatorRow[]> {
  const indicators = await prisma.indicator.findMany({
    where: { orgUnitId: { in: unitIds }, isKey: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  const trendYears = { gte: month.year - TREND_LENGTH / 12 - 1, lte: month.year };
  if (indicators.length > 0 && !indicators.some((indicator) => indicator.orgUnitId === unitId)) {
    const sameCode = await prisma.indicator.findMany({
      where: { orgUnitId: { in: unitIds }, code: { in: [...new Set(indicators.map((indicator) => indicator.code))] } },
    });
    const values = await prisma.indicatorValue.findMany({
      where: { indicatorId: { in: sameCode.map((indicator) => indicator.id) }, year: trendYears },
    });
    return rolledUpTiles({
      unitId,
      unitIds,
      orgTree,
      month,
      keyIndicators: indicators,
      sameCode,
      values,
      trendLength: TREND_LENGTH,
    }).map((tile) => ({ ...tile, latest: null }));
  }
  const ids = indicators.map((indicator) => indicator.id);
  const [latestValues, recentValues] = await Promise.all([
    findLatestValuesUpTo(prisma, ids, month),
    prisma.indicatorValue.findMany({
      where: { indicatorId: { in: ids }, year: trendYears },
      orderBy: [{ year: 'asc' }, { periodNumber: 'asc' }],
    }),
  ]);
  const latestById = new Map(latestValues.map((value) => [value.indicatorId, value]));
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
      changeFromPreviousYear:
        latest?.outcome != null && previousYear?.outcome != null ? latest.outcome - previousYear.outcome : null,
      trend: (indicator.cumulative ? amountsPerPeriod(upToLatest) : upToLatest.map((value) => value.outcome)).slice(
        -TREND_LENGTH,
      ),
    };
  });
}
