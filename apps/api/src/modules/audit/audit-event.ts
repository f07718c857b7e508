/**
 * What an audit event is, defined once for both ways a write is audited: the Prisma extension
 * (audited-writes.ts), which compares a record before and after in JavaScript, and set-based
 * writers (the import's commit), which write thousands of records and their events in one SQL
 * statement. Both record the same event for the same change: the same fields compared, the same
 * { field: { old, new } } shape, the same action, entity id and hidden secrets.
 */

/**
 * Fields that change with every write and say nothing of their own, and the time a value's
 * outcome was first reported (the event's own time already says it, beside the outcome's change).
 */
const IGNORED_FIELDS = new Set(['createdAt', 'updatedAt', 'version', 'outcomeReportedAt']);
const SECRET_FIELDS = new Set(['passwordHash']);
/** What an audit event shows of a secret's value, never the value itself. */
const HIDDEN = '(hidden)';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE';
export type FieldChanges = Record<string, { old: unknown; new: unknown }>;
type Row = Record<string, unknown>;

/** An audit event's content, without what the database adds (its id and time). */
export interface AuditEventContent {
  userId: number | null;
  operation: string;
  orgUnitId: number | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  changes: FieldChanges;
}

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value ?? null;
}

/** Field-level changes: { field: { old, new } }, secrets marked but never copied. */
export function fieldChanges(before: Row | null, after: Row | null): FieldChanges {
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (IGNORED_FIELDS.has(field)) continue;
    const oldValue = comparable(before?.[field]);
    const newValue = comparable(after?.[field]);
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue;
    changes[field] = SECRET_FIELDS.has(field)
      ? { old: oldValue === null ? null : HIDDEN, new: newValue === null ? null : HIDDEN }
      : { old: oldValue, new: newValue };
  }
  return changes;
}

/**
 * The event for one record written (`before` null when created, `after` null when deleted), or
 * null for an update that changed nothing worth recording.
 */
export function auditEventOf(
  scope: { userId: number | null; operation: string },
  entityType: string,
  before: Row | null,
  after: Row | null,
  orgUnitId: number | null,
): AuditEventContent | null {
  const changes = fieldChanges(before, after);
  if (before && after && Object.keys(changes).length === 0) return null;
  const row = (after ?? before)!;
  return {
    userId: scope.userId,
    operation: scope.operation,
    orgUnitId,
    action: !before ? 'CREATE' : !after ? 'DELETE' : 'UPDATE',
    entityType,
    entityId: row.id !== undefined ? String(comparable(row.id)) : JSON.stringify(keyOfRow(row)),
    changes,
  };
}

/** The unique key of a row: its id, or for link tables the pair of ids. */
export function keyOfRow(row: Row, id: unknown = row.id): Row {
  if (id !== undefined) return { id };
  const idFields = Object.keys(row).filter((field) => field.endsWith('Id'));
  const compoundName = idFields.join('_');
  return { [compoundName]: Object.fromEntries(idFields.map((field) => [field, row[field]])) };
}

/** How a set-based writer describes the records it wrote, for `insertAuditEventsSql`. */
export interface WrittenRecordsSql {
  /** The model written, as Prisma names it ("IndicatorValue"). */
  entityType: string;
  /**
   * Every scalar field of the model (Prisma's `<Model>ScalarFieldEnum`): each is compared, as
   * fieldChanges compares every field of a row. Numbers, text, booleans and enums are
   * represented as the extension represents them; the models written this way have no other
   * audited types (their timestamps are ignored fields).
   */
  fields: readonly string[];
  /** The FROM clause naming the written rows (and what orgUnitId needs), e.g. a data-modifying CTE. */
  from: string;
  /** SQL for the row after the write, whose fields are read as `${after}."field"`: `n`. */
  after: string;
  /** SQL for the row before it, a composite of the table's type, NULL for a created row: `(n."before")`. */
  before: string;
  /** SQL for the org unit the record belongs to (as orgUnitOfRecord finds it). */
  orgUnitId: string;
  /** SQL (a parameter) for the user and the operation of the audit scope. */
  userId: string;
  operation: string;
}

const quoted = (field: string) => `"${field.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * One INSERT … SELECT that records, for every written row, the event auditEventOf makes of it:
 * created when there was no row before, updated otherwise (skipped when nothing recorded
 * changed), with the same field-level changes. Deletes are not written set-based.
 */
export function insertAuditEventsSql(records: WrittenRecordsSql): string {
  const compared = records.fields.filter((field) => !IGNORED_FIELDS.has(field));
  const jsonOf = (field: string, column: string) =>
    SECRET_FIELDS.has(field)
      ? `(CASE WHEN ${column} IS NULL THEN 'null'::jsonb ELSE to_jsonb(${literal(HIDDEN)}::text) END)`
      : column;
  const changes = compared
    .map((field) => {
      const before = `${records.before}.${quoted(field)}`;
      const after = `${records.after}.${quoted(field)}`;
      return (
        `(CASE WHEN ${before} IS DISTINCT FROM ${after} THEN jsonb_build_object(${literal(field)}, ` +
        `jsonb_build_object('old', ${jsonOf(field, before)}, 'new', ${jsonOf(field, after)})) ELSE '{}'::jsonb END)`
      );
    })
    .join(' || ');
  const created = `${records.before}."id" IS NULL`;
  return `INSERT INTO "AuditEvent" ("userId", "operation", "orgUnitId", "action", "entityType", "entityId", "changes")
    SELECT e."userId", e."operation", e."orgUnitId", e."action"::"AuditAction", e."entityType", e."entityId", e."changes"
    FROM (
      SELECT ${records.userId} AS "userId", ${records.operation} AS "operation", ${records.orgUnitId} AS "orgUnitId",
        CASE WHEN ${created} THEN 'CREATE' ELSE 'UPDATE' END AS "action",
        ${literal(records.entityType)} AS "entityType", ${records.after}."id"::text AS "entityId",
        ${changes || "'{}'::jsonb"} AS "changes"
      FROM ${records.from}
      -- A fence: without it the planner copies the changes into the WHERE and builds them twice.
      OFFSET 0
    ) e
    WHERE e."action" = 'CREATE' OR e."changes" <> '{}'::jsonb`;
}
