import { z } from 'zod';
import { isoToday } from '../iso-date';

/** The largest id the database's integer keys hold. */
export const MAX_ID = 2_147_483_647;

/** A record id: GraphQL sends it as text. */
export const idSchema = z.coerce
  .number({ error: 'invalidId' })
  .int({ error: 'invalidId' })
  .positive({ error: 'invalidId' })
  .max(MAX_ID, { error: 'invalidId' });

/** Text a person types: PostgreSQL cannot store the NUL character, so it is refused here. */
export const plainText = (maxLength: number) =>
  z
    .string()
    .max(maxLength, { error: 'tooLong' })
    .refine((text) => !text.includes('\u0000'), { error: 'invalidCharacters' });

/** Free text a person writes: a comment, a reason. */
export const commentSchema = plainText(4000)
  .nullish()
  .transform((text) => (text?.trim() ? text.trim() : null));

/** The version a form was loaded with. */
export const expectedVersionSchema = z.number().int({ error: 'invalidVersion' }).positive({ error: 'invalidVersion' });

/** A figure: finite and of a size a municipality's accounts can hold. */
export const figureSchema = z
  .number()
  .refine((value) => Number.isFinite(value) && Math.abs(value) < 1e13, { error: 'outOfRange' })
  .nullish()
  .transform((value) => value ?? null);

/** A calendar date as ISO text (2024-08-31): a day that exists, in the years the app handles. */
export const isoDateSchema = z
  .string({ error: 'invalidDate' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalidDate', abort: true })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      const year = date.getUTCFullYear();
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) && year >= 1900 && year <= 2999;
    },
    { error: 'invalidDate' },
  );

/** A date something happened on: not after today. */
export const pastIsoDateSchema = isoDateSchema.refine((text) => text <= isoToday(), { error: 'dateInFuture' });

/** An optional date: empty text counts as none. */
export const optionalIsoDateSchema = z
  .string()
  .nullish()
  .transform((text) => (text?.trim() ? text.trim() : null))
  .pipe(isoDateSchema.nullable());

/** A short line a person types (a name, an owner): trimmed, empty counts as none. */
export const optionalLineSchema = plainText(200)
  .nullish()
  .transform((text) => (text?.trim() ? text.trim() : null));
