import { z } from 'zod';
import {
  expectedVersionSchema,
  idSchema,
  newOrderSchema,
  plainText,
  shownOrderSchema,
  yearSchema,
} from './common-schemas';

export const perspectiveNameSchema = plainText(100)
  .transform((name) => name.trim())
  .pipe(z.string().min(1, { error: 'required' }));

/** What the perspective covers, shown beside its goals; empty when left out. */
export const perspectiveDescriptionSchema = plainText(2000)
  .nullish()
  .transform((text) => text?.trim() ?? '');

export const createPerspectiveInputSchema = z.object({
  year: yearSchema(),
  name: perspectiveNameSchema,
  description: perspectiveDescriptionSchema,
});

export const updatePerspectiveInputSchema = z.object({
  /** The perspective (its identity, the same in every year). */
  id: idSchema,
  year: yearSchema(),
  /** The version of the perspective's year the form was loaded with. */
  expectedVersion: expectedVersionSchema,
  name: perspectiveNameSchema,
  description: perspectiveDescriptionSchema,
});

export const reorderPerspectivesInputSchema = z.object({
  year: yearSchema(),
  /** Every perspective of the year, each once, in the new order. */
  ids: newOrderSchema,
  /** The order the list showed: a reorder saved meanwhile is a conflict, not overwritten. */
  expectedIds: shownOrderSchema,
});

export const removePerspectiveInputSchema = z.object({
  id: idSchema,
  year: yearSchema(),
  expectedVersion: expectedVersionSchema,
});

export const copyPerspectivesInputSchema = z.object({
  /** The year that has no perspectives yet: it gets the latest earlier year's. */
  year: yearSchema(),
});

export type ParsedCreatePerspectiveInput = z.output<typeof createPerspectiveInputSchema>;
export type ParsedUpdatePerspectiveInput = z.output<typeof updatePerspectiveInputSchema>;
export type ParsedReorderPerspectivesInput = z.output<typeof reorderPerspectivesInputSchema>;
export type ParsedRemovePerspectiveInput = z.output<typeof removePerspectiveInputSchema>;
export type ParsedCopyPerspectivesInput = z.output<typeof copyPerspectivesInputSchema>;
