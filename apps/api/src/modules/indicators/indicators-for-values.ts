import type { IndicatorModel } from '@lagesbild/db';
import type { Transaction } from '../audit';
import { notFound } from '../../errors';

/**
 * The indicators as a save of their values (figures, targets) must judge them: read again in the
 * save's transaction, FOR SHARE. A change of definition or a retirement saved at the same moment
 * (lockIndicatorForChange) then waits for the values and finds them, so it refuses to change what
 * they mean, or is waited for and the values are judged by the indicator it left. The copies the
 * request's loaders read before the transaction may be stale by then.
 */
export async function readIndicatorsForValues(
  tx: Transaction,
  ids: Iterable<number>,
): Promise<Map<number, IndicatorModel>> {
  const wanted = [...new Set(ids)];
  await tx.$queryRaw`SELECT 1 FROM "Indicator" WHERE "id" = ANY(${wanted}::int[]) FOR SHARE`;
  const rows = await tx.indicator.findMany({ where: { id: { in: wanted } } });
  if (rows.length !== wanted.length) throw notFound();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Taken by a change of an indicator's definition or retirement before it counts its values: see readIndicatorsForValues. */
export async function lockIndicatorForChange(tx: Transaction, id: number): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Indicator" WHERE "id" = ${id} FOR UPDATE`;
}
