import type { OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { inTreeOrder, isoToday, reportingPeriodsOfYear, toIsoDate } from '@lagesbild/types';
import type { ReportingPeriodKind } from '@lagesbild/types';
import { findReportingObligations } from '../to-do';
import type { ObligationKind } from '../to-do';
import { findUnitByCode } from '../organisation';
import {
  addTo,
  beforeDeadlineEnds,
  byMostBehind,
  byPeriodEnd,
  emptyCounts,
  isBehind,
  obligationState,
  periodKey,
} from './discipline';
import type { DisciplineCountsRow } from './discipline';

/** How many units and people the "most behind" lists hold. */
export const MOST_BEHIND_LIMIT = 10;

export interface DisciplinePeriodRow {
  key: string;
  kind: ReportingPeriodKind;
  year: number;
  number: number;
  inProgress: boolean;
  /** The period's unit of access: the unit the view was asked for. */
  orgUnitId: number;
}

export interface DisciplineCellRow {
  periodKey: string;
  deadline: string;
  inProgress: boolean;
  counts: DisciplineCountsRow;
  orgUnitId: number;
}

export interface UnitDisciplineRow {
  orgUnit: OrgUnitModel;
  cells: DisciplineCellRow[];
  counts: DisciplineCountsRow;
}

export interface OwnerDisciplineRow {
  userId: number;
  name: string;
  counts: DisciplineCountsRow;
  /** The unit the view was asked for: the counts cover only units below it that the reader may read. */
  orgUnitId: number;
}

export interface MissingObligationRow {
  key: string;
  kind: ObligationKind;
  title: string;
  orgUnit: OrgUnitModel;
  period: DisciplinePeriodRow;
  deadline: string;
  responsible: string[];
  link: string;
}

/** Reporting discipline of a unit and the units below it over a year (see ReportingDiscipline in the SDL). */
export interface ReportingDisciplineRow {
  orgUnit: OrgUnitModel;
  year: number;
  periods: DisciplinePeriodRow[];
  units: UnitDisciplineRow[];
  counts: DisciplineCountsRow;
  unitsBehind: UnitDisciplineRow[];
  ownersBehind: OwnerDisciplineRow[];
  missing: MissingObligationRow[];
}

/**
 * For a unit and the units below it that the reader may read, the reporting obligations of a
 * year's periods that have ended by `now`, each on time, late, missing or (before its deadline)
 * pending, gathered per unit and period, per unit and per responsible person. Set-based: the
 * obligations' few statements and the responsible people's names, whatever the number of units,
 * people and items; the units are those the request read with its org tree (context.ts).
 */
export async function findReportingDiscipline(
  prisma: PrismaClient,
  unitsInDisplayOrder: readonly OrgUnitModel[],
  orgUnitCode: string,
  year: number,
  canRead: (orgUnitId: number) => boolean,
  now: Date = new Date(),
): Promise<ReportingDisciplineRow | null> {
  const unit = findUnitByCode(unitsInDisplayOrder, orgUnitCode);
  if (!unit || !canRead(unit.id)) return null;
  const subtree = inTreeOrder(unitsInDisplayOrder, unit.id).filter((node) => canRead(node.id));

  // A period is reckoned once it has ended: its figures cannot be reported before.
  const today = isoToday(now);
  const definitions = reportingPeriodsOfYear(year)
    .filter((period) => period.endDate < today)
    .sort(byPeriodEnd);
  const ended = new Set(definitions.map((period) => periodKey({ ...period, year })));

  // A deadline falls after its period, within the next year.
  const obligations = (
    ended.size === 0
      ? []
      : await findReportingObligations(
          prisma,
          {
            orgUnitIds: subtree.map((node) => node.id),
            deadlineFrom: new Date(Date.UTC(year, 0, 1)),
            deadlineTo: new Date(Date.UTC(year + 1, 11, 31)),
          },
          unitsInDisplayOrder,
        )
  ).filter((obligation) => obligation.period.year === year && ended.has(periodKey(obligation.period)));

  const responsibleIds = [...new Set(obligations.flatMap((obligation) => obligation.responsibleUserIds))];
  const people =
    responsibleIds.length === 0
      ? []
      : await prisma.user.findMany({ where: { id: { in: responsibleIds } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((person) => [person.id, person.name]));

  const periods = definitions
    .map((period) => ({
      key: periodKey({ ...period, year }),
      kind: period.kind,
      year,
      number: period.number,
      inProgress: false,
      orgUnitId: unit.id,
    }))
    .filter((period) => obligations.some((obligation) => periodKey(obligation.period) === period.key));
  const periodOf = new Map(periods.map((period) => [period.key, period]));
  const unitOf = new Map(subtree.map((node) => [node.id, node]));
  const treeOrder = new Map(subtree.map((node, index) => [node.id, index]));

  const counts = emptyCounts();
  const cells = new Map<string, DisciplineCellRow>();
  const unitCounts = new Map<number, DisciplineCountsRow>();
  const ownerCounts = new Map<number, DisciplineCountsRow>();
  const missing: MissingObligationRow[] = [];
  for (const obligation of obligations) {
    const state = obligationState(obligation, now);
    const period = periodOf.get(periodKey(obligation.period))!;
    const cellKey = `${obligation.orgUnitId}/${period.key}`;
    let cell = cells.get(cellKey);
    if (!cell) {
      cell = {
        periodKey: period.key,
        deadline: toIsoDate(obligation.deadline),
        inProgress: beforeDeadlineEnds(obligation.deadline, now),
        counts: emptyCounts(),
        orgUnitId: obligation.orgUnitId,
      };
      cells.set(cellKey, cell);
    }
    if (cell.inProgress) period.inProgress = true;
    addTo(cell.counts, state);
    addTo(counts, state);
    const ofUnit = unitCounts.get(obligation.orgUnitId) ?? emptyCounts();
    addTo(ofUnit, state);
    unitCounts.set(obligation.orgUnitId, ofUnit);
    for (const userId of new Set(obligation.responsibleUserIds)) {
      const ofOwner = ownerCounts.get(userId) ?? emptyCounts();
      addTo(ofOwner, state);
      ownerCounts.set(userId, ofOwner);
    }
    if (state === 'MISSING') {
      missing.push({
        key: obligation.key,
        kind: obligation.kind,
        title: obligation.title,
        orgUnit: unitOf.get(obligation.orgUnitId)!,
        period,
        deadline: toIsoDate(obligation.deadline),
        responsible: obligation.responsibleUserIds
          .map((id) => nameOf.get(id))
          .filter((name): name is string => name !== undefined)
          .sort((a, b) => a.localeCompare(b, 'sv')),
        link: obligation.link,
      });
    }
  }

  const periodOrder = new Map(periods.map((period, index) => [period.key, index]));
  const units = subtree
    .filter((node) => unitCounts.has(node.id))
    .map((node) => ({
      orgUnit: node,
      cells: [...cells.values()]
        .filter((cell) => cell.orgUnitId === node.id)
        .sort((a, b) => periodOrder.get(a.periodKey)! - periodOrder.get(b.periodKey)!),
      counts: unitCounts.get(node.id)!,
    }));
  const owners = [...ownerCounts.entries()].map(([userId, ownerCount]) => ({
    userId,
    name: nameOf.get(userId) ?? '',
    counts: ownerCount,
    orgUnitId: unit.id,
  }));
  missing.sort(
    (a, b) =>
      a.deadline.localeCompare(b.deadline) ||
      treeOrder.get(a.orgUnit.id)! - treeOrder.get(b.orgUnit.id)! ||
      a.title.localeCompare(b.title, 'sv') ||
      a.key.localeCompare(b.key),
  );

  return {
    orgUnit: unit,
    year,
    periods,
    units,
    counts,
    unitsBehind: units
      .filter((row) => isBehind(row.counts))
      .sort(byMostBehind((row) => row.orgUnit.name))
      .slice(0, MOST_BEHIND_LIMIT),
    ownersBehind: owners
      .filter((row) => isBehind(row.counts))
      .sort(byMostBehind((row) => row.name))
      .slice(0, MOST_BEHIND_LIMIT),
    missing,
  };
}
