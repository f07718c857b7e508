import type { IndicatorModel, PrismaClient } from '@lagesbild/db';
import { VALUE_DEFINING_FIELDS } from '@lagesbild/types';
import type {
  createIndicatorInputSchema,
  IndicatorDefinition,
  setIndicatorRetiredInputSchema,
  updateIndicatorInputSchema,
} from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { conflict, fieldError, fieldErrors, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';
import { recordThresholdChange, thresholdsChange } from './threshold-history';
import { lockIndicatorForChange } from './indicators-for-values';

export type IndicatorRetirementFilter = 'ACTIVE' | 'RETIRED' | 'ALL';

export interface IndicatorLibraryQuery {
  orgUnitIds: readonly number[];
  perspectiveId: number | null;
  goalId: number | null;
  retirement: IndicatorRetirementFilter;
}

/** The library's list: performance indicators (financial lines are kept by the economy), by unit and name. */
export function listIndicatorLibrary(prisma: PrismaClient, query: IndicatorLibraryQuery): Promise<IndicatorModel[]> {
  const goalFilter =
    query.goalId !== null || query.perspectiveId !== null
      ? {
          goals: {
            some: {
              goal: {
                ...(query.goalId !== null ? { id: query.goalId } : {}),
                ...(query.perspectiveId !== null ? { perspectiveId: query.perspectiveId } : {}),
              },
            },
          },
        }
      : {};
  return prisma.indicator.findMany({
    where: {
      orgUnitId: { in: [...query.orgUnitIds] },
      kind: 'PERFORMANCE',
      ...(query.retirement === 'ACTIVE' ? { retiredAt: null } : {}),
      ...(query.retirement === 'RETIRED' ? { retiredAt: { not: null } } : {}),
      ...goalFilter,
    },
    orderBy: [{ orgUnitId: 'asc' }, { sortOrder: 'asc' }, { name: 'asc' }, { id: 'asc' }],
  });
}

export function listIndicatorsByCode(prisma: PrismaClient, code: string): Promise<IndicatorModel[]> {
  return prisma.indicator.findMany({
    where: { code: { equals: code.trim(), mode: 'insensitive' } },
    orderBy: { orgUnitId: 'asc' },
  });
}

/** Active users, by name: whom an administrator may name as an indicator's owner. */
export function listIndicatorOwnerOptions(prisma: PrismaClient): Promise<{ id: number; name: string }[]> {
  return prisma.user.findMany({
    where: { isActive: true },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

/** The library's columns from the form's definition; legacy tolerance is left as it was. */
function columnsOf(definition: IndicatorDefinition) {
  return {
    name: definition.name,
    description: definition.description,
    dataSource: definition.dataSource,
    externalCode: definition.externalCode,
    unit: definition.unit,
    periodicity: definition.periodicity,
    direction: definition.direction,
    cumulative: definition.cumulative,
    levelAggregation: definition.levelAggregation,
    unitRollup: definition.unitRollup,
    thresholdKind: definition.thresholdKind,
    yellowThreshold: definition.yellowThreshold,
    redThreshold: definition.redThreshold,
    ownerId: definition.ownerId,
    isKey: definition.isKey,
  };
}

async function requireActiveOwner(tx: Transaction, ownerId: number | null): Promise<void> {
  if (ownerId === null) return;
  const owner = await tx.user.findUnique({ where: { id: ownerId }, select: { isActive: true } });
  if (!owner?.isActive) throw fieldError('input.definition.ownerId', 'unknownUser');
}

export async function createIndicator(
  tx: Transaction,
  input: z.output<typeof createIndicatorInputSchema>,
): Promise<IndicatorModel> {
  const unit = await tx.orgUnit.findUnique({ where: { id: input.orgUnitId }, select: { id: true } });
  if (!unit) throw notFound();
  const taken = await tx.indicator.findFirst({
    where: { orgUnitId: input.orgUnitId, code: { equals: input.code, mode: 'insensitive' } },
    select: { id: true },
  });
  if (taken) throw fieldError('input.code', 'indicatorCodeTaken');
  await requireActiveOwner(tx, input.definition.ownerId);
  // Within its unit, after what is there.
  const last = await tx.indicator.aggregate({ where: { orgUnitId: input.orgUnitId }, _max: { sortOrder: true } });
  return insertUnlessTaken(() =>
    tx.indicator.create({
      data: {
        orgUnitId: input.orgUnitId,
        code: input.code,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
        ...columnsOf(input.definition),
      },
    }),
  );
}

/**
 * Changes an indicator's definition. Names, texts, owner and thresholds may always change; what
 * gives its saved values their meaning may not once there are values: that is refused with what
 * to do instead. New thresholds of an indicator with values judge from the month the form gives:
 * the periods before it keep the thresholds they were judged by (see threshold-history.ts).
 */
export async function updateIndicator(
  tx: Transaction,
  input: z.output<typeof updateIndicatorInputSchema>,
  changedById: number | null,
): Promise<IndicatorModel> {
  await lockIndicatorForChange(tx, input.id);
  const current = await tx.indicator.findUnique({ where: { id: input.id } });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict(current);
  const changed = VALUE_DEFINING_FIELDS.filter((field) => current[field] !== input.definition[field]);
  const changesThresholds = thresholdsChange(current, input.definition);
  const hasValues =
    (changed.length > 0 || changesThresholds) &&
    (await tx.indicatorValue.count({ where: { indicatorId: current.id } })) > 0;
  if (changed.length > 0 && hasValues) {
    throw fieldErrors(changed.map((field) => ({ field: `input.definition.${field}`, message: 'definitionHasValues' })));
  }
  await requireActiveOwner(tx, input.definition.ownerId);
  if (changesThresholds && hasValues) {
    await recordThresholdChange(tx, current, input.definition, input.thresholdsFrom, changedById);
  }
  try {
    return await tx.indicator.update({
      where: { id: input.id, version: input.expectedVersion },
      data: { ...columnsOf(input.definition), version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.indicator.findUnique({ where: { id: input.id } }));
    throw error;
  }
}

/** Retires an indicator (no new values from now; its history stays) or brings it back into use. */
export async function setIndicatorRetired(
  tx: Transaction,
  input: z.output<typeof setIndicatorRetiredInputSchema>,
): Promise<IndicatorModel> {
  await lockIndicatorForChange(tx, input.id);
  const current = await tx.indicator.findUnique({ where: { id: input.id } });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict(current);
  if ((current.retiredAt !== null) === input.retired) return current;
  try {
    return await tx.indicator.update({
      where: { id: input.id, version: input.expectedVersion },
      data: { retiredAt: input.retired ? new Date() : null, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.indicator.findUnique({ where: { id: input.id } }));
    throw error;
  }
}

/** The indicators that have any value saved: their value-defining fields are locked. */
export async function findIndicatorsWithValues(prisma: PrismaClient, ids: readonly number[]): Promise<Set<number>> {
  const rows = await prisma.indicatorValue.groupBy({ by: ['indicatorId'], where: { indicatorId: { in: [...ids] } } });
  return new Set(rows.map((row) => row.indicatorId));
}
