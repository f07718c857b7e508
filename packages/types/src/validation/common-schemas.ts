import { z } from 'zod';

/** A record id: GraphQL sends it as text. */
export const idSchema = z.coerce
  .number({ error: 'invalidId' })
  .int({ error: 'invalidId' })
  .positive({ error: 'invalidId' });

/** Free text a person writes: a comment, a reason. */
export const commentSchema = z
  .string()
  .max(4000, { error: 'tooLong' })
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
