import { z } from 'zod';
import { yearSchema } from './common-schemas';

/** A report period: a month of a year. Shared by the web app's pickers and the API. */
export const yearMonthSchema = z.object({
  year: yearSchema('year.outOfRange'),
  month: z.number().int().min(1, { error: 'month.outOfRange' }).max(12, { error: 'month.outOfRange' }),
});
