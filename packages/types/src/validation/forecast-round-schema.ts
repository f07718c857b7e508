import { z } from 'zod';
import { expectedVersionSchema, idSchema, isoDateSchema, plainText, yearSchema } from './common-schemas';

export const openForecastRoundInputSchema = z
  .object({
    year: yearSchema(),
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
