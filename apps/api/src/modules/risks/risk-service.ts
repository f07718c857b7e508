import type {
  ControlResultModel,
  InternalControlModel,
  MitigationModel,
  PrismaClient,
  RiskModel,
  RiskValuationModel,
} from '@lagesbild/db';
import { endOfMonthIso, riskLevel, riskScore } from '@lagesbild/types';
import type {
  addMitigationInputSchema,
  controlResultInputSchema,
  createControlInputSchema,
  createRiskInputSchema,
  RiskLevel,
  RiskScaleMax,
  riskValuationInputSchema,
  TreeNode,
  updateControlInputSchema,
  updateMitigationInputSchema,
  updateRiskInputSchema,
} from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { CATEGORY_ORDER, requireCategoryFor } from './risk-category-service';
import { requireOnScale } from './risk-scale-service';
import { findSubtreeIds } from '../organisation';
import type { OrgTreeUnit } from '../organisation';
import { guardClosedPeriod } from '../reporting-calendar';
import { conflict, fieldError, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** A risk as the overview lists it: its latest valuation up to a date. */
export interface RiskSummaryRow {
  id: number;
  title: string;
  categoryName: string;
  orgUnitId: number;
  probability: number;
  consequence: number;
  isDemoValue: boolean;
}

/**
 * Each risk of the units with its latest valuation up to the date, in one read however many:
 * the overview's top risks and its risks above tolerance are both made of them.
 */
export function findLatestValuedRisks(prisma: PrismaClient, unitIds: number[], upTo: Date): Promise<RiskSummaryRow[]> {
  return prisma.$queryRaw<RiskSummaryRow[]>`
    SELECT DISTINCT ON (k."id") k."id", k."title", c."name" AS "categoryName", k."orgUnitId",
           v."probability", v."consequence", v."isDemoValue"
    FROM "Risk" k
    JOIN "RiskCategory" c ON c."id" = k."categoryId"
    JOIN "RiskValuation" v ON v."riskId" = k."id"
    WHERE k."orgUnitId" = ANY(${unitIds}::int[]) AND v."valuedOn" <= ${upTo}
    ORDER BY k."id", v."valuedOn" DESC, v."id" DESC`;
}

const byScoreThenTitle = (a: RiskSummaryRow, b: RiskSummaryRow) =>
  riskScore(b.probability, b.consequence) - riskScore(a.probability, a.consequence) ||
  a.title.localeCompare(b.title, 'sv');

/** The overview's top risks: the `limit` latest valued risks with the highest score. */
export function topRisks(latestValued: readonly RiskSummaryRow[], limit = 5): RiskSummaryRow[] {
  return [...latestValued].sort(byScoreThenTitle).slice(0, limit);
}

/**
 * The risks whose latest valuation lies above the tolerance of the unit viewed: the high and
 * very high bands of the municipality's scale (riskLevel in @lagesbild/types), the bands a risk
 * register calls for action in, highest score first.
 */
export function risksAboveTolerance(latestValued: readonly RiskSummaryRow[], scaleMax: RiskScaleMax): RiskSummaryRow[] {
  return latestValued
    .filter((risk) => ABOVE_TOLERANCE.has(riskLevel(riskScore(risk.probability, risk.consequence), scaleMax)))
    .sort(byScoreThenTitle);
}

const ABOVE_TOLERANCE: ReadonlySet<RiskLevel> = new Set<RiskLevel>(['HIGH', 'VERY_HIGH']);

/** The risks of a unit and the units under it: units in tree order, then by category (in the categories' order) and title. */
export async function listRisksOfSubtree(
  prisma: PrismaClient,
  orgTree: readonly OrgTreeUnit[],
  orgUnitCode: string,
): Promise<RiskModel[]> {
  const unitIds = findSubtreeIds(orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  const risks = await prisma.risk.findMany({
    where: { orgUnitId: { in: unitIds } },
    orderBy: [
      ...CATEGORY_ORDER.map((order) => ({ category: order })),
      { title: 'asc' as const },
      { id: 'asc' as const },
    ],
  });
  const treePosition = new Map(unitIds.map((id, index) => [id, index]));
  return risks.sort((a, b) => treePosition.get(a.orgUnitId)! - treePosition.get(b.orgUnitId)!);
}

/** The internal control plan of a unit and the units under it: units in tree order, then by title. */
export async function listControlsOfSubtree(
  prisma: PrismaClient,
  orgTree: readonly OrgTreeUnit[],
  orgUnitCode: string,
): Promise<InternalControlModel[]> {
  const unitIds = findSubtreeIds(orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  const controls = await prisma.internalControl.findMany({
    where: { orgUnitId: { in: unitIds } },
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
  });
  const treePosition = new Map(unitIds.map((id, index) => [id, index]));
  return controls.sort((a, b) => treePosition.get(a.orgUnitId)! - treePosition.get(b.orgUnitId)!);
}

/**
 * Updates a record only if the form saw its current version: a missing record is not found,
 * an older version (or a save in between) is a conflict carrying the record as it now is.
 */
async function updateAtVersion<Row extends { version: number }>(
  current: Row | null,
  expectedVersion: number,
  update: (version: number) => Promise<Row>,
  reread: () => Promise<Row | null>,
): Promise<Row> {
  if (!current) throw notFound();
  if (current.version !== expectedVersion) throw conflict(current);
  try {
    return await update(current.version);
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await reread());
    throw error;
  }
}

const utcDate = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** A new risk and its first valuation. */
export async function createRisk(
  tx: Transaction,
  orgTree: readonly TreeNode[],
  input: Input<typeof createRiskInputSchema>,
  userId: number,
): Promise<RiskModel> {
  const { valuation, correctionReason, ...risk } = input;
  await requireCategoryFor(tx, risk.categoryId);
  await requireOnScale(tx, orgTree, risk.orgUnitId, valuation, 'input.valuation');
  // A risk valued first in a closed period changes the risks as they stood then, as a re-valuation would.
  await guardClosedPeriod(tx, {
    orgUnitId: risk.orgUnitId,
    date: valuation.valuedOn,
    entityType: 'RiskValuation',
    correctionReason,
  });
  const created = await tx.risk.create({ data: risk });
  await tx.riskValuation.create({
    data: { ...valuation, valuedOn: utcDate(valuation.valuedOn), riskId: created.id, createdById: userId },
  });
  return created;
}

export async function updateRisk(tx: Transaction, input: Input<typeof updateRiskInputSchema>): Promise<RiskModel> {
  const { id, expectedVersion, ...fields } = input;
  const current = await tx.risk.findUnique({ where: { id } });
  await requireCategoryFor(tx, fields.categoryId, current?.categoryId);
  return updateAtVersion(
    current,
    expectedVersion,
    (version) => tx.risk.update({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }),
    () => tx.risk.findUnique({ where: { id } }),
  );
}

/** Appends a valuation: the earlier ones stay, so the history shows how the score moved. */
export async function addRiskValuation(
  tx: Transaction,
  orgTree: readonly TreeNode[],
  input: Input<typeof riskValuationInputSchema>,
  userId: number,
): Promise<RiskValuationModel> {
  const { correctionReason, ...valuation } = input;
  const risk = await tx.risk.findUnique({ where: { id: valuation.riskId } });
  if (!risk) throw notFound();
  await requireOnScale(tx, orgTree, risk.orgUnitId, valuation, 'input');
  // A valuation dated in a closed period changes the risks as they stood then.
  await guardClosedPeriod(tx, {
    orgUnitId: risk.orgUnitId,
    date: valuation.valuedOn,
    entityType: 'RiskValuation',
    correctionReason,
  });
  return tx.riskValuation.create({
    data: { ...valuation, valuedOn: utcDate(valuation.valuedOn), createdById: userId },
  });
}

const mitigationData = (input: { dueDate: string | null }) => ({
  dueDate: input.dueDate === null ? null : utcDate(input.dueDate),
});

export async function addMitigation(
  tx: Transaction,
  input: Input<typeof addMitigationInputSchema>,
): Promise<MitigationModel> {
  if (!(await tx.risk.findUnique({ where: { id: input.riskId } }))) throw notFound();
  return tx.mitigation.create({ data: { ...input, ...mitigationData(input) } });
}

export async function updateMitigation(
  tx: Transaction,
  input: Input<typeof updateMitigationInputSchema>,
): Promise<MitigationModel> {
  const { id, expectedVersion, ...fields } = input;
  return updateAtVersion(
    await tx.mitigation.findUnique({ where: { id } }),
    expectedVersion,
    (version) =>
      tx.mitigation.update({
        where: { id, version },
        data: { ...fields, ...mitigationData(fields), version: { increment: 1 } },
      }),
    () => tx.mitigation.findUnique({ where: { id } }),
  );
}

/** A control may check a risk of its own unit only: the plan is the unit's. */
async function requireRiskOfUnit(tx: Transaction, riskId: number | null, orgUnitId: number): Promise<void> {
  if (riskId === null) return;
  const risk = await tx.risk.findUnique({ where: { id: riskId }, select: { orgUnitId: true } });
  if (risk?.orgUnitId !== orgUnitId) throw fieldError('input.riskId', 'riskOfOtherUnit');
}

export async function createInternalControl(
  tx: Transaction,
  input: Input<typeof createControlInputSchema>,
): Promise<InternalControlModel> {
  await requireRiskOfUnit(tx, input.riskId, input.orgUnitId);
  return tx.internalControl.create({ data: input });
}

export async function updateInternalControl(
  tx: Transaction,
  input: Input<typeof updateControlInputSchema>,
): Promise<InternalControlModel> {
  const { id, expectedVersion, ...fields } = input;
  const current = await tx.internalControl.findUnique({ where: { id } });
  if (current) await requireRiskOfUnit(tx, fields.riskId, current.orgUnitId);
  return updateAtVersion(
    current,
    expectedVersion,
    (version) => tx.internalControl.update({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }),
    () => tx.internalControl.findUnique({ where: { id } }),
  );
}

/**
 * Records a control's result for a month, or corrects it if the form saw the current
 * version; a second person saving from an older version gets a conflict.
 */
export async function recordControlResult(
  tx: Transaction,
  input: Input<typeof controlResultInputSchema>,
): Promise<ControlResultModel> {
  const { controlId, year, month, expectedVersion, correctionReason, ...fields } = input;
  const where = { controlId_year_month: { controlId, year, month } };
  const current = await tx.controlResult.findUnique({ where });
  const control = await tx.internalControl.findUnique({ where: { id: controlId }, select: { orgUnitId: true } });
  if (!control) throw notFound();
  await guardClosedPeriod(tx, {
    orgUnitId: control.orgUnitId,
    date: endOfMonthIso({ year, month }),
    entityType: 'ControlResult',
    correctionReason,
  });
  if (!current) {
    if (expectedVersion) throw conflict(null);
    return insertUnlessTaken(() => tx.controlResult.create({ data: { controlId, year, month, ...fields } }));
  }
  return updateAtVersion(
    current,
    expectedVersion ?? 0,
    (version) =>
      tx.controlResult.update({
        where: { id: current.id, version },
        // A person's record replaces the demo figure, so it is no longer marked as made up.
        data: { ...fields, isDemoValue: false, version: { increment: 1 } },
      }),
    () => tx.controlResult.findUnique({ where }),
  );
}
