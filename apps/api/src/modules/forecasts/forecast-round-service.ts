import { fromIsoDate, roundOff } from '@lagesbild/types';
import { Prisma } from '@lagesbild/db';
import type { ForecastRoundModel, ForecastRoundStatus, IndicatorForecastModel, PrismaClient } from '@lagesbild/db';
import type { closeForecastRoundInputSchema, openForecastRoundInputSchema } from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { conflict, fieldError, isRecordNotFound, notFound } from '../../errors';

/** Rounds in the order they were held. */
export const ROUND_ORDER = [{ asOf: 'asc' as const }, { id: 'asc' as const }];

/** A lock number of its own, so that two rounds of a year cannot be opened at the same time. */
const OPEN_ROUND_LOCK = 7007;

/**
 * Opens a forecast round: refused while another round of the year is open, for a name the
 * year already has, or for a date before a round already held.
 */
export async function openForecastRound(
  tx: Transaction,
  { year, name, asOf }: z.output<typeof openForecastRoundInputSchema>,
): Promise<ForecastRoundModel> {
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${OPEN_ROUND_LOCK}::int, ${year}::int)) AS locked`;
  const rounds = await tx.forecastRound.findMany({ where: { year } });
  if (rounds.some((round) => round.status === 'OPEN')) throw fieldError('input.year', 'roundAlreadyOpen');
  if (rounds.some((round) => round.name === name)) throw fieldError('input.name', 'roundNameTaken');
  const asOfDate = fromIsoDate(asOf);
  if (rounds.some((round) => round.asOf > asOfDate)) throw fieldError('input.asOf', 'roundBeforeLast');
  return tx.forecastRound.create({ data: { year, name, asOf: asOfDate } });
}

/** Closes a round for good, if the form saw its current version. */
export async function closeForecastRound(
  tx: Transaction,
  { id, expectedVersion }: z.output<typeof closeForecastRoundInputSchema>,
): Promise<ForecastRoundModel> {
  const current = await tx.forecastRound.findUnique({ where: { id } });
  if (!current) throw notFound();
  if (current.version !== expectedVersion) throw conflict(current);
  if (current.status === 'CLOSED') throw fieldError('input.id', 'roundClosed');
  try {
    return await tx.forecastRound.update({
      where: { id, version: current.version },
      data: { status: 'CLOSED', version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.forecastRound.findUnique({ where: { id } }));
    throw error;
  }
}

export function listForecastRounds(prisma: PrismaClient, year: number): Promise<ForecastRoundModel[]> {
  return prisma.forecastRound.findMany({ where: { year }, orderBy: ROUND_ORDER });
}

/** The years that have rounds, latest first. */
export async function listForecastRoundYears(prisma: PrismaClient): Promise<number[]> {
  const rows = await prisma.forecastRound.findMany({
    distinct: ['year'],
    select: { year: true },
    orderBy: { year: 'desc' },
  });
  return rows.map((row) => row.year);
}

/** A full-year forecast a save changes: the value's place in the save, its indicator and year. */
export interface ForecastChange {
  index: number;
  indicatorId: number;
  year: number;
  fullYearForecast: number | null;
  comment: string | null;
}

/**
 * What the forecast rounds make of the forecasts a save changes: a forecast of a year whose
 * rounds are all closed is refused (its place listed in `refused`); one of a year with an
 * open round is kept as that round's by `keep`, after the values are written. A year without
 * rounds keeps its forecasts on the values alone. Reads are set-based.
 */
export async function planRoundForecasts(
  tx: Transaction,
  changes: readonly ForecastChange[],
  userId: number,
): Promise<{ refused: number[]; keep: () => Promise<void> }> {
  if (changes.length === 0) return { refused: [], keep: () => Promise.resolve() };
  // FOR SHARE: a round cannot be closed between this read and the end of the save, and a
  // close committed meanwhile is seen, so no forecast slips into a round just closed.
  const years = [...new Set(changes.map((change) => change.year))];
  const rounds = await tx.$queryRaw<{ id: number; year: number; status: ForecastRoundStatus }[]>`
    SELECT "id", "year", "status"::text AS "status" FROM "ForecastRound"
    WHERE "year" IN (${Prisma.join(years)}) FOR SHARE`;
  const openRound = new Map(rounds.filter((round) => round.status === 'OPEN').map((round) => [round.year, round]));
  const yearsWithRounds = new Set(rounds.map((round) => round.year));
  const refused = changes
    .filter((change) => yearsWithRounds.has(change.year) && !openRound.has(change.year))
    .map((change) => change.index);
  const kept = changes.filter((change) => openRound.has(change.year));
  return {
    refused,
    keep: async () => {
      if (kept.length === 0) return;
      const existing = await tx.indicatorForecast.findMany({
        where: {
          OR: kept.map((change) => ({ roundId: openRound.get(change.year)!.id, indicatorId: change.indicatorId })),
        },
      });
      for (const change of kept) {
        const roundId = openRound.get(change.year)!.id;
        const data = {
          fullYearForecast: change.fullYearForecast,
          comment: change.comment,
          source: 'Inmatat i Lägesbild',
          updatedById: userId,
        };
        const entry = existing.find((row) => row.roundId === roundId && row.indicatorId === change.indicatorId);
        if (entry) {
          await tx.indicatorForecast.update({ where: { id: entry.id }, data: { ...data, version: { increment: 1 } } });
        } else {
          // An upsert: another month of the same indicator saved at the same moment may have made
          // the round's entry first, and the later forecast is the round's, as with an update.
          await tx.indicatorForecast.upsert({
            where: { roundId_indicatorId: { roundId, indicatorId: change.indicatorId } },
            create: { roundId, indicatorId: change.indicatorId, ...data },
            update: { ...data, version: { increment: 1 } },
          });
        }
      }
    },
  };
}

/** An indicator's forecast as one round left it (see RoundForecast in forecasts.graphql). */
export interface RoundForecastRow {
  round: ForecastRoundModel;
  indicatorOrgUnitId: number;
  fullYearForecast: number | null;
  carriedOver: boolean;
  changeFromPrevious: number | null;
  comment: string | null;
}

/**
 * The forecast in each round, oldest first: a round without an entry of its own carries the
 * previous round's figure over (unchanged), and each figure is compared with the previous
 * round's.
 */
export function forecastsByRound(
  rounds: readonly ForecastRoundModel[],
  entries: readonly IndicatorForecastModel[],
  indicatorOrgUnitId: number,
): RoundForecastRow[] {
  let previous: number | null = null;
  return rounds.map((round) => {
    const entry = entries.find((candidate) => candidate.roundId === round.id);
    const fullYearForecast = entry ? entry.fullYearForecast : previous;
    const changeFromPrevious =
      previous !== null && fullYearForecast !== null ? roundOff(fullYearForecast - previous) : null;
    previous = fullYearForecast;
    return {
      round,
      indicatorOrgUnitId,
      fullYearForecast,
      carriedOver: !entry,
      changeFromPrevious,
      comment: entry?.comment ?? null,
    };
  });
}
