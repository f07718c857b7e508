import { AsyncLocalStorage } from 'node:async_hooks';
import type { Prisma, PrismaClient } from '@lagesbild/db';
import { auditEventOf, keyOfRow } from './audit-event';
import { advanceDataVersion } from './data-version';

/** The client inside a mutation's transaction. */
export type Transaction = Prisma.TransactionClient;

interface AuditScope {
  tx: Transaction;
  userId: number | null;
  operation: string;
}

const auditScope = new AsyncLocalStorage<AuditScope>();

/** Bookkeeping tables whose rows are not domain records. */
const UNAUDITED_MODELS = new Set([
  'AuditEvent',
  'DataVersion',
  'Session',
  'SignInFailure',
  'ValueImport',
  'ValueImportRow',
]);
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
              : await delegateOf(scope.tx, model).findUnique({ where: keyOfRow(before ?? result, id) });
          await recordAuditEvent(scope, model, before, after);
          return result;
        },
      },
    },
  }) as unknown as PrismaClient;
}

export interface AuditedTransactionOptions {
  /**
   * How long the transaction may run before it is rolled back (Prisma's default is 5 s). A
   * mutation that writes in bulk sets what its largest allowed input needs.
   */
  timeoutMs?: number;
  /**
   * Told the data version the transaction advanced to, once it has committed: a read replica
   * that has replayed this version shows the write (read-your-own-write, read-routing.ts).
   */
  onCommitted?: (dataVersion: string) => void;
}

/** Runs `work` in one transaction in which every write is audited as `operation` by `userId`. */
export async function runAudited<T>(
  prisma: PrismaClient,
  operation: string,
  userId: number | null,
  work: (tx: Transaction) => Promise<T>,
  { timeoutMs, onCommitted }: AuditedTransactionOptions = {},
): Promise<T> {
  // Prisma's promises run when awaited: await inside the scope, so the writes see it.
  const { result, dataVersion } = await prisma.$transaction(
    async (tx) => {
      const result = await auditScope.run({ tx, userId, operation }, async () => await work(tx));
      // Last, so the row stays locked (writers queue on it) only for the moment before commit.
      return { result, dataVersion: await advanceDataVersion(tx) };
    },
    timeoutMs === undefined ? undefined : { timeout: timeoutMs },
  );
  onCommitted?.(dataVersion);
  return result;
}

/**
 * Who and what the running audited mutation records, for a writer that records its audit events
 * in SQL (insertAuditEventsSql); outside runAudited it throws, as a write through the client does.
 */
export function currentAuditScope(): { userId: number | null; operation: string } {
  const scope = auditScope.getStore();
  if (!scope) throw new Error('A set-based write outside an audited mutation; use context.mutate');
  return { userId: scope.userId, operation: scope.operation };
}

async function recordAuditEvent(
  scope: AuditScope,
  model: string,
  before: Row | null,
  after: Row | null,
): Promise<void> {
  const orgUnitId = await orgUnitOfRecord(scope.tx, model, (after ?? before)!);
  const event = auditEventOf(scope, model, before, after, orgUnitId);
  if (event) await scope.tx.auditEvent.create({ data: { ...event, changes: event.changes as Prisma.InputJsonValue } });
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
    case 'GoalIndicator':
      return (await tx.goal.findUnique({ where: { id: row.goalId as number } }))?.orgUnitId ?? null;
    case 'GoalLink':
      // A link is the serving goal's: the committee goal that serves a council goal.
      return (await tx.goal.findUnique({ where: { id: row.childId as number } }))?.orgUnitId ?? null;
    case 'ActivityUpdate':
      return (await tx.activity.findUnique({ where: { id: row.activityId as number } }))?.orgUnitId ?? null;
    case 'Project':
    case 'PortfolioPeriodStatus':
      return (await tx.portfolio.findUnique({ where: { id: row.portfolioId as number } }))?.orgUnitId ?? null;
    case 'ProjectStatusUpdate':
    case 'ProjectStateChange':
    case 'ProjectMove':
      return orgUnitOfProject(tx, row.projectId as number);
    case 'ProjectLineage':
      // The successor's unit: the split or merger made it, and its page names the origins.
      return orgUnitOfProject(tx, row.successorId as number);
    case 'StatusDeviation': {
      const statusUpdate = await tx.projectStatusUpdate.findUnique({ where: { id: row.statusUpdateId as number } });
      return statusUpdate ? orgUnitOfProject(tx, statusUpdate.projectId) : null;
    }
    case 'RiskValuation':
    case 'Mitigation':
      return (await tx.risk.findUnique({ where: { id: row.riskId as number } }))?.orgUnitId ?? null;
    case 'ControlResult':
      return (await tx.internalControl.findUnique({ where: { id: row.controlId as number } }))?.orgUnitId ?? null;
    case 'AssignmentUpdate':
      return (await tx.assignment.findUnique({ where: { id: row.assignmentId as number } }))?.orgUnitId ?? null;
    case 'AuditRecommendation':
      return (await tx.auditReport.findUnique({ where: { id: row.auditReportId as number } }))?.orgUnitId ?? null;
    case 'AuditActionUpdate': {
      const recommendation = await tx.auditRecommendation.findUnique({
        where: { id: row.recommendationId as number },
        include: { auditReport: true },
      });
      return recommendation?.auditReport.orgUnitId ?? null;
    }
    default:
      return null;
  }
}

async function orgUnitOfProject(tx: Transaction, projectId: number): Promise<number | null> {
  const project = await tx.project.findUnique({ where: { id: projectId }, include: { portfolio: true } });
  return project?.portfolio.orgUnitId ?? null;
}
