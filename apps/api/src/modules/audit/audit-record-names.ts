import DataLoader from 'dataloader';
import type { PrismaClient } from '@lagesbild/db';

/**
 * What a person knows an audited record by ("Nytt lönesystem", "Sjukfrånvaro · 2023-05",
 * "2023 Intraservice" for a plan), read set-based: one statement per kind of record on the page,
 * however many events it shows. The SQL reads the rows as they are now; retired rows still exist
 * and are named, deleted ones are not found (the log then says the record is deleted).
 *
 * `name` is an SQL expression over the row `r`; `detail` (optional) qualifies it, e.g. a period.
 * Long texts (goal titles, recommendations) are shortened in JavaScript, by one rule.
 */
interface NameSql {
  table: string;
  name: string;
  detail?: string;
}

const month = (year: string, monthColumn: string) => `${year} || '-' || lpad(${monthColumn}::text, 2, '0')`;
const date = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;
const nameOf = (table: string, idColumn: string, column = 'name') =>
  `(SELECT x."${column}" FROM "${table}" x WHERE x."id" = ${idColumn})`;
/** The names of the projects on one side of the links that share this link's other side and kind. */
const namesOfLinked = (side: string, shared: string) =>
  `SELECT string_agg(p."name", ', ' ORDER BY p."name") FROM "ProjectLineage" l JOIN "Project" p ON p."id" = l."${side}" WHERE l."${shared}" = r."${shared}" AND l."kind" = r."kind"`;
const perspectiveName = (idColumn: string) =>
  `(SELECT py."name" FROM "PerspectiveYear" py WHERE py."perspectiveId" = ${idColumn} ORDER BY py."year" DESC LIMIT 1)`;
const periodOf = `r."year" || CASE r."granularity" WHEN 'MONTH' THEN '-' || lpad(r."periodNumber"::text, 2, '0') WHEN 'TERTIAL' THEN '-T' || r."periodNumber" ELSE '' END`;

/** A reporting period as a person names it, over the period row `alias`. */
function reportingPeriodName(alias: string): string {
  const year = `(SELECT c."year"::text FROM "ReportingCalendar" c WHERE c."id" = ${alias}."calendarId")`;
  return `CASE ${alias}."kind" WHEN 'MONTH' THEN ${year} || '-' || lpad(${alias}."number"::text, 2, '0')
    WHEN 'TERTIAL' THEN ${year} || '-T' || ${alias}."number"
    WHEN 'INTERIM' THEN 'Delår ' || ${year} || CASE ${alias}."number" WHEN 1 THEN '-03' ELSE '-08' END
    ELSE ${year} END`;
}

export const RECORD_NAMES: Record<string, NameSql> = {
  OrgUnit: { table: 'OrgUnit', name: 'r."name"' },
  OrgUnitVersion: { table: 'OrgUnitVersion', name: 'r."name"', detail: date('r."validFrom"') },
  Perspective: { table: 'Perspective', name: `coalesce(${perspectiveName('r."id"')}, r."code")` },
  PerspectiveYear: { table: 'PerspectiveYear', name: 'r."name"', detail: 'r."year"::text' },
  Goal: { table: 'Goal', name: 'r."title"', detail: 'r."year"::text' },
  GoalAssessment: {
    table: 'GoalAssessment',
    name: nameOf('Goal', 'r."goalId"', 'title'),
    detail: month('r."year"', 'r."month"'),
  },
  Indicator: { table: 'Indicator', name: 'r."name"' },
  IndicatorValue: { table: 'IndicatorValue', name: nameOf('Indicator', 'r."indicatorId"'), detail: periodOf },
  // The set from the first value has no month.
  IndicatorThresholdSet: {
    table: 'IndicatorThresholdSet',
    name: nameOf('Indicator', 'r."indicatorId"'),
    detail: month('r."fromYear"', 'r."fromMonth"'),
  },
  ForecastRound: { table: 'ForecastRound', name: 'r."name"' },
  IndicatorForecast: {
    table: 'IndicatorForecast',
    name: nameOf('Indicator', 'r."indicatorId"'),
    detail: nameOf('ForecastRound', 'r."roundId"'),
  },
  // Shown after the kind's label: "Verksamhetsplan 2023 Intraservice".
  Plan: { table: 'Plan', name: `r."year" || ' ' || ${nameOf('OrgUnit', 'r."orgUnitId"')}` },
  PlanRevision: {
    table: 'PlanRevision',
    name: `(SELECT p."year" || ' ' || ${nameOf('OrgUnit', 'p."orgUnitId"')} FROM "Plan" p WHERE p."id" = r."planId")`,
    detail: `'#' || r."number"`,
  },
  Activity: { table: 'Activity', name: 'r."title"' },
  ActivityUpdate: {
    table: 'ActivityUpdate',
    name: nameOf('Activity', 'r."activityId"', 'title'),
    detail: month('r."year"', 'r."month"'),
  },
  Assignment: { table: 'Assignment', name: 'r."title"', detail: 'r."caseNumber"' },
  AssignmentUpdate: {
    table: 'AssignmentUpdate',
    name: nameOf('Assignment', 'r."assignmentId"', 'title'),
    detail: month('r."year"', 'r."month"'),
  },
  AuditReport: { table: 'AuditReport', name: 'r."title"' },
  AuditRecommendation: { table: 'AuditRecommendation', name: 'r."recommendation"' },
  AuditActionUpdate: {
    table: 'AuditActionUpdate',
    name: nameOf('AuditRecommendation', 'r."recommendationId"', 'recommendation'),
    detail: month('r."year"', 'r."month"'),
  },
  RiskCategory: { table: 'RiskCategory', name: 'r."name"' },
  Risk: { table: 'Risk', name: 'r."title"' },
  RiskValuation: { table: 'RiskValuation', name: nameOf('Risk', 'r."riskId"', 'title'), detail: date('r."valuedOn"') },
  Mitigation: { table: 'Mitigation', name: 'r."title"' },
  InternalControl: { table: 'InternalControl', name: 'r."title"' },
  ControlResult: {
    table: 'ControlResult',
    name: nameOf('InternalControl', 'r."controlId"', 'title'),
    detail: month('r."year"', 'r."month"'),
  },
  Portfolio: { table: 'Portfolio', name: 'r."name"' },
  PortfolioPeriodStatus: {
    table: 'PortfolioPeriodStatus',
    name: nameOf('Portfolio', 'r."portfolioId"'),
    detail: month('r."year"', 'r."month"'),
  },
  Project: { table: 'Project', name: 'r."name"' },
  ProjectStateChange: {
    table: 'ProjectStateChange',
    name: nameOf('Project', 'r."projectId"'),
    detail: date('r."changedOn"'),
  },
  // "Telefoni · 2024-01-01 Digitala tjänster → Infrastruktur": the move names both portfolios.
  ProjectMove: {
    table: 'ProjectMove',
    name: nameOf('Project', 'r."projectId"'),
    detail: `${date('r."movedOn"')} || ' ' || ${nameOf('Portfolio', 'r."fromPortfolioId"')} || ' → ' || ${nameOf('Portfolio', 'r."toPortfolioId"')}`,
  },
  // "Telefoni · 2024-09-01 → Rekrytering, Rehabilitering": a split names its origin and every part,
  // a merger every origin and the new project, so each link of one event reads the same.
  ProjectLineage: {
    table: 'ProjectLineage',
    name: `CASE r."kind" WHEN 'SPLIT' THEN ${nameOf('Project', 'r."originId"')} ELSE (${namesOfLinked('originId', 'successorId')}) END`,
    detail: `${date('r."occurredOn"')} || ' → ' || CASE r."kind" WHEN 'SPLIT' THEN (${namesOfLinked('successorId', 'originId')}) ELSE ${nameOf('Project', 'r."successorId"')} END`,
  },
  // The status update's table keeps its first name (schema.prisma's @@map).
  ProjectStatusUpdate: {
    table: 'ProjectStatusReport',
    name: nameOf('Project', 'r."projectId"'),
    detail: date('r."reportDate"'),
  },
  StatusDeviation: {
    table: 'StatusDeviation',
    name: `(SELECT ${nameOf('Project', 's."projectId"')} FROM "ProjectStatusReport" s WHERE s."id" = r."reportId")`,
    detail: `(SELECT ${date('s."reportDate"')} FROM "ProjectStatusReport" s WHERE s."id" = r."reportId")`,
  },
  Report: { table: 'Report', name: nameOf('OrgUnit', 'r."orgUnitId"'), detail: month('r."year"', 'r."month"') },
  ReportSection: {
    table: 'ReportSection',
    name: 'r."title"',
    detail: `(SELECT ${nameOf('OrgUnit', 'p."orgUnitId"')} || ' ' || ${month('p."year"', 'p."month"')} FROM "Report" p WHERE p."id" = r."reportId")`,
  },
  ReportComment: {
    table: 'ReportComment',
    name: `(SELECT ${nameOf('OrgUnit', 'p."orgUnitId"')} || ' ' || ${month('p."year"', 'p."month"')} FROM "Report" p WHERE p."id" = r."reportId")`,
  },
  // The reporting calendar: "2023-05", "2023-T2", "Delår 2023-08", "2023".
  ReportingCalendar: { table: 'ReportingCalendar', name: 'r."year"::text' },
  ReportingPeriod: { table: 'ReportingPeriod', name: reportingPeriodName('r') },
  ReportingLevelDeadline: {
    table: 'ReportingLevelDeadline',
    name: `(SELECT ${reportingPeriodName('p')} FROM "ReportingPeriod" p WHERE p."id" = r."periodId")`,
    detail: 'r."level"::text',
  },
  // A correction (Rättelse) by its period: the kind of record corrected is a field of its own,
  // which the log translates.
  // A person's choice of reminders, and a reminder mail an administrator sent again: named by whose they are.
  ReminderPreference: { table: 'ReminderPreference', name: nameOf('User', 'r."userId"') },
  ReminderMail: { table: 'ReminderMail', name: nameOf('User', 'r."userId"'), detail: 'r."occasion"' },
  PeriodCorrection: {
    table: 'PeriodCorrection',
    name: `(SELECT ${reportingPeriodName('p')} FROM "ReportingPeriod" p WHERE p."id" = r."periodId")`,
  },
  User: { table: 'User', name: 'r."name"' },
  RoleAssignment: {
    table: 'RoleAssignment',
    name: nameOf('User', 'r."userId"'),
    detail: nameOf('OrgUnit', 'r."orgUnitId"'),
  },
};

/** Fields that point at another record, and the kind of record each points at. */
const REFERENCES: Record<string, string> = {
  orgUnitId: 'OrgUnit',
  cityId: 'OrgUnit',
  parentId: 'OrgUnit',
  perspectiveId: 'Perspective',
  goalId: 'Goal',
  previousGoalId: 'Goal',
  indicatorId: 'Indicator',
  roundId: 'ForecastRound',
  calendarId: 'ReportingCalendar',
  periodId: 'ReportingPeriod',
  planId: 'Plan',
  activityId: 'Activity',
  previousActivityId: 'Activity',
  assignmentId: 'Assignment',
  auditReportId: 'AuditReport',
  recommendationId: 'AuditRecommendation',
  riskId: 'Risk',
  categoryId: 'RiskCategory',
  controlId: 'InternalControl',
  portfolioId: 'Portfolio',
  fromPortfolioId: 'Portfolio',
  toPortfolioId: 'Portfolio',
  projectId: 'Project',
  originId: 'Project',
  successorId: 'Project',
  statusUpdateId: 'ProjectStatusUpdate',
  reportId: 'Report',
  userId: 'User',
  ownerId: 'User',
  ownerUserId: 'User',
  managerUserId: 'User',
  actionOwnerUserId: 'User',
  updatedById: 'User',
  createdById: 'User',
  changedById: 'User',
  adoptedById: 'User',
  approvedById: 'User',
  authorId: 'User',
};

/** Where one kind of record's field points elsewhere than the field's name usually does. */
const REFERENCE_EXCEPTIONS: Record<string, Record<string, string>> = {
  GoalLink: { parentId: 'Goal', childId: 'Goal' },
};

/** The kind of record a field of `entityType` points at, or null for a field of its own. */
export function referencedType(entityType: string, field: string): string | null {
  return REFERENCE_EXCEPTIONS[entityType]?.[field] ?? REFERENCES[field] ?? null;
}

const SHORTEST_CUT = 80;

/** A long text cut at a word, so a goal or a recommendation names itself in a line. */
function shortened(text: string): string {
  if (text.length <= SHORTEST_CUT) return text;
  const cut = text.slice(0, SHORTEST_CUT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SHORTEST_CUT / 2)).trimEnd()}…`;
}

/** A record's key for the loader: its kind and id ("Project:4"). */
export const recordKey = (entityType: string, id: string) => `${entityType}:${id}`;

/**
 * The request's loader of record names: the keys of one page are read with one statement per
 * kind of record. Unknown kinds, ids that are not numbers (link tables' compound keys) and rows
 * that no longer exist are null.
 */
export function createRecordNameLoader(prisma: PrismaClient) {
  return new DataLoader<string, string | null>(async (keys) => {
    const idsByType = new Map<string, number[]>();
    for (const key of keys) {
      const [type, id] = key.split(':') as [string, string];
      if (!RECORD_NAMES[type] || !/^\d{1,9}$/.test(id)) continue;
      idsByType.set(type, [...(idsByType.get(type) ?? []), Number(id)]);
    }
    const names = new Map<string, string | null>();
    await Promise.all(
      [...idsByType].map(async ([type, ids]) => {
        const sql = RECORD_NAMES[type]!;
        const rows = await prisma.$queryRawUnsafe<{ id: number; name: string | null; detail: string | null }[]>(
          `SELECT r."id", ${sql.name} AS "name", ${sql.detail ?? 'NULL::text'} AS "detail"
           FROM "${sql.table}" r WHERE r."id" = ANY($1::int[])`,
          ids,
        );
        for (const row of rows) {
          if (row.name === null) continue;
          names.set(
            recordKey(type, String(row.id)),
            row.detail ? `${shortened(row.name)} · ${row.detail}` : shortened(row.name),
          );
        }
      }),
    );
    return keys.map((key) => names.get(key) ?? null);
  });
}
