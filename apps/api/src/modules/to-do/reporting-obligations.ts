import type { OrgUnitKind, PrismaClient, Role } from '@lagesbild/db';
import {
  DEFAULT_WORKING_DAYS_AFTER_PERIOD_END,
  defaultDeadline,
  fromIsoDate,
  reportingPeriodsOfYear,
  rootFinder,
  SWEDISH_MONTH_NAMES,
  toIsoDate,
} from '@lagesbild/types';
import type { ReportingPeriodDefinition } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { findDeadlines } from '../reporting-calendar';
import type { DeadlineQuery } from '../reporting-calendar';

/**
 * What is due from whom, by when, and whether it was done: one definition for the to-do list
 * (Att göra), the reminder mails and the department head's discipline view.
 */
export type ObligationKind =
  /** An indicator's outcome for a period of its periodicity (owner: the indicator's owner). */
  | 'INDICATOR_VALUE'
  /** A goal's assessment for a month of its year (the unit's analysts). */
  | 'GOAL_ASSESSMENT'
  /** An activity's status for a month it runs (owner: the activity's owner). */
  | 'ACTIVITY_STATUS'
  /** An assignment's update for a month until it is declared complete (the unit's analysts). */
  | 'ASSIGNMENT_UPDATE'
  /** A started project's status update, due its portfolio's interval after the last one. */
  | 'PROJECT_STATUS_UPDATE'
  /** A report section to write (the unit's analysts). */
  | 'REPORT_SECTION'
  /** A submitted report to approve (the unit's approvers). */
  | 'REPORT_APPROVAL';

export type ObligationPeriodKind = 'MONTH' | 'TERTIAL' | 'INTERIM' | 'ANNUAL';

export interface ReportingObligation {
  kind: ObligationKind;
  /** Stable key of the obligation (kind, record and period), e.g. "INDICATOR_VALUE:42:2023-MONTH-5". */
  key: string;
  /** The record it is about (indicator id, goal id, activity id, assignment id, project id, section id, report id). */
  subjectId: number;
  /** What a person reads: the indicator's name, the goal's title, the section's title, … */
  title: string;
  orgUnitId: number;
  /** The users expected to do it (the owner, or the nearest holders of the role that does it when nobody owns it). */
  responsibleUserIds: number[];
  /** The reporting period it belongs to and whose deadline it has (a project's: the month its status falls due). */
  period: { kind: ObligationPeriodKind; year: number; number: number };
  /**
   * The last day to do it (midnight UTC of that day): the calendar's deadline of the period at the
   * unit's level, or the calendar's default rule where the year has no calendar. Done on time when
   * fulfilledAt lies before the end of that day.
   */
  deadline: Date;
  /** When it was first done (reported); null while not done. */
  fulfilledAt: Date | null;
  /** Path in the web app that opens exactly where it is done. */
  link: string;
}

export interface ReportingObligationFilter {
  /** Only obligations any of these users is responsible for. */
  userIds?: number[];
  /** Only obligations of these units (exactly these: pass a subtree's ids for a unit and below). */
  orgUnitIds?: number[];
  /** Deadlines from this day … */
  deadlineFrom: Date;
  /** … up to and including this day. */
  deadlineTo: Date;
}

type Reader = PrismaClient | Transaction;

interface TreeUnit {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  kind: OrgUnitKind;
}

interface Period {
  kind: ObligationPeriodKind;
  year: number;
  number: number;
  startDate: string;
  endDate: string;
  /** The month the Registrera grid opens at for the period: its last. */
  lastMonth: number;
}

const DAY = 86_400_000;
const INDICATOR_PERIOD_KIND = { MONTH: 'MONTH', TERTIAL: 'TERTIAL', YEAR: 'ANNUAL' } as const;
const INDICATOR_GRANULARITY = { MONTH: 'MONTH', TERTIAL: 'TERTIAL', ANNUAL: 'YEAR', INTERIM: null } as const;
const REPORT_PERIOD = {
  MONTHLY: (month: number) => ({ kind: 'MONTH' as const, number: month }),
  INTERIM_MARCH: () => ({ kind: 'INTERIM' as const, number: 1 }),
  INTERIM_AUGUST: () => ({ kind: 'INTERIM' as const, number: 2 }),
  ANNUAL: () => ({ kind: 'ANNUAL' as const, number: 1 }),
};

/** A report's name as the reports list gives it, in Swedish (the language of the mails that quote it). */
function reportName(type: keyof typeof REPORT_PERIOD, year: number, month: number, unitName: string): string {
  const name = {
    MONTHLY: `Månadsrapport ${SWEDISH_MONTH_NAMES[month - 1]} ${year}`,
    INTERIM_MARCH: `Delårsrapport mars ${year}`,
    INTERIM_AUGUST: `Delårsrapport augusti ${year}`,
    ANNUAL: `Årsrapport ${year}`,
  }[type];
  return `${name}, ${unitName}`;
}

const pad = (month: number) => String(month).padStart(2, '0');
const periodLabel = (period: Pick<Period, 'kind' | 'year' | 'number'>) =>
  `${period.year}-${period.kind}-${period.number}`;
const periodOfDefinition = (year: number, definition: ReportingPeriodDefinition): Period => ({
  kind: definition.kind,
  year,
  number: definition.number,
  startDate: definition.startDate,
  endDate: definition.endDate,
  lastMonth: Number(definition.endDate.slice(5, 7)),
});

/**
 * The reporting obligations of the given users and/or units whose deadlines lie in
 * [deadlineFrom, deadlineTo], done or not. Set-based: the same few statements (one per kind of
 * record, two for the calendar) whatever the number of users, units and records.
 *
 * Responsibility: the record's owner where it has one (an indicator's or an activity's owner, a
 * project's manager and owner); otherwise the nearest holders of the role that does the work —
 * analysts for figures, assessments and report text, approvers for approval, the portfolio office
 * for projects — on the unit itself or, where it has none, the closest unit above it (roles hold
 * for a unit and everything below it, but the city's analysts do not answer for every department).
 */
export async function findReportingObligations(
  db: Reader,
  filter: ReportingObligationFilter,
  /** Every unit, as the request read them with its org tree (context.ts); read here when left out. */
  units?: readonly TreeUnit[],
): Promise<ReportingObligation[]> {
  const from = startOfUtcDay(filter.deadlineFrom);
  const to = startOfUtcDay(filter.deadlineTo);
  if (to < from) return [];
  const context = await loadContext(db, filter, from, to, units);
  const obligations = [
    ...(await indicatorObligations(db, context)),
    ...(await goalObligations(db, context)),
    ...(await activityObligations(db, context)),
    ...(await assignmentObligations(db, context)),
    ...(await projectObligations(db, context)),
    ...(await reportObligations(db, context)),
  ];
  const userIds = filter.userIds && new Set(filter.userIds);
  const orgUnitIds = filter.orgUnitIds && new Set(filter.orgUnitIds);
  return obligations
    .filter((obligation) => obligation.deadline >= from && obligation.deadline <= to)
    .filter((obligation) => !orgUnitIds || orgUnitIds.has(obligation.orgUnitId))
    .filter((obligation) => !userIds || obligation.responsibleUserIds.some((id) => userIds.has(id)))
    .sort(
      (a, b) =>
        a.deadline.getTime() - b.deadline.getTime() ||
        a.kind.localeCompare(b.kind) ||
        a.title.localeCompare(b.title, 'sv') ||
        a.key.localeCompare(b.key),
    );
}

function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY) * DAY);
}

interface Context {
  from: Date;
  to: Date;
  filter: ReportingObligationFilter;
  unitOf: Map<number, TreeUnit>;
  /** The years whose periods can have a deadline in the window (a deadline falls at most a year after its period). */
  years: number[];
  /** The unit's periods whose deadline (at the unit's level) lies in the window. */
  periodsDue(orgUnitId: number, kind: ObligationPeriodKind): { period: Period; deadline: Date }[];
  deadlineOf(orgUnitId: number, period: Pick<Period, 'kind' | 'year' | 'number'>): Date | null;
  /** The nearest holders of a role for the unit: on it, or on the closest unit above it that has any. */
  nearest(role: Role, orgUnitId: number): number[];
  /** The units whose records the filter can reach without an owner among its users (all when no user filter). */
  unitsReachable(role: Role): number[] | undefined;
}

async function loadContext(
  db: Reader,
  filter: ReportingObligationFilter,
  from: Date,
  to: Date,
  units: readonly TreeUnit[] | undefined,
): Promise<Context> {
  const tree =
    units ?? (await db.orgUnit.findMany({ select: { id: true, code: true, name: true, parentId: true, kind: true } }));
  const unitOf = new Map(tree.map((unit) => [unit.id, unit]));
  const roles = await db.roleAssignment.findMany({
    where: { role: { in: ['ANALYST', 'APPROVER', 'PORTFOLIO_OFFICE'] }, user: { isActive: true } },
    select: { userId: true, role: true, orgUnitId: true },
  });

  const rootOf = rootFinder(tree);

  // A deadline depends on the unit's city and level only: ask the calendar once per city and level.
  const years: number[] = [];
  for (let year = from.getUTCFullYear() - 1; year <= to.getUTCFullYear(); year++) years.push(year);
  const periods = years.flatMap((year) =>
    reportingPeriodsOfYear(year).map((definition) => periodOfDefinition(year, definition)),
  );
  const groupOf = (orgUnitId: number) => `${rootOf(orgUnitId)}/${unitOf.get(orgUnitId)?.kind}`;
  const representatives = new Map<string, number>();
  for (const unit of tree) if (!representatives.has(groupOf(unit.id))) representatives.set(groupOf(unit.id), unit.id);
  const queries: DeadlineQuery[] = [...representatives.values()].flatMap((orgUnitId) =>
    periods.map((period) => ({ orgUnitId, year: period.year, kind: period.kind, number: period.number })),
  );
  const answers = await findDeadlines(db, queries, tree);
  const deadlines = new Map<string, Date>();
  queries.forEach((query, index) => {
    const period = periods[index % periods.length]!;
    // A year without a calendar keeps the rule a calendar would be generated with, so that
    // reporting is due (and reminded) before an administrator has set the year up.
    const deadline = answers[index] ?? defaultDeadline(period.endDate, DEFAULT_WORKING_DAYS_AFTER_PERIOD_END);
    deadlines.set(`${groupOf(query.orgUnitId)}/${periodLabel(period)}`, fromIsoDate(deadline));
  });
  const deadlineOf = (orgUnitId: number, period: Pick<Period, 'kind' | 'year' | 'number'>): Date | null =>
    deadlines.get(`${groupOf(orgUnitId)}/${periodLabel(period)}`) ?? null;

  const periodsDueCache = new Map<string, { period: Period; deadline: Date }[]>();
  const periodsDue = (orgUnitId: number, kind: ObligationPeriodKind) => {
    const cacheKey = `${groupOf(orgUnitId)}/${kind}`;
    let due = periodsDueCache.get(cacheKey);
    if (!due) {
      due = periods
        .filter((period) => period.kind === kind)
        .map((period) => ({ period, deadline: deadlineOf(orgUnitId, period)! }))
        .filter(({ deadline }) => deadline >= from && deadline <= to);
      periodsDueCache.set(cacheKey, due);
    }
    return due;
  };

  const holders = new Map<string, number[]>();
  for (const role of roles) {
    const key = `${role.role}/${role.orgUnitId}`;
    holders.set(key, [...(holders.get(key) ?? []), role.userId]);
  }
  const nearestCache = new Map<string, number[]>();
  const nearest = (role: Role, orgUnitId: number): number[] => {
    const cacheKey = `${role}/${orgUnitId}`;
    const cached = nearestCache.get(cacheKey);
    if (cached) return cached;
    let found: number[] = [];
    const seen = new Set<number>();
    for (let unit = unitOf.get(orgUnitId); unit && !seen.has(unit.id); unit = unitOf.get(unit.parentId ?? -1)) {
      seen.add(unit.id);
      const here = holders.get(`${role}/${unit.id}`);
      if (here) {
        found = [...new Set(here)].sort((a, b) => a - b);
        break;
      }
    }
    nearestCache.set(cacheKey, found);
    return found;
  };
  const unitsReachable = (role: Role): number[] | undefined => {
    const userIds = filter.userIds && new Set(filter.userIds);
    const orgUnitIds = filter.orgUnitIds && new Set(filter.orgUnitIds);
    if (!userIds && !orgUnitIds) return undefined;
    return tree
      .filter((unit) => !orgUnitIds || orgUnitIds.has(unit.id))
      .filter((unit) => !userIds || nearest(role, unit.id).some((id) => userIds.has(id)))
      .map((unit) => unit.id);
  };
  return { from, to, filter, unitOf, years, periodsDue, deadlineOf, nearest, unitsReachable };
}

/** Records of the filter's units, owned by its users or without an owner in the units its users answer for. */
function ownedWhere(context: Context, role: Role) {
  const { userIds, orgUnitIds } = context.filter;
  const units = orgUnitIds ? { orgUnitId: { in: orgUnitIds } } : {};
  if (!userIds) return units;
  return {
    ...units,
    OR: [{ ownerId: { in: userIds } }, { ownerId: null, orgUnitId: { in: context.unitsReachable(role) ?? [] } }],
  };
}

function unitWhere(context: Context, role: Role) {
  const reachable = context.unitsReachable(role);
  return reachable ? { orgUnitId: { in: reachable } } : {};
}

/** Registrera at the unit and month; `anchor` (#mal-12) opens it at a goal's or an activity's row. */
function registreraLink(context: Context, orgUnitId: number, year: number, month: number, anchor = ''): string {
  const code = context.unitOf.get(orgUnitId)?.code ?? '';
  return `/registrera?enhet=${encodeURIComponent(code)}&period=${year}-${pad(month)}${anchor}`;
}

async function indicatorObligations(db: Reader, context: Context): Promise<ReportingObligation[]> {
  const indicators = await db.indicator.findMany({
    where: ownedWhere(context, 'ANALYST'),
    select: {
      id: true,
      name: true,
      orgUnitId: true,
      ownerId: true,
      periodicity: true,
      createdAt: true,
      retiredAt: true,
    },
  });
  if (indicators.length === 0) return [];
  const ids = indicators.map((indicator) => indicator.id);
  // An indicator is due from the period it has figures from (its history), or else from its creation.
  const firstYears = await db.indicatorValue.groupBy({
    by: ['indicatorId'],
    where: { indicatorId: { in: ids }, outcome: { not: null } },
    _min: { year: true },
  });
  const firstYearOf = new Map(firstYears.map((row) => [row.indicatorId, row._min.year]));
  const values = await db.indicatorValue.findMany({
    where: { indicatorId: { in: ids }, year: { in: context.years }, outcome: { not: null }, isSynthetic: false },
    select: {
      indicatorId: true,
      granularity: true,
      year: true,
      periodNumber: true,
      outcomeReportedAt: true,
      updatedAt: true,
    },
  });
  const reportedAt = new Map(
    values.map((value) => [
      `${value.indicatorId}/${value.granularity}/${value.year}/${value.periodNumber}`,
      value.outcomeReportedAt ?? value.updatedAt,
    ]),
  );
  return indicators.flatMap((indicator) => {
    const kind = INDICATOR_PERIOD_KIND[indicator.periodicity];
    const firstYear = firstYearOf.get(indicator.id);
    return context.periodsDue(indicator.orgUnitId, kind).flatMap(({ period, deadline }) => {
      const begun =
        (firstYear != null && firstYear <= period.year) || indicator.createdAt.getTime() < deadline.getTime() + DAY;
      const retired = indicator.retiredAt && toIsoDate(indicator.retiredAt) <= period.endDate;
      if (!begun || retired) return [];
      const granularity = INDICATOR_GRANULARITY[period.kind];
      return [
        {
          kind: 'INDICATOR_VALUE' as const,
          key: `INDICATOR_VALUE:${indicator.id}:${periodLabel(period)}`,
          subjectId: indicator.id,
          title: indicator.name,
          orgUnitId: indicator.orgUnitId,
          responsibleUserIds: indicator.ownerId ? [indicator.ownerId] : context.nearest('ANALYST', indicator.orgUnitId),
          period: { kind: period.kind, year: period.year, number: period.number },
          deadline,
          fulfilledAt: reportedAt.get(`${indicator.id}/${granularity}/${period.year}/${period.number}`) ?? null,
          link: registreraLink(context, indicator.orgUnitId, period.year, period.lastMonth),
        },
      ];
    });
  });
}

async function goalObligations(db: Reader, context: Context): Promise<ReportingObligation[]> {
  const goals = await db.goal.findMany({
    where: { ...unitWhere(context, 'ANALYST'), year: { in: context.years } },
    select: { id: true, title: true, orgUnitId: true, year: true, retiredAt: true },
  });
  if (goals.length === 0) return [];
  const assessments = await db.goalAssessment.findMany({
    where: { goalId: { in: goals.map((goal) => goal.id) } },
    select: { goalId: true, year: true, month: true, createdAt: true },
  });
  const assessedAt = new Map(assessments.map((row) => [`${row.goalId}/${row.year}/${row.month}`, row.createdAt]));
  return goals.flatMap((goal) =>
    context.periodsDue(goal.orgUnitId, 'MONTH').flatMap(({ period, deadline }) => {
      if (period.year !== goal.year) return [];
      if (goal.retiredAt && toIsoDate(goal.retiredAt) < period.startDate) return [];
      return [
        {
          kind: 'GOAL_ASSESSMENT' as const,
          key: `GOAL_ASSESSMENT:${goal.id}:${periodLabel(period)}`,
          subjectId: goal.id,
          title: goal.title,
          orgUnitId: goal.orgUnitId,
          responsibleUserIds: context.nearest('ANALYST', goal.orgUnitId),
          period: { kind: period.kind, year: period.year, number: period.number },
          deadline,
          fulfilledAt: assessedAt.get(`${goal.id}/${period.year}/${period.number}`) ?? null,
          link: registreraLink(context, goal.orgUnitId, period.year, period.number, `#mal-${goal.id}`),
        },
      ];
    }),
  );
}

const ENDING_ACTIVITY_STATUSES = new Set(['COMPLETED', 'CANCELLED']);

async function activityObligations(db: Reader, context: Context): Promise<ReportingObligation[]> {
  const activities = await db.activity.findMany({
    where: ownedWhere(context, 'ANALYST'),
    select: {
      id: true,
      title: true,
      orgUnitId: true,
      ownerId: true,
      startDate: true,
      endDate: true,
      retiredAt: true,
      createdAt: true,
      goal: { select: { year: true } },
    },
  });
  if (activities.length === 0) return [];
  const updates = await db.activityUpdate.findMany({
    where: { activityId: { in: activities.map((activity) => activity.id) } },
    select: { activityId: true, year: true, month: true, status: true, createdAt: true },
  });
  const updatedAt = new Map(updates.map((row) => [`${row.activityId}/${row.year}/${row.month}`, row.createdAt]));
  // The month an activity was reported completed or cancelled: nothing is due after it.
  const endedIn = new Map<number, number>();
  for (const update of updates) {
    if (!ENDING_ACTIVITY_STATUSES.has(update.status)) continue;
    const month = update.year * 12 + update.month;
    endedIn.set(update.activityId, Math.min(endedIn.get(update.activityId) ?? month, month));
  }
  return activities.flatMap((activity) => {
    const start = activity.startDate
      ? toIsoDate(activity.startDate)
      : activity.goal
        ? `${activity.goal.year}-01-01`
        : toIsoDate(activity.createdAt);
    const end = activity.endDate ? toIsoDate(activity.endDate) : activity.goal ? `${activity.goal.year}-12-31` : null;
    const retired = activity.retiredAt ? toIsoDate(activity.retiredAt) : null;
    return context.periodsDue(activity.orgUnitId, 'MONTH').flatMap(({ period, deadline }) => {
      if (period.endDate < start || (end !== null && period.startDate > end)) return [];
      if (retired !== null && retired < period.startDate) return [];
      const ended = endedIn.get(activity.id);
      if (ended !== undefined && period.year * 12 + period.number > ended) return [];
      return [
        {
          kind: 'ACTIVITY_STATUS' as const,
          key: `ACTIVITY_STATUS:${activity.id}:${periodLabel(period)}`,
          subjectId: activity.id,
          title: activity.title,
          orgUnitId: activity.orgUnitId,
          responsibleUserIds: activity.ownerId ? [activity.ownerId] : context.nearest('ANALYST', activity.orgUnitId),
          period: { kind: period.kind, year: period.year, number: period.number },
          deadline,
          fulfilledAt: updatedAt.get(`${activity.id}/${period.year}/${period.number}`) ?? null,
          link: registreraLink(context, activity.orgUnitId, period.year, period.number, `#aktivitet-${activity.id}`),
        },
      ];
    });
  });
}

async function assignmentObligations(db: Reader, context: Context): Promise<ReportingObligation[]> {
  const assignments = await db.assignment.findMany({
    where: { ...unitWhere(context, 'ANALYST'), year: { lte: context.to.getUTCFullYear() } },
    select: { id: true, title: true, orgUnitId: true, year: true },
  });
  if (assignments.length === 0) return [];
  const updates = await db.assignmentUpdate.findMany({
    where: { assignmentId: { in: assignments.map((assignment) => assignment.id) } },
    select: { assignmentId: true, year: true, month: true, status: true, createdAt: true },
  });
  const updatedAt = new Map(updates.map((row) => [`${row.assignmentId}/${row.year}/${row.month}`, row.createdAt]));
  // Only the giver's decision ends an assignment: updates are due until the month it was declared complete.
  const declaredIn = new Map<number, number>();
  for (const update of updates) {
    if (update.status !== 'DECLARED_COMPLETE') continue;
    const month = update.year * 12 + update.month;
    declaredIn.set(update.assignmentId, Math.min(declaredIn.get(update.assignmentId) ?? month, month));
  }
  return assignments.flatMap((assignment) =>
    context.periodsDue(assignment.orgUnitId, 'MONTH').flatMap(({ period, deadline }) => {
      if (period.year < assignment.year) return [];
      const declared = declaredIn.get(assignment.id);
      if (declared !== undefined && period.year * 12 + period.number > declared) return [];
      const code = context.unitOf.get(assignment.orgUnitId)?.code ?? '';
      return [
        {
          kind: 'ASSIGNMENT_UPDATE' as const,
          key: `ASSIGNMENT_UPDATE:${assignment.id}:${periodLabel(period)}`,
          subjectId: assignment.id,
          title: assignment.title,
          orgUnitId: assignment.orgUnitId,
          responsibleUserIds: context.nearest('ANALYST', assignment.orgUnitId),
          period: { kind: period.kind, year: period.year, number: period.number },
          deadline,
          fulfilledAt: updatedAt.get(`${assignment.id}/${period.year}/${period.number}`) ?? null,
          link: `/uppdrag?enhet=${encodeURIComponent(code)}&period=${period.year}-${pad(period.number)}#uppdrag-${assignment.id}`,
        },
      ];
    }),
  );
}

async function projectObligations(db: Reader, context: Context): Promise<ReportingObligation[]> {
  const { userIds, orgUnitIds } = context.filter;
  const reachable = context.unitsReachable('PORTFOLIO_OFFICE');
  const projects = await db.project.findMany({
    where: {
      state: 'STARTED',
      ...(orgUnitIds ? { portfolio: { orgUnitId: { in: orgUnitIds } } } : {}),
      ...(userIds
        ? {
            OR: [
              { managerUserId: { in: userIds } },
              { ownerUserId: { in: userIds } },
              { managerUserId: null, ownerUserId: null, portfolio: { orgUnitId: { in: reachable ?? [] } } },
            ],
          }
        : {}),
    },
    select: {
      id: true,
      name: true,
      managerUserId: true,
      ownerUserId: true,
      actualStart: true,
      plannedStart: true,
      createdAt: true,
      portfolio: { select: { orgUnitId: true, statusUpdateIntervalWeeks: true } },
    },
  });
  if (projects.length === 0) return [];
  const updates = await db.projectStatusUpdate.findMany({
    where: { projectId: { in: projects.map((project) => project.id) } },
    select: { projectId: true, statusDate: true, createdAt: true },
    orderBy: [{ projectId: 'asc' }, { statusDate: 'asc' }, { id: 'asc' }],
  });
  const updatesOf = new Map<number, typeof updates>();
  for (const update of updates) updatesOf.set(update.projectId, [...(updatesOf.get(update.projectId) ?? []), update]);
  return projects.flatMap((project) => {
    const orgUnitId = project.portfolio.orgUnitId;
    const interval = project.portfolio.statusUpdateIntervalWeeks * 7 * DAY;
    const named = [project.managerUserId, project.ownerUserId].filter((id): id is number => id !== null);
    const responsibleUserIds = named.length > 0 ? [...new Set(named)] : context.nearest('PORTFOLIO_OFFICE', orgUnitId);
    // Each status update answers the one that fell due after the update before it (or the start);
    // the last leaves the next one open.
    const chain: { due: Date; fulfilledAt: Date | null }[] = [];
    let previous = startOfUtcDay(project.actualStart ?? project.plannedStart ?? project.createdAt);
    for (const update of updatesOf.get(project.id) ?? []) {
      chain.push({ due: new Date(previous.getTime() + interval), fulfilledAt: update.createdAt });
      previous = update.statusDate;
    }
    chain.push({ due: new Date(previous.getTime() + interval), fulfilledAt: null });
    return chain
      .filter(({ due }) => due >= context.from && due <= context.to)
      .map(({ due, fulfilledAt }) => ({
        kind: 'PROJECT_STATUS_UPDATE' as const,
        key: `PROJECT_STATUS_UPDATE:${project.id}:${toIsoDate(due)}`,
        subjectId: project.id,
        title: project.name,
        orgUnitId,
        responsibleUserIds,
        period: { kind: 'MONTH' as const, year: due.getUTCFullYear(), number: due.getUTCMonth() + 1 },
        deadline: due,
        fulfilledAt,
        link: `/portfolj/projekt/${project.id}?statusuppdatering=ny`,
      }));
  });
}

async function reportObligations(db: Reader, context: Context): Promise<ReportingObligation[]> {
  const { orgUnitIds, userIds } = context.filter;
  const analystUnits = context.unitsReachable('ANALYST');
  const approverUnits = context.unitsReachable('APPROVER');
  const reachable = userIds || orgUnitIds ? [...new Set([...(analystUnits ?? []), ...(approverUnits ?? [])])] : null;
  const reports = await db.report.findMany({
    where: { year: { in: context.years }, ...(reachable ? { orgUnitId: { in: reachable } } : {}) },
    select: {
      id: true,
      orgUnitId: true,
      type: true,
      year: true,
      month: true,
      status: true,
      frozenAt: true,
      updatedAt: true,
      sections: {
        select: { id: true, title: true, analysisText: true, updatedAt: true },
        orderBy: { sortOrder: 'asc' },
      },
    },
  });
  return reports.flatMap((report) => {
    const { kind, number } = REPORT_PERIOD[report.type](report.month);
    const period = { kind, year: report.year, number };
    const deadline = context.deadlineOf(report.orgUnitId, period);
    if (!deadline) return [];
    const common = { orgUnitId: report.orgUnitId, period, deadline };
    const name = reportName(report.type, report.year, report.month, context.unitOf.get(report.orgUnitId)?.name ?? '');
    // Sections are to be written while the report is a draft; once it moved on, only what was written counts.
    const sections = report.sections
      .filter((section) => report.status === 'DRAFT' || section.analysisText.trim() !== '')
      .map((section) => ({
        ...common,
        kind: 'REPORT_SECTION' as const,
        key: `REPORT_SECTION:${section.id}:${periodLabel(period)}`,
        subjectId: section.id,
        title: `${section.title} (${name})`,
        responsibleUserIds: context.nearest('ANALYST', report.orgUnitId),
        fulfilledAt: section.analysisText.trim() !== '' ? section.updatedAt : null,
        link: `/rapporter/${report.id}#avsnitt-${section.id}`,
      }));
    const approval =
      report.status === 'DRAFT'
        ? []
        : [
            {
              ...common,
              kind: 'REPORT_APPROVAL' as const,
              key: `REPORT_APPROVAL:${report.id}:${periodLabel(period)}`,
              subjectId: report.id,
              title: name,
              responsibleUserIds: context.nearest('APPROVER', report.orgUnitId),
              fulfilledAt: report.status === 'APPROVED' ? (report.frozenAt ?? report.updatedAt) : null,
              link: `/rapporter/${report.id}`,
            },
          ];
    return [...sections, ...approval];
  });
}
