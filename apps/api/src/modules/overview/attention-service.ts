import type { IndicatorModel, IndicatorValueModel, PrismaClient } from '@lagesbild/db';
import {
  comparePeriods,
  endOfMonthIso,
  formatPeriodKey,
  fromIsoDate,
  isReportedBy,
  valueStatus,
} from '@lagesbild/types';
import type { TreeNode, YearMonth } from '@lagesbild/types';
import { findOverdueAssignments, findOverdueAuditActions } from '../assignments';
import type { OverdueAssignmentRow, OverdueAuditActionRow } from '../assignments';
import { findRisksAboveTolerance } from '../risks';
import type { RiskSummaryRow } from '../risks';
import { previousMonth } from './overview-service';
import type { GoalIndicatorValues, ProjectSummaryRow } from './overview-service';

export interface AttentionIndicatorRow {
  id: number;
  name: string;
  orgUnitId: number;
  status: 'RED' | 'NOT_ASSESSED';
  newlyRed: boolean;
  /** Red: the first period (key) of its current run of red values. Not reported: its latest period, or null. */
  since: string | null;
}

export interface AttentionRow {
  redIndicators: AttentionIndicatorRow[];
  notReportedIndicators: AttentionIndicatorRow[];
  overdueAssignments: OverdueAssignmentRow[];
  overdueAuditActions: OverdueAuditActionRow[];
  redProjects: ProjectSummaryRow[];
  risksAboveTolerance: RiskSummaryRow[];
}

/**
 * What needs the reader in the month, from the units they may read: the indicators of the
 * year's goals that are red or not reported, the overdue assignments and audit actions, and the
 * risks above tolerance, with the red projects and the goals' indicators with their latest values
 * that the overview has already read. A fixed number of set-based reads whatever the number of
 * units or items.
 */
export async function findAttention(
  prisma: PrismaClient,
  orgTree: readonly TreeNode[],
  orgUnitId: number,
  unitIds: number[],
  month: YearMonth,
  canRead: (orgUnitId: number) => boolean,
  redProjects: ProjectSummaryRow[],
  goalIndicators: GoalIndicatorValues,
): Promise<AttentionRow> {
  const [indicators, overdueAssignments, overdueAuditActions, risksAboveTolerance] = await Promise.all([
    findIndicatorsNeedingAttention(prisma, goalIndicators, month, canRead),
    findOverdueAssignments(prisma, unitIds, month),
    findOverdueAuditActions(prisma, unitIds, month),
    findRisksAboveTolerance(prisma, orgTree, orgUnitId, unitIds, fromIsoDate(endOfMonthIso(month))),
  ]);
  return { ...indicators, overdueAssignments, overdueAuditActions, redProjects, risksAboveTolerance };
}

/** What the status rule and the order of periods read of a value. */
const STATUS_HISTORY_FIELDS = {
  indicatorId: true,
  granularity: true,
  year: true,
  periodNumber: true,
  outcome: true,
  periodTarget: true,
  annualTarget: true,
  fullYearForecast: true,
  statusOverride: true,
} as const;

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/**
 * The indicators the overview counts (those of the units' goals of the year, as the perspective
 * cards do) that are red in the month or not reported for it. An indicator owned by a unit the
 * reader may not open is left out: every item is a link.
 */
async function findIndicatorsNeedingAttention(
  prisma: PrismaClient,
  goalIndicators: GoalIndicatorValues,
  month: YearMonth,
  canRead: (orgUnitId: number) => boolean,
): Promise<Pick<AttentionRow, 'redIndicators' | 'notReportedIndicators'>> {
  const indicators = goalIndicators.indicators.filter((indicator) => canRead(indicator.orgUnitId));
  const { now: nowById, then: thenById } = goalIndicators;
  const before = previousMonth(month);
  const isRedIn = (indicator: IndicatorModel, value: IndicatorValueModel | undefined, viewed: YearMonth) =>
    !!value && isReportedBy(indicator.periodicity, value, viewed) && valueStatus(indicator, value) === 'RED';
  // Enough history to tell since when a red monthly indicator has been red within two years:
  // only the figures the status rule reads, at each indicator's own periodicity (a city's red
  // indicators are thousands, and every column read is a column converted).
  const redByPeriodicity = new Map<IndicatorModel['periodicity'], number[]>();
  for (const indicator of indicators) {
    if (!isRedIn(indicator, nowById.get(indicator.id), month)) continue;
    const ids = redByPeriodicity.get(indicator.periodicity);
    if (ids) ids.push(indicator.id);
    else redByPeriodicity.set(indicator.periodicity, [indicator.id]);
  }
  const history =
    redByPeriodicity.size === 0
      ? []
      : await prisma.indicatorValue.findMany({
          where: {
            OR: [...redByPeriodicity].map(([periodicity, ids]) => ({
              granularity: periodicity,
              indicatorId: { in: ids },
            })),
            outcome: { not: null },
            year: { gte: month.year - 2, lte: month.year },
          },
          select: STATUS_HISTORY_FIELDS,
        });
  const historyById = new Map<number, typeof history>();
  for (const value of history) {
    const values = historyById.get(value.indicatorId);
    if (values) values.push(value);
    else historyById.set(value.indicatorId, [value]);
  }
  const redIndicators: AttentionIndicatorRow[] = [];
  const notReportedIndicators: AttentionIndicatorRow[] = [];
  for (const indicator of indicators) {
    const latest = nowById.get(indicator.id);
    const row = { id: indicator.id, name: indicator.name, orgUnitId: indicator.orgUnitId };
    if (!latest || !isReportedBy(indicator.periodicity, latest, month)) {
      notReportedIndicators.push({
        ...row,
        status: 'NOT_ASSESSED',
        newlyRed: false,
        since: latest ? formatPeriodKey(latest) : null,
      });
    } else if (valueStatus(indicator, latest) === 'RED') {
      const own = (historyById.get(indicator.id) ?? [])
        .filter((value) => comparePeriods(value, latest) <= 0)
        .sort((a, b) => comparePeriods(b, a));
      // Back from the latest value while it stays red: the run's first period is when it turned.
      let firstRed: (typeof own)[number] = latest;
      for (const value of own) {
        if (valueStatus(indicator, value) !== 'RED') break;
        firstRed = value;
      }
      redIndicators.push({
        ...row,
        status: 'RED',
        newlyRed: !isRedIn(indicator, thenById.get(indicator.id), before),
        since: formatPeriodKey(firstRed),
      });
    }
  }
  // The newly red first: what changed is what the reader has not yet seen.
  redIndicators.sort((a, b) => Number(b.newlyRed) - Number(a.newlyRed) || byName(a, b));
  notReportedIndicators.sort(byName);
  return { redIndicators, notReportedIndicators };
}
