import type { OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { comparePeriods, formatPeriodKey, isReportedBy, valueStatus } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { groupRowsByKey } from '../../loaders/group-by-key';
import { findOverdueAssignments, findOverdueAuditActions } from '../assignments';
import type { OverdueAssignmentRow, OverdueAuditActionRow } from '../assignments';
import { findRecentStatusFigures } from '../indicators';
import type { JudgedIndicator, StatusFigures } from '../indicators';
import { findRiskScaleMax, risksAboveTolerance } from '../risks';
import type { RiskSummaryRow } from '../risks';
import { previousMonth } from './overview-service';
import type { GoalIndicatorValues, OverviewRow, ProjectSummaryRow } from './overview-service';

export interface AttentionIndicatorRow {
  id: number;
  name: string;
  orgUnitId: number;
  status: 'RED' | 'NOT_ASSESSED';
  newlyRed: boolean;
  /** Red by an analyst's judgement (the value's statusOverride), not by the status rule. */
  statusSetByHand: boolean;
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
 * risks above tolerance, from what the overview has already read (the red projects, the goals'
 * indicators with their latest values, the risks' latest valuations). A fixed number of
 * set-based reads whatever the number of units or items.
 */
export async function findAttention(
  prisma: PrismaClient,
  orgTree: readonly OrgUnitModel[],
  orgUnitId: number,
  unitIds: number[],
  month: YearMonth,
  canRead: (orgUnitId: number) => boolean,
  {
    redProjects,
    goalIndicators,
    latestValuedRisks,
  }: Pick<OverviewRow, 'redProjects' | 'goalIndicators' | 'latestValuedRisks'>,
): Promise<AttentionRow> {
  const [indicators, overdueAssignments, overdueAuditActions] = await Promise.all([
    findIndicatorsNeedingAttention(prisma, goalIndicators, month, canRead),
    findOverdueAssignments(prisma, unitIds, month),
    findOverdueAuditActions(prisma, unitIds, month),
  ]);
  return {
    ...indicators,
    overdueAssignments,
    overdueAuditActions,
    redProjects,
    risksAboveTolerance: risksAboveTolerance(latestValuedRisks, findRiskScaleMax(orgTree, orgUnitId)),
  };
}

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
  const isRedIn = (indicator: JudgedIndicator, value: StatusFigures | undefined, viewed: YearMonth) =>
    !!value && isReportedBy(indicator.periodicity, value, viewed) && valueStatus(indicator, value) === 'RED';
  const firstRedById = await findFirstOfRedRuns(
    prisma,
    indicators.filter((indicator) => isRedIn(indicator, nowById.get(indicator.id), month)),
    month,
  );
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
        statusSetByHand: false,
        since: latest ? formatPeriodKey(latest) : null,
      });
    } else if (valueStatus(indicator, latest) === 'RED') {
      redIndicators.push({
        ...row,
        status: 'RED',
        newlyRed: !isRedIn(indicator, thenById.get(indicator.id), before),
        statusSetByHand: latest.statusOverride != null,
        since: formatPeriodKey(firstRedById.get(indicator.id) ?? latest),
      });
    }
  }
  // The newly red first: what changed is what the reader has not yet seen.
  redIndicators.sort((a, b) => Number(b.newlyRed) - Number(a.newlyRed) || byName(a, b));
  notReportedIndicators.sort(byName);
  return { redIndicators, notReportedIndicators };
}

/** Values read per red indicator at first, and how many times as many each time after. */
const FIRST_READ = 4;
const READ_GROWTH = 4;

/**
 * For each red indicator, the first period of its current run of red values: back from its
 * latest value while the values stay red, within two years. A few values per indicator are read
 * first, and more only for those still red at the end of what was read: most runs are short,
 * a city's red indicators are thousands, and every row read is a row converted. At most three
 * reads (4, 16, 64 values) cover the two years of months.
 */
async function findFirstOfRedRuns(
  prisma: PrismaClient,
  redIndicators: JudgedIndicator[],
  month: YearMonth,
): Promise<Map<number, StatusFigures>> {
  const firstRedById = new Map<number, StatusFigures>();
  let pending = redIndicators;
  for (let count = FIRST_READ; pending.length > 0; count *= READ_GROWTH) {
    const ids = pending.map((indicator) => indicator.id);
    const figures = await findRecentStatusFigures(prisma, ids, month, { count, fromYear: month.year - 2 });
    const figuresOfPending = groupRowsByKey(ids, figures, (value) => value.indicatorId);
    const stillRed: JudgedIndicator[] = [];
    for (const [index, indicator] of pending.entries()) {
      const values = figuresOfPending[index]!.sort((a, b) => comparePeriods(b, a));
      const firstNotRed = values.findIndex((value) => valueStatus(indicator, value) !== 'RED');
      const run = firstNotRed === -1 ? values : values.slice(0, firstNotRed);
      if (run.length > 0) firstRedById.set(indicator.id, run.at(-1)!);
      // Every value read was red and there may be more: read further back.
      if (firstNotRed === -1 && values.length === count) stillRed.push(indicator);
    }
    pending = stillRed;
  }
  return firstRedById;
}
