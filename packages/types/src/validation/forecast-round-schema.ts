import { z } from 'zod';
import { expectedVersionSchema, idSchema, isoDateSchema, plainText } from './common-schemas';

export const openForecastRoundInputSchema = z
  .object({
    year: z.number().int().min(1900, { error: 'outOfRange' }).max(2999, { error: 'outOfRange' }),
    name: plainText(100)
      .transform((text) => text.trim())
      .refine((text) => text.length > 0, { error: 'required' }),
    asOf: isoDateSchema,
  })
  .refine(({ year, asOf }) => asOf.startsWith(`${year}-`), { error: 'dateOutsideYear', path: ['asOf'] });

export const closeForecastRoundInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
});
