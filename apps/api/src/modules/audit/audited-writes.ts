import { AsyncLocalStorage } from 'node:async_hooks';
import type { Prisma, PrismaClient } from '@lagesbild/db';

/** The client inside a mutation's transaction. */
export type Transaction = Prisma.TransactionClient;

interface AuditScope {
  tx: Transaction;
  userId: number | null;
  operation: string;
}

const auditScope = new AsyncLocalStorage<AuditScope>();

/** Bookkeeping tables whose rows are not domain records. */
const UNAUDITED_MODELS = new Set(['AuditEvent', 'Session', 'SignInFailure', 'ValueImport', 'ValueImportRow']);
/** Fields that change with every write and say nothing of their own. */
const IGNORED_FIELDS = new Set(['createdAt', 'updatedAt', 'version']);
const SECRET_FIELDS = new Set(['passwordHash']);
const SINGLE_WRITES = new Set(['create', 'update', 'upsert', 'delete']);
const BULK_WRITES = new Set(['createMany', 'createManyAndReturn', 'updateMany', 'updateManyAndReturn', 'deleteMany']);

type Row = Record<string, unknown>;
interface Delegate {
  findUnique(args: { where: unknown }): Promise<Row | null>;
}

function delegateOf(tx: Transaction, model: string): Delegate {
  return (tx as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
}

/**
 * The API's Prisma client: reads as usual, but a write to a domain table outside
 * `runAudited` throws, and inside it each written record gets an audit event with its
 * field-level old and new values, in the same transaction. Nothing changes without one.
 */
export function withAuditedWrites(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    query: {
      $allModels: {
        async $allOperations({ model, operation, args, query }) {
          if ((!SINGLE_WRITES.has(operation) && !BULK_WRITES.has(operation)) || UNAUDITED_MODELS.has(model)) {
            return query(args);
          }
          const scope = auditScope.getStore();
          if (!scope) throw new Error(`${model}.${operation} outside an audited mutation; use context.mutate`);
          if (BULK_WRITES.has(operation)) {
            throw new Error(`${model}.${operation} writes records without auditing each; write them one by one`);
          }
          const where = (args as { where?: unknown }).where;
          const before = where ? await delegateOf(scope.tx, model).findUnique({ where }) : null;
          const result = (await query(args)) as Row;
          const id = before?.id ?? result.id;
          const after =
            operation === 'delete'
              ? null
              : await delegateOf(scope.tx, model).findUnique({ where: keyOf(before ?? result, id) });
          await recordAuditEvent(scope, model, before, after);
          return result;
        },
      },
    },
  }) as unknown as PrismaClient;
}

/** The unique key of a row: its id, or for link tables the pair of ids. */
function keyOf(row: Row, id: unknown): Row {
  if (id !== undefined) return { id };
  const idFields = Object.keys(row).filter((field) => field.endsWith('Id'));
  const compoundName = idFields.join('_');
  return { [compoundName]: Object.fromEntries(idFields.map((field) => [field, row[field]])) };
}

/** Runs `work` in one transaction in which every write is audited as `operation` by `userId`. */
export function runAudited<T>(
  prisma: PrismaClient,
  operation: string,
  userId: number | null,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  // Prisma's promises run when awaited: await inside the scope, so the writes see it.
  return prisma.$transaction((tx) => auditScope.run({ tx, userId, operation }, async () => await work(tx)));
}

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  return value ?? null;
}

/** Field-level changes: { field: { old, new } }, secrets marked but never copied. */
export function fieldChanges(before: Row | null, after: Row | null): Record<string, { old: unknown; new: unknown }> {
  const changes: Record<string, { old: unknown; new: unknown }> = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    if (IGNORED_FIELDS.has(field)) continue;
    const oldValue = comparable(before?.[field]);
    const newValue = comparable(after?.[field]);
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue;
    changes[field] = SECRET_FIELDS.has(field)
      ? { old: oldValue === null ? null : '(hidden)', new: newValue === null ? null : '(hidden)' }
      : { old: oldValue, new: newValue };
  }
  return changes;
}

async function recordAuditEvent(
  scope: AuditScope,
  model: string,
  before: Row | null,
  after: Row | null,
): Promise<void> {
  const changes = fieldChanges(before, after);
  if (before && after && Object.keys(changes).length === 0) return;
  const row = (after ?? before)!;
  await scope.tx.auditEvent.create({
    data: {
      userId: scope.userId,
      operation: scope.operation,
      action: !before ? 'CREATE' : !after ? 'DELETE' : 'UPDATE',
      entityType: model,
      entityId: row.id !== undefined ? String(comparable(row.id)) : JSON.stringify(keyOf(row, undefined)),
      orgUnitId: await orgUnitOfRecord(scope.tx, model, row),
      changes: changes as Prisma.InputJsonValue,
    },
  });
}

/** The org unit a record belongs to, so the audit log can be read within a user's scope. */
async function orgUnitOfRecord(tx: Transaction, model: string, row: Row): Promise<number | null> {
  if (typeof row.orgUnitId === 'number') return row.orgUnitId;
  switch (model) {
    case 'OrgUnit':
      return row.id as number;
    case 'IndicatorValue':
    case 'IndicatorForecast':
      return (await tx.indicator.findUnique({ where: { id: row.indicatorId as number } }))?.orgUnitId ?? null;
    case 'GoalAssessment':
      return (await tx.goal.findUnique({ where: { id: row.goalId as number } }))?.orgUnitId ?? null;
    case 'ActivityUpdate':
      return (await tx.activity.findUnique({ where: { id: row.activityId as number } }))?.orgUnitId ?? null;
    case 'Project':
    case 'PortfolioPeriodStatus':
      return (await tx.portfolio.findUnique({ where: { id: row.portfolioId as number } }))?.orgUnitId ?? null;
    case 'ProjectStatusReport':
    case 'ProjectStateChange':
      return orgUnitOfProject(tx, row.projectId as number);
    case 'StatusDeviation': {
      const report = await tx.projectStatusReport.findUnique({ where: { id: row.reportId as number } });
      return report ? orgUnitOfProject(tx, report.projectId) : null;
    }
    case 'RiskValuation':
    case 'Mitigation':
      return (await tx.risk.findUnique({ where: { id: row.riskId as number } }))?.orgUnitId ?? null;
    case 'ControlResult':
      return (await tx.internalControl.findUnique({ where: { id: row.controlId as number } }))?.orgUnitId ?? null;
    default:
      return null;
  }
}

async function orgUnitOfProject(tx: Transaction, projectId: number): Promise<number | null> {
  const project = await tx.project.findUnique({ where: { id: projectId }, include: { portfolio: true } });
  return project?.portfolio.orgUnitId ?? null;
}
