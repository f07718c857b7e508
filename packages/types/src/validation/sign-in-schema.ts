import { z } from 'zod';

/** The sign-in form, checked the same way in the browser and by the API. */
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: 'required' })
    .max(320, { error: 'tooLong' })
    .pipe(z.email({ error: 'invalidEmail' })),
  password: z.string().min(1, { error: 'required' }).max(1024, { error: 'tooLong' }),
});

export type SignInInput = z.infer<typeof signInSchema>;
