import { z } from 'zod';
import { expectedVersionSchema, idSchema } from './common-schemas';

/** How often a person wants reminder mails: each day something falls due, a weekly digest, or none. */
export const REMINDER_FREQUENCIES = ['DAILY', 'WEEKLY', 'NONE'] as const;

/** A person's own choice of reminders (their page). */
export const setReminderFrequencyInputSchema = z.object({
  frequency: z.enum(REMINDER_FREQUENCIES, { error: 'invalidChoice' }),
  /** The choice's version once the person has made one; left out before the first. */
  expectedVersion: expectedVersionSchema.nullish(),
});

/** How many mails of the send log are read at once (the latest first). */
export const REMINDER_MAIL_LOG_MAX = 200;

export const reminderMailLogArgsSchema = z.object({
  first: z.number().int().min(1, { error: 'outOfRange' }).max(REMINDER_MAIL_LOG_MAX, { error: 'outOfRange' }),
});

/** An administrator sends a failed mail of the send log again. */
export const retryReminderMailInputSchema = z.object({ id: idSchema });
