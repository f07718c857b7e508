import type {
  ActivityModel,
  ActivityUpdateModel,
  GoalAssessmentModel,
  GoalModel,
  IndicatorModel,
  IndicatorValueModel,
  OrgUnitModel,
  PrismaClient,
} from '@lagesbild/db';
import { parsePeriodKey, periodOfMonth } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { sortByPerspectiveOrder } from '../perspectives';
import { findUnitByCode } from '../organisation';
import type { Loaders } from '../../context';

export interface DataEntryIndicatorRowRow {
  indicator: IndicatorModel;
  period: string;
  value: IndicatorValueModel | null;
}

export interface DataEntryGoalRowRow {
  goal: GoalModel;
  assessment: GoalAssessmentModel | null;
}

export interface DataEntryActivityRowRow {
  activity: ActivityModel;
  update: ActivityUpdateModel | null;
}

export interface DataEntrySheetRow extends YearMonth {
  orgUnit: OrgUnitModel;
  indicatorRows: DataEntryIndicatorRowRow[];
  goalRows: DataEntryGoalRowRow[];
  activityRows: DataEntryActivityRowRow[];
}

const IN_DISPLAY_ORDER = [{ sortOrder: 'asc' as const }, { id: 'asc' as const }];

/**
 * The sheet of a unit for a report month, in a fixed number of statements whatever the
 * number of rows: the unit's indicators, goals and activities, then their figures,
 * assessments and statuses of the month, each in one query.
 */
export async function loadDataEntrySheet(
  prisma: PrismaClient,
  orgTree: readonly OrgUnitModel[],
  perspectiveInYear: Loaders['perspectiveInYear'],
  orgUnitCode: string,
  month: YearMonth,
): Promise<DataEntrySheetRow | null> {
  const orgUnit = findUnitByCode(orgTree, orgUnitCode);
  if (!orgUnit) return null;
  const [indicators, goals, activities] = await Promise.all([
    // A retired indicator takes no new values, so the sheet no longer offers it; its page keeps its history.
    prisma.indicator.findMany({ where: { orgUnitId: orgUnit.id, retiredAt: null }, orderBy: IN_DISPLAY_ORDER }),
    prisma.goal
      .findMany({
        // Retired goals and cancelled activities have left the plan: nothing more is reported on them.
        where: { orgUnitId: orgUnit.id, year: month.year, level: 'COMMITTEE', retiredAt: null },
        orderBy: IN_DISPLAY_ORDER,
      })
      // In the order of the year's perspectives.
      .then((goals) => sortByPerspectiveOrder(perspectiveInYear, goals, month.year)),
    prisma.activity.findMany({ where: { orgUnitId: orgUnit.id, retiredAt: null }, orderBy: IN_DISPLAY_ORDER }),
  ]);
  const periods = indicators.map((indicator) => periodOfMonth(indicator.periodicity, month));
  const [values, assessments, updates] = await Promise.all([
    indicators.length === 0
      ? []
      : prisma.indicatorValue.findMany({
          where: {
            indicatorId: { in: indicators.map((indicator) => indicator.id) },
            year: month.year,
            OR: [...new Set(periods)].map((key) => {
              const { granularity, periodNumber } = parsePeriodKey(key)!;
              return { granularity, periodNumber };
            }),
          },
        }),
    prisma.goalAssessment.findMany({
      where: { goalId: { in: goals.map((goal) => goal.id) }, year: month.year, month: month.month },
    }),
    prisma.activityUpdate.findMany({
      where: { activityId: { in: activities.map((activity) => activity.id) }, year: month.year, month: month.month },
    }),
  ]);
  return {
    orgUnit,
    ...month,
    indicatorRows: indicators.map((indicator, index) => {
      const period = parsePeriodKey(periods[index]!)!;
      return {
        indicator,
        period: periods[index]!,
        value:
          values.find(
            (value) =>
              value.indicatorId === indicator.id &&
              value.granularity === period.granularity &&
              value.periodNumber === period.periodNumber,
          ) ?? null,
      };
    }),
    goalRows: goals.map((goal) => ({
      goal,
      assessment: assessments.find((assessment) => assessment.goalId === goal.id) ?? null,
    })),
    activityRows: activities.map((activity) => ({
      activity,
      update: updates.find((update) => update.activityId === activity.id) ?? null,
    })),
  };
}
