import type { OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { checkValuationAgainstScale, rootFinder, toRiskScaleMax } from '@lagesbild/types';
import type { RiskScaleMax, setRiskScaleInputSchema, TreeNode } from '@lagesbild/types';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { findCity } from '../organisation';
import { conflict, fieldError, notFound } from '../../errors';

/**
 * The risk scale: probability and consequence from 1 to 4, or to 5, set once for the whole
 * municipality on its root unit. A valuation is checked against it, and the scale cannot be
 * narrowed below a valuation already made; each of the two writes locks the root unit's row
 * (valuations FOR SHARE, a change of scale FOR UPDATE), so that of a narrowing and a valuation
 * of 5 saved at the same moment, the one that comes second sees the other and is refused.
 */

export interface RiskScaleRow {
  max: RiskScaleMax;
  /** The largest probability or consequence any valuation holds; 0 when there is none. */
  largestValued: number;
}

/**
 * The scale a unit values risks on: its municipality's (the root unit's) setting, else 1–4,
 * from the request's units (context.ts), whose data version a change of scale advances.
 */
export function findRiskScaleMax(orgUnits: readonly OrgUnitModel[], orgUnitId: number | null): RiskScaleMax {
  if (orgUnitId === null) return toRiskScaleMax(null);
  const rootId = rootFinder(orgUnits)(orgUnitId);
  return toRiskScaleMax(orgUnits.find((unit) => unit.id === rootId)?.riskScaleMax);
}

/**
 * Refuses a valuation outside the scale of the unit, naming the fields
 * (`input.valuation.probability`). The scale is read with the root unit's row locked for share
 * until the valuation's transaction ends: a change of scale waits for it, and then counts it.
 */
export async function requireOnScale(
  tx: Transaction,
  orgTree: readonly TreeNode[],
  orgUnitId: number,
  valuation: { probability: number; consequence: number },
  fieldPrefix: string,
): Promise<void> {
  const [root] = await tx.$queryRaw<{ riskScaleMax: number | null }[]>`
    SELECT "riskScaleMax" FROM "OrgUnit" WHERE "id" = ${rootFinder(orgTree)(orgUnitId)} FOR SHARE`;
  const errors = checkValuationAgainstScale(valuation, toRiskScaleMax(root?.riskScaleMax));
  if (errors.length === 0) return;
  throw new GraphQLError(`Invalid input: ${errors.map((error) => error.field).join(', ')} outside the risk scale`, {
    extensions: {
      code: 'BAD_USER_INPUT',
      fieldErrors: errors.map((error) => ({ field: `${fieldPrefix}.${error.field}`, message: error.message })),
    },
  });
}

async function largestValued(db: PrismaClient | Transaction): Promise<number> {
  const { _max: largest } = await db.riskValuation.aggregate({ _max: { probability: true, consequence: true } });
  return Math.max(largest.probability ?? 0, largest.consequence ?? 0);
}

/** The municipality's scale (set on the city; 1–4 until its administrators choose otherwise). */
export async function findRiskScale(db: PrismaClient | Transaction): Promise<RiskScaleRow> {
  const [city, largest] = await Promise.all([findCity(db), largestValued(db)]);
  return { max: toRiskScaleMax(city?.riskScaleMax), largestValued: largest };
}

/**
 * Sets the scale every unit values risks on. It cannot shrink below a value a valuation already
 * holds: a risk valued 5 on 1–5 would fall off a 1–4 heat map, and valuations are history, never
 * rewritten. The change is made only if the scale is still the one the form showed (read with the
 * row locked, so of two administrators saving at once the second is told).
 */
export async function setRiskScale(
  tx: Transaction,
  input: z.output<typeof setRiskScaleInputSchema>,
): Promise<RiskScaleRow> {
  const city = await findCity(tx);
  if (!city) throw notFound();
  // Locked before the valuations are counted: a valuation being saved is waited for and counted.
  const [locked] = await tx.$queryRaw<{ riskScaleMax: number | null }[]>`
    SELECT "riskScaleMax" FROM "OrgUnit" WHERE "id" = ${city.id} FOR UPDATE`;
  const current = toRiskScaleMax(locked?.riskScaleMax);
  if (current !== input.expectedMax) throw conflict({ max: current });
  const largest = await largestValued(tx);
  if (input.max < largest) throw fieldError('input.max', 'valuationsAboveScale');
  if (input.max === current) return { max: current, largestValued: largest };
  await tx.orgUnit.update({ where: { id: city.id }, data: { riskScaleMax: input.max } });
  return { max: input.max, largestValued: largest };
}
