import { z } from 'zod';

/** A report period: a month of a year. Shared by the web app's pickers and the API. */
export const yearMonthSchema = z.object({
  year: z.number().int().min(1900, { error: 'year.outOfRange' }).max(2999, { error: 'year.outOfRange' }),
  month: z.number().int().min(1, { error: 'month.outOfRange' }).max(12, { error: 'month.outOfRange' }),
});
