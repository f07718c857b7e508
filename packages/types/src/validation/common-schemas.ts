import { z } from 'zod';
import { isoToday } from '../iso-date';
import { FIRST_YEAR, isPlausibleYear, LAST_YEAR } from '../period';

/** The largest id the database's integer keys hold. */
export const MAX_ID = 2_147_483_647;

/** A record id: GraphQL sends it as text. */
/** A value import's id: the UUID its preview was given (an import is no row of a numbered table). */
export const valueImportIdSchema = z.uuid({ error: 'invalidId' });

export const idSchema = z.coerce
  .number({ error: 'invalidId' })
  .int({ error: 'invalidId' })
  .positive({ error: 'invalidId' })
  .max(MAX_ID, { error: 'invalidId' });

/**
 * Text as it can be stored and shown: no NUL character (PostgreSQL cannot store it) and no
 * lone half of a surrogate pair ("\uD800"), which is no character at all.
 */
export function isWellFormedText(text: string): boolean {
  return !text.includes('\u0000') && !/\p{Cs}/u.test(text);
}

/** Any text the API takes in: well-formed, or refused as invalidCharacters. */
export const textSchema = z.string().refine(isWellFormedText, { error: 'invalidCharacters' });

/** Text a person types, at most `maxLength` characters. */
export const plainText = (maxLength: number) => textSchema.max(maxLength, { error: 'tooLong' });

/** A year the app handles (see FIRST_YEAR and LAST_YEAR). */
export const yearSchema = (error = 'outOfRange') =>
  z.number().int({ error }).min(FIRST_YEAR, { error }).max(LAST_YEAR, { error });

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
  // An empty date is missing, not malformed.
  .min(1, { error: 'required', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalidDate', abort: true })
  .refine(
    (text) => {
      const date = new Date(`${text}T00:00:00Z`);
      return (
        !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text) && isPlausibleYear(date.getUTCFullYear())
      );
    },
    { error: 'invalidDate' },
  );

/**
 * A moment to filter by, as ISO text: a date (2024-08-31, midnight UTC) or a date and time
 * with or without an offset (2024-08-31T12:00:00Z), in the years the app handles.
 */
export const isoDateOrTimeSchema = z
  .string({ error: 'invalidDate' })
  .refine(
    (text) =>
      isoDateSchema.safeParse(text).success || z.iso.datetime({ offset: true, local: true }).safeParse(text).success,
    {
      error: 'invalidDate',
      abort: true,
    },
  )
  .transform((text) => new Date(text.length === 10 ? `${text}T00:00:00Z` : text))
  .refine((date) => !Number.isNaN(date.getTime()) && isPlausibleYear(date.getUTCFullYear()), { error: 'invalidDate' });

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

const CASE_NUMBER = /^(?=.*\d)[\p{L}\d][\p{L}\d .:/-]*$/u;

/**
 * A case number (diarienummer) as registries write them, one rule for every record that has
 * one (a plan's decision, an assignment, an audit report): "SLK-2022-01441", "N170-0123/22",
 * "KS 2023/0123", "0014/16". Letters, digits, spaces and `-`, `/`, `.`, `:`, starting with a
 * letter or digit and holding at least one digit; stored in capitals, as registries write them.
 */
export const caseNumberSchema = plainText(50)
  .transform((text) => text.trim().replace(/\s+/g, ' ').toUpperCase())
  .pipe(
    // No `abort` here: an explicit abort would also stop the cross-field rules of the records
    // that hold a case number (a declaration needs its date too), so one save would name one error.
    z
      .string()
      .min(1, { error: 'required' })
      .refine((text) => text === '' || CASE_NUMBER.test(text), { error: 'invalidCaseNumber' }),
  );

/** The most items a list put in order by hand holds (a year's perspectives, the risk categories). */
export const MAX_ORDERED_ITEMS = 100;

/** A list's new order: every item's id, each once (an item twice would leave another out). */
export const newOrderSchema = z
  .array(idSchema, { error: 'required' })
  .min(1, { error: 'required' })
  .max(MAX_ORDERED_ITEMS, { error: 'tooMany' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'duplicate' });

/**
 * The order the list showed when the user moved an item: an order someone else saved meanwhile
 * is then a conflict, not overwritten. Compared as it is, so it is not checked for repeats.
 */
export const shownOrderSchema = z.array(idSchema, { error: 'required' }).max(MAX_ORDERED_ITEMS, { error: 'tooMany' });
