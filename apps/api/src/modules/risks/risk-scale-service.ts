import type { PrismaClient } from '@lagesbild/db';
import { toRiskScaleMax } from '@lagesbild/types';
import type { RiskScaleMax, setRiskScaleInputSchema } from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { findCity } from '../organisation';
import { conflict, fieldError, isRecordNotFound, notFound } from '../../errors';

export interface RiskScaleRow {
  max: RiskScaleMax;
  /** The largest probability or consequence any valuation holds; 0 when there is none. */
  largestValued: number;
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
 * rewritten. The change is made only if the scale is still the one the form showed.
 */
export async function setRiskScale(
  tx: Transaction,
  input: z.output<typeof setRiskScaleInputSchema>,
): Promise<RiskScaleRow> {
  const city = await findCity(tx);
  if (!city) throw notFound();
  const current = toRiskScaleMax(city.riskScaleMax);
  if (current !== input.expectedMax) throw conflict({ max: current });
  const largest = await largestValued(tx);
  if (input.max < largest) throw fieldError('input.max', 'valuationsAboveScale');
  if (input.max === current) return { max: current, largestValued: largest };
  try {
    // Conditional on the value read, so of two administrators saving at once the second is told.
    await tx.orgUnit.update({
      where: { id: city.id, riskScaleMax: city.riskScaleMax },
      data: { riskScaleMax: input.max },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await findRiskScale(tx));
    throw error;
  }
  return { max: input.max, largestValued: largest };
}
