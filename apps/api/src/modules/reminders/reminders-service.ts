import type { PrismaClient, ReminderFrequency, ReminderMailModel, ReminderMailStatus } from '@lagesbild/db';
import type { setReminderFrequencyInputSchema } from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { conflict, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';

export interface ReminderSettingsRow {
  frequency: ReminderFrequency;
  version: number | null;
}

/** A person's choice; DAILY (version null) before they have made one. */
export async function findReminderSettings(prisma: PrismaClient, userId: number): Promise<ReminderSettingsRow> {
  const preference = await prisma.reminderPreference.findUnique({ where: { userId } });
  return preference ?? { frequency: 'DAILY', version: null };
}

/** Sets a person's choice, version-checked: the first choice is made without a version, later ones with the current one. */
export async function setReminderFrequency(
  tx: Transaction,
  userId: number,
  { frequency, expectedVersion }: z.output<typeof setReminderFrequencyInputSchema>,
): Promise<ReminderSettingsRow> {
  const existing = await tx.reminderPreference.findUnique({ where: { userId } });
  if (!existing) {
    if (expectedVersion != null) throw conflict({ frequency: 'DAILY', version: null });
    // The same person's first choice saved at the same moment from another tab: that one stands.
    return insertUnlessTaken(() => tx.reminderPreference.create({ data: { userId, frequency } }));
  }
  if (existing.version !== expectedVersion) throw conflict(existing);
  try {
    return await tx.reminderPreference.update({
      where: { id: existing.id, version: existing.version },
      data: { frequency, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.reminderPreference.findUnique({ where: { userId } }));
    throw error;
  }
}

export type ReminderMailRow = ReminderMailModel & { user: { name: string } };

/** The send log, the latest planned first. */
export function listReminderMails(
  prisma: PrismaClient,
  { first, status }: { first: number; status: ReminderMailStatus | null },
): Promise<ReminderMailRow[]> {
  return prisma.reminderMail.findMany({
    where: status ? { status } : {},
    include: { user: { select: { name: true } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: first,
  });
}

/**
 * Puts a FAILED mail back in the queue, its attempts counted from zero. The row is locked first, so
 * of two administrators retrying it at once the second gets a CONFLICT (it is no longer FAILED).
 */
export async function retryReminderMail(tx: Transaction, id: number, now: Date): Promise<ReminderMailRow> {
  await tx.$queryRaw`SELECT "id" FROM "ReminderMail" WHERE "id" = ${id} FOR UPDATE`;
  const mail = await tx.reminderMail.findUnique({ where: { id }, include: { user: { select: { name: true } } } });
  if (!mail) throw notFound();
  if (mail.status !== 'FAILED') throw conflict({ status: mail.status });
  return tx.reminderMail.update({
    where: { id },
    data: { status: 'PENDING', attempts: 0, nextAttemptAt: now, claimedAt: null },
    include: { user: { select: { name: true } } },
  });
}
