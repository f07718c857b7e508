import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema } from './user-schema';

/** The city's name when the installer gives none. */
export const DEFAULT_CITY_NAME = 'Kommunen';

/** The first administrator, as `pnpm admin:create` takes it: a user like any other, with a password. */
export const firstAdministratorSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema,
});

/** The first-run page: the setup code the server printed, the city (the root unit) and its administrator. */
export const firstRunInputSchema = firstAdministratorSchema.extend({
  setupCode: z.string().trim().min(1, { error: 'required' }).max(100, { error: 'tooLong' }),
  cityName: nameSchema,
});

export type FirstAdministratorInput = z.output<typeof firstAdministratorSchema>;
export type FirstRunInput = z.output<typeof firstRunInputSchema>;
