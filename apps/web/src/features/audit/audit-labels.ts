/**
 * The translation keys of coded values in the audit log: the labels the rest of the app shows
 * for the same codes (keys of the existing label maps, never copies of their words). A field's
 * codes depend on its record where one name means different things (an activity's status and a
 * plan's).
 */
const CODED_FIELDS: Record<string, string | Record<string, string>> = {
  fulfilment: 'fulfilment',
  role: 'role',
  state: 'projectState',
  fromState: 'projectState',
  toState: 'projectState',
  time: 'rag',
  cost: 'rag',
  result: 'rag',
  statusOverride: 'status',
  periodicity: 'periodicity',
  granularity: 'periodicity',
  unit: 'indicatorLibrary.unitWord',
  direction: 'indicatorLibrary.direction',
  levelAggregation: 'indicatorLibrary.levelAggregation',
  unitRollup: 'indicatorLibrary.unitRollup',
  thresholdKind: 'indicatorLibrary.thresholdKind',
  source: { Assignment: 'assignmentSource' },
  kind: { OrgUnit: 'orgUnitKind', ProjectLineage: 'projectLineage.kind' },
  status: {
    ActivityUpdate: 'activityStatus',
    AssignmentUpdate: 'assignmentStatus',
    AuditActionUpdate: 'auditActionStatus',
    Mitigation: 'mitigationStatus',
    Plan: 'planning',
    ForecastRound: 'forecasts.admin.status',
    ReportingPeriod: 'reportingCalendar.status',
  },
  level: { ReportingLevelDeadline: 'orgUnitKind' },
  // A correction names the kind of record it corrected by the log's own labels of kinds.
  entityType: { PeriodCorrection: 'entityType' },
};

/** The key of a coded value's label ("projectState.PAUSED"), or null for a value of its own. */
export function codedValueKey(entityType: string, field: string, value: string): string | null {
  const codes = CODED_FIELDS[field];
  const prefix = typeof codes === 'string' ? codes : codes?.[entityType];
  return prefix ? `${prefix}.${value}` : null;
}
