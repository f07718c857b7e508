import type { PrismaClient, ReminderMailKind } from '@lagesbild/db';
import type { Mailer } from './mailer';
import type { ReminderMailContent } from './reminder-text';
import { composeReminderMail } from './reminder-text';

/** A mail is tried at most this many times; then it stays FAILED in the send log. */
export const MAX_SEND_ATTEMPTS = 5;
/** The wait before the next attempt: 1, 5, 25 and 125 minutes after the first, second, … failure. */
export function retryDelayMs(attempts: number): number {
  return 60_000 * 5 ** (attempts - 1);
}
/**
 * A mail claimed longer ago than this belongs to a process that stopped while sending it. It is
 * marked FAILED rather than sent again: the server may have taken it, and a reminder is never sent twice.
 */
export const SENDING_LEASE_MS = 15 * 60_000;

/** How many mails one run claims at once: few enough to be sent well within SENDING_LEASE_MS even when each attempt waits for its timeouts. */
const BATCH = 20;

interface ClaimedMail {
  id: number;
  kind: ReminderMailKind;
  recipient: string;
  content: ReminderMailContent;
  attempts: number;
}

export interface SendResult {
  sent: number;
  failed: number;
}

/**
 * Sends the planned mails whose time has come. Each is claimed first, in one statement that skips
 * rows another process has locked (FOR UPDATE SKIP LOCKED) and marks them SENDING, so two API
 * processes never send the same mail. A refused send goes back to PENDING with a later attempt,
 * until MAX_SEND_ATTEMPTS; the error is kept for the send log.
 */
export async function sendDueMails(prisma: PrismaClient, mailer: Mailer, now: Date): Promise<SendResult> {
  await prisma.$executeRaw`
    UPDATE "ReminderMail"
    SET "status" = 'FAILED', "lastError" = 'Interrupted while sending (the API process stopped); not sent again'
    WHERE "status" = 'SENDING' AND "claimedAt" < ${new Date(now.getTime() - SENDING_LEASE_MS)}`;
  const result: SendResult = { sent: 0, failed: 0 };
  for (;;) {
    const claimed = await prisma.$queryRaw<ClaimedMail[]>`
      UPDATE "ReminderMail"
      SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = "attempts" + 1
      WHERE "id" IN (
        SELECT "id" FROM "ReminderMail"
        WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
        ORDER BY "id"
        LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id", "kind", "recipient", "content", "attempts"`;
    if (claimed.length === 0) return result;
    for (const mail of claimed) {
      try {
        await mailer.send(composeReminderMail(mail.kind, mail.recipient, mail.content));
        await prisma.reminderMail.update({
          where: { id: mail.id },
          data: { status: 'SENT', sentAt: new Date(), lastError: null },
        });
        result.sent += 1;
      } catch (error) {
        const giveUp = mail.attempts >= MAX_SEND_ATTEMPTS;
        await prisma.reminderMail.update({
          where: { id: mail.id },
          data: {
            status: giveUp ? 'FAILED' : 'PENDING',
            lastError: errorText(error),
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
          },
        });
        result.failed += 1;
      }
    }
    if (claimed.length < BATCH) return result;
  }
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 1000);
}
