import type { Prisma } from '@lagesbild/db';
import type {
  OrgUnitKind,
  OrgUnitModel,
  PrismaClient,
  ReportingCalendarModel,
  ReportingPeriodKind,
  ReportingPeriodModel,
} from '@lagesbild/db';
import {
  deadlineProblem,
  defaultDeadline,
  fromIsoDate,
  reportingPeriodsOfYear,
  rootFinder,
  toIsoDate,
} from '@lagesbild/types';
import type {
  closeReportingPeriodInputSchema,
  generateReportingCalendarInputSchema,
  reopenReportingPeriodInputSchema,
  setReportingLevelDeadlineInputSchema,
  setReportingPeriodDeadlineInputSchema,
} from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { conflict, fieldError, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';

const PERIOD_INCLUDE = {
  calendar: true,
  levelDeadlines: { orderBy: { level: 'asc' } },
} as const satisfies Prisma.ReportingPeriodInclude;

/** A period with its calendar (its year and rule) and its level deadlines. */
export type ReportingPeriodRow = Prisma.ReportingPeriodGetPayload<{ include: typeof PERIOD_INCLUDE }>;
export type ReportingCalendarRow = ReportingCalendarModel & { periods: ReportingPeriodRow[] };

/** Months, tertials, interim reports, the year (the enum's order), each by number. */
const PERIOD_ORDER = [{ kind: 'asc' as const }, { number: 'asc' as const }];

/** A lock number of its own, so that a city's calendar of a year is generated once at a time. */
const GENERATE_CALENDAR_LOCK = 7021;

type Reader = PrismaClient | Transaction;

/** The deadline the calendar's rule gives a period. */
export function ruleDeadlineOf(period: ReportingPeriodRow): string {
  return defaultDeadline(toIsoDate(period.endDate), period.calendar.workingDaysAfterPeriodEnd);
}

/** A period's deadline at a level: the level's own, or the period's. */
export function deadlineAtLevel(period: ReportingPeriodRow, level: OrgUnitKind): string {
  const own = period.levelDeadlines.find((deadline) => deadline.level === level);
  return toIsoDate(own?.deadline ?? period.deadline);
}

/** The city (root unit) a calendar belongs to when no unit is named: the first root. */
async function findCityId(db: Reader, orgUnitId: number | null): Promise<number | null> {
  if (orgUnitId !== null) return orgUnitId;
  const root = await db.orgUnit.findFirst({ where: { parentId: null }, orderBy: { id: 'asc' }, select: { id: true } });
  return root?.id ?? null;
}

/** A city's calendar of a year with its periods in order, or null before it is generated. */
export async function findReportingCalendar(
  db: Reader,
  year: number,
  orgUnitId: number | null,
): Promise<ReportingCalendarRow | null> {
  const cityId = await findCityId(db, orgUnitId);
  if (cityId === null) return null;
  return db.reportingCalendar.findUnique({
    where: { orgUnitId_year: { orgUnitId: cityId, year } },
    include: { periods: { include: PERIOD_INCLUDE, orderBy: PERIOD_ORDER } },
  });
}

/** The years that have a calendar, latest first. */
export async function listReportingCalendarYears(db: Reader): Promise<number[]> {
  const rows = await db.reportingCalendar.findMany({
    distinct: ['year'],
    select: { year: true },
    orderBy: { year: 'desc' },
  });
  return rows.map((row) => row.year);
}

/**
 * Generates a city's calendar of a year with the rule's deadlines, or changes the rule of the
 * calendar it has: every period whose deadline was not moved by hand gets the new rule's.
 */
export async function generateReportingCalendar(
  tx: Transaction,
  {
    orgUnitId,
    year,
    workingDaysAfterPeriodEnd,
    expectedVersion,
  }: z.output<typeof generateReportingCalendarInputSchema>,
): Promise<ReportingCalendarRow> {
  const unit = await tx.orgUnit.findUnique({ where: { id: orgUnitId } });
  if (!unit) throw notFound();
  if (unit.parentId !== null) throw fieldError('input.orgUnitId', 'notACity');
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${GENERATE_CALENDAR_LOCK}::int, ${orgUnitId}::int)) AS locked`;
  const existing = await tx.reportingCalendar.findUnique({
    where: { orgUnitId_year: { orgUnitId, year } },
    include: { periods: { include: PERIOD_INCLUDE } },
  });
  if (!existing) {
    if (expectedVersion != null) throw conflict(null);
    const calendar = await tx.reportingCalendar.create({ data: { orgUnitId, year, workingDaysAfterPeriodEnd } });
    for (const period of reportingPeriodsOfYear(year)) {
      await tx.reportingPeriod.create({
        data: {
          calendarId: calendar.id,
          kind: period.kind,
          number: period.number,
          startDate: fromIsoDate(period.startDate),
          endDate: fromIsoDate(period.endDate),
          deadline: fromIsoDate(defaultDeadline(period.endDate, workingDaysAfterPeriodEnd)),
        },
      });
    }
    return (await findReportingCalendar(tx, year, orgUnitId))!;
  }
  if (existing.version !== expectedVersion) throw conflict(existing);
  await tx.reportingCalendar.update({
    where: { id: existing.id },
    data: { workingDaysAfterPeriodEnd, version: { increment: 1 } },
  });
  for (const period of existing.periods) {
    if (period.deadlineMoved) continue;
    const deadline = defaultDeadline(toIsoDate(period.endDate), workingDaysAfterPeriodEnd);
    if (deadline === toIsoDate(period.deadline)) continue;
    try {
      await tx.reportingPeriod.update({
        // A deadline moved by hand while this ran is the administrator's: the rule passes it by.
        where: { id: period.id, deadlineMoved: false },
        data: { deadline: fromIsoDate(deadline), version: { increment: 1 } },
      });
    } catch (error) {
      if (!isRecordNotFound(error)) throw error;
    }
  }
  return (await findReportingCalendar(tx, year, orgUnitId))!;
}

/** The period as the form saw it, or a conflict with the period as it now is. */
async function currentPeriod(tx: Transaction, periodId: number, expectedVersion: number): Promise<ReportingPeriodRow> {
  const period = await tx.reportingPeriod.findUnique({ where: { id: periodId }, include: PERIOD_INCLUDE });
  if (!period) throw notFound();
  if (period.version !== expectedVersion) throw conflict(period);
  return period;
}

/** Updates a period whose version was checked; a change committed meanwhile is a conflict. */
async function updatePeriod(
  tx: Transaction,
  period: ReportingPeriodModel,
  data: Prisma.ReportingPeriodUpdateInput,
): Promise<ReportingPeriodRow> {
  try {
    return await tx.reportingPeriod.update({
      where: { id: period.id, version: period.version },
      data: { ...data, version: { increment: 1 } },
      include: PERIOD_INCLUDE,
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.reportingPeriod.findUnique({ where: { id: period.id } }));
    throw error;
  }
}

/** Moves a period's deadline (July's to mid-August); back on the rule's day it is no longer moved. */
export async function setReportingPeriodDeadline(
  tx: Transaction,
  { periodId, deadline, expectedVersion }: z.output<typeof setReportingPeriodDeadlineInputSchema>,
): Promise<ReportingPeriodRow> {
  const period = await currentPeriod(tx, periodId, expectedVersion);
  const problem = deadlineProblem(toIsoDate(period.endDate), deadline);
  if (problem) throw fieldError('input.deadline', problem);
  return updatePeriod(tx, period, {
    deadline: fromIsoDate(deadline),
    deadlineMoved: deadline !== ruleDeadlineOf(period),
  });
}

/** Sets the deadline of one level for a period, or with a null deadline removes it. */
export async function setReportingLevelDeadline(
  tx: Transaction,
  { periodId, level, deadline, expectedVersion }: z.output<typeof setReportingLevelDeadlineInputSchema>,
): Promise<ReportingPeriodRow> {
  const period = await currentPeriod(tx, periodId, expectedVersion);
  const own = period.levelDeadlines.find((levelDeadline) => levelDeadline.level === level);
  if (deadline === null) {
    if (own) await tx.reportingLevelDeadline.delete({ where: { id: own.id } });
  } else {
    const problem = deadlineProblem(toIsoDate(period.endDate), deadline);
    if (problem) throw fieldError('input.deadline', problem);
    if (own) {
      await tx.reportingLevelDeadline.update({
        where: { id: own.id },
        data: { deadline: fromIsoDate(deadline), version: { increment: 1 } },
      });
    } else {
      await insertUnlessTaken(() =>
        tx.reportingLevelDeadline.create({ data: { periodId, level, deadline: fromIsoDate(deadline) } }),
      );
    }
  }
  // The period's version moves too: its deadlines are one thing to the form that shows them.
  return updatePeriod(tx, period, {});
}

/**
 * Closes a period. Writers read the period FOR SHARE in their transactions (guardClosedPeriods),
 * so this update waits for a save in progress, and a save that starts meanwhile waits for the
 * close and then sees the period closed.
 */
export async function closeReportingPeriod(
  tx: Transaction,
  { periodId, expectedVersion, reason }: z.output<typeof closeReportingPeriodInputSchema>,
): Promise<ReportingPeriodRow> {
  const period = await currentPeriod(tx, periodId, expectedVersion);
  if (period.status === 'CLOSED') throw fieldError('input.periodId', 'periodClosed');
  return updatePeriod(tx, period, { status: 'CLOSED', statusReason: reason, closedAt: new Date() });
}

/** Opens a closed period again; the reason is kept on the period and in its audit event. */
export async function reopenReportingPeriod(
  tx: Transaction,
  { periodId, expectedVersion, reason }: z.output<typeof reopenReportingPeriodInputSchema>,
): Promise<ReportingPeriodRow> {
  const period = await currentPeriod(tx, periodId, expectedVersion);
  if (period.status === 'OPEN') throw fieldError('input.periodId', 'periodOpen');
  return updatePeriod(tx, period, { status: 'OPEN', statusReason: reason, closedAt: null });
}

/** The city a period's calendar belongs to, for the access rule of the period's mutations. */
export async function findPeriodCityId(db: Reader, periodId: number): Promise<number | null> {
  const period = await db.reportingPeriod.findUnique({ where: { id: periodId }, include: { calendar: true } });
  return period?.calendar.orgUnitId ?? null;
}

/** "What is the deadline of period P for unit U at level L": a question other modules ask. */
export interface DeadlineQuery {
  orgUnitId: number;
  year: number;
  kind: ReportingPeriodKind;
  number: number;
  /** The level asked about; the unit's own kind when left out. */
  level?: OrgUnitKind;
}

/**
 * The deadline of each query (ISO date), or null where the unit's city has no calendar of the
 * year. Set-based: three statements whatever the number of queries (two when given the units).
 */
export async function findDeadlines(
  db: Reader,
  queries: readonly DeadlineQuery[],
  /** Every unit, when the caller has read them already; read here when left out. */
  units?: readonly Pick<OrgUnitModel, 'id' | 'parentId' | 'kind'>[],
): Promise<(string | null)[]> {
  if (queries.length === 0) return [];
  const tree = units ?? (await db.orgUnit.findMany({ select: { id: true, parentId: true, kind: true } }));
  const unitOf = new Map(tree.map((unit) => [unit.id, unit]));
  const rootOf = rootFinder(tree);
  const years = [...new Set(queries.map((query) => query.year))];
  const periods = await db.reportingPeriod.findMany({
    where: { calendar: { year: { in: years } } },
    include: PERIOD_INCLUDE,
  });
  return queries.map((query) => {
    const cityId = rootOf(query.orgUnitId);
    const period = periods.find(
      (candidate) =>
        candidate.calendar.orgUnitId === cityId &&
        candidate.calendar.year === query.year &&
        candidate.kind === query.kind &&
        candidate.number === query.number,
    );
    if (!period) return null;
    return deadlineAtLevel(period, query.level ?? unitOf.get(query.orgUnitId)!.kind);
  });
}

/** The deadline of one period for one unit at a level (its own kind when left out); see findDeadlines. */
export async function findDeadline(db: Reader, query: DeadlineQuery): Promise<string | null> {
  const [deadline] = await findDeadlines(db, [query]);
  return deadline ?? null;
}
