/**
 * The key of a code's label, made from the code: a label map's prefix ('projectState' gives
 * 'projectState.PAUSED'), or a function for a map whose keys are spelled otherwise.
 */
type CodeKeys = string | ((code: string) => string | undefined);

/** A label map whose keys are not the codes themselves: each code's key, one by one. */
const byCode =
  (keys: Record<string, string>) =>
  (code: string): string | undefined =>
    keys[code];

/**
 * The translation keys of coded values in the audit log: the labels the rest of the app shows
 * for the same codes (keys of the existing label maps, never copies of their words), or the
 * log's own (`auditValue`) for codes no page names. A field's codes depend on its record where
 * one name means different things (an activity's status and a plan's).
 */
const CODED_FIELDS: Record<string, CodeKeys | Record<string, CodeKeys>> = {
  fulfilment: 'fulfilment',
  role: 'role',
  state: 'projectState',
  fromState: 'projectState',
  toState: 'projectState',
  phase: 'projectPhase',
  time: 'rag',
  cost: 'rag',
  result: 'rag',
  // A status update's time, cost or result, as the status update dialog names them.
  dimension: (code) => `portfolio.column.${code.toLowerCase()}`,
  statusOverride: 'status',
  periodicity: 'periodicity',
  granularity: 'periodicity',
  unit: 'indicatorLibrary.unitWord',
  direction: 'indicatorLibrary.direction',
  levelAggregation: 'indicatorLibrary.levelAggregation',
  unitRollup: 'indicatorLibrary.unitRollup',
  thresholdKind: 'indicatorLibrary.thresholdKind',
  source: { Assignment: 'assignmentSource' },
  type: { Report: (code) => `reports.type_${code}` },
  kind: {
    OrgUnit: 'orgUnitKind',
    ProjectLineage: 'projectLineage.kind',
    Indicator: 'auditValue.indicatorKind',
    ReportSection: 'auditValue.reportSectionKind',
    ReminderMail: 'reminders.sendLog.kindValue',
    ReportingPeriod: byCode({
      MONTH: 'periodicity.MONTH',
      TERTIAL: 'periodicity.TERTIAL',
      INTERIM: 'auditValue.interimReport',
      ANNUAL: 'reportingCalendar.kind.ANNUAL',
    }),
  },
  status: {
    ActivityUpdate: 'activityStatus',
    AssignmentUpdate: 'assignmentStatus',
    AuditActionUpdate: 'auditActionStatus',
    Mitigation: 'mitigationStatus',
    Plan: 'planning',
    ForecastRound: 'forecasts.status',
    ReportingPeriod: 'reportingCalendar.status',
    Report: (code) => `reports.status_${code}`,
    ReminderMail: 'reminders.sendLog.statusValue',
  },
  level: {
    Goal: byCode({ COUNCIL: 'goals.councilGoal', COMMITTEE: 'goals.committeeGoal' }),
    ReportingLevelDeadline: 'orgUnitKind',
  },
  outcome: { ControlResult: 'controls.outcome' },
  frequency: { ReminderPreference: 'reminders.settings' },
  reason: { ReminderMailItem: 'auditValue.reminderReason' },
  // A correction names the kind of record it corrected by the log's own labels of kinds.
  entityType: { PeriodCorrection: 'entityType' },
};

/** The key of a coded value's label ("projectState.PAUSED"), or null for a value of its own. */
export function codedValueKey(entityType: string, field: string, value: string): string | null {
  const codes = CODED_FIELDS[field];
  const keys = typeof codes === 'object' ? codes[entityType] : codes;
  if (typeof keys === 'function') return keys(value) ?? null;
  return keys ? `${keys}.${value}` : null;
}

/**
 * Fields whose one name means something else in one kind of record: the label they have there
 * (a key of `auditField`). A goal link's parent is the goal it serves, not a unit.
 */
const FIELD_LABELS: Record<string, Record<string, string>> = {
  GoalLink: { parentId: 'servedGoalId' },
  PlanRevision: { number: 'revision' },
  ReportingPeriod: { number: 'periodNumber' },
  InternalControl: { frequency: 'controlFrequency' },
  ControlResult: { outcome: 'result' },
};

/** The key of a field's label ("auditField.outcome"). */
export function fieldLabelKey(entityType: string, field: string): string {
  return `auditField.${FIELD_LABELS[entityType]?.[field] ?? field}`;
}

/**
 * Fields whose values the API never records, only that they changed (SECRET_FIELDS of
 * apps/api/src/modules/audit/audit-event.ts): shown as hidden, whatever the event holds.
 */
export const SECRET_FIELDS: ReadonlySet<string> = new Set(['passwordHash']);

/** Numbers that are names rather than amounts, shown as they are: a year (2023, not 2 023), a key. */
export function isPlainNumberField(field: string): boolean {
  return /^(year|\w*Year|\w*Id)$/.test(field);
}

/**
 * The key of an operation's label ("auditOperation.addProjectStatusUpdate"): the mutation, or
 * the sign-in, first run or command that made the change. A name with other characters than
 * letters and digits ('admin:create') has them as underscores, since i18next reads a colon
 * as a namespace.
 */
export function operationLabelKey(operation: string): string {
  return `auditOperation.${operation.replace(/[^A-Za-z0-9]/g, '_')}`;
}
