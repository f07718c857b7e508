import { z } from 'zod';
import { isoToday } from '../iso-date';
import { expectedVersionSchema, idSchema, isoDateSchema, optionalIsoDateSchema, plainText } from './common-schemas';

export const ORG_UNIT_KINDS = ['CITY', 'COMMITTEE', 'BUSINESS_AREA', 'DEPARTMENT'] as const;

export const orgUnitKindSchema = z.enum(ORG_UNIT_KINDS, { error: 'required' });

/**
 * A unit's code: it names the unit in links and in imported files, so it is kept to what a
 * URL and an HR system's export carry without escaping (letters, digits, `-`, `_`, `.`).
 */
export const orgUnitCodeSchema = plainText(64)
  .transform((code) => code.trim())
  .pipe(
    z
      .string()
      // An empty code is missing, not malformed: one message, not both.
      .min(1, { error: 'required', abort: true })
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: 'invalidCode' }),
  );

export const orgUnitNameSchema = plainText(200)
  .transform((name) => name.trim())
  .pipe(z.string().min(1, { error: 'required' }));

/**
 * The day a rename or move takes effect: today when left out, never in the future (the
 * unit's current name is its latest version's).
 */
const changeDateSchema = optionalIsoDateSchema
  .transform((date) => date ?? isoToday())
  .pipe(z.string().refine((date) => date <= isoToday(), { error: 'dateInFuture' }));

export const createOrgUnitInputSchema = z.object({
  parentId: idSchema,
  code: orgUnitCodeSchema,
  name: orgUnitNameSchema,
  kind: orgUnitKindSchema,
  /** The first day the unit exists; left out, it has always existed as far as the app knows. */
  validFrom: optionalIsoDateSchema,
});

export const renameOrgUnitInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  name: orgUnitNameSchema,
  validFrom: changeDateSchema,
});

export const moveOrgUnitInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  parentId: idSchema,
  validFrom: changeDateSchema,
});

export const closeOrgUnitInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  /** The last day the unit exists. */
  validTo: isoDateSchema,
});

export type ParsedCreateOrgUnitInput = z.output<typeof createOrgUnitInputSchema>;
export type ParsedRenameOrgUnitInput = z.output<typeof renameOrgUnitInputSchema>;
export type ParsedMoveOrgUnitInput = z.output<typeof moveOrgUnitInputSchema>;
export type ParsedCloseOrgUnitInput = z.output<typeof closeOrgUnitInputSchema>;
