import { z } from 'zod';
import { expectedVersionSchema, idSchema, plainText, textSchema } from './common-schemas';

const roleAssignmentSchema = z.object({
  role: z.enum(['VIEWER', 'ANALYST', 'PORTFOLIO_OFFICE', 'PLANNER', 'APPROVER', 'ADMIN'], { error: 'required' }),
  orgUnitId: idSchema,
});

/** A person's (or a unit's) name: trimmed, not empty. */
export const nameSchema = plainText(200)
  .transform((name) => name.trim())
  .pipe(z.string().min(1, { error: 'required' }));
export const passwordSchema = textSchema.min(10, { error: 'passwordTooShort' }).max(1024, { error: 'tooLong' });
export const emailSchema = z
  .string()
  .trim()
  // An empty address is missing, not malformed.
  .min(1, { error: 'required', abort: true })
  .max(320, { error: 'tooLong' })
  .pipe(z.email({ error: 'invalidEmail' }));

export const createUserInputSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  password: passwordSchema.nullish(),
  roles: z.array(roleAssignmentSchema).max(100, { error: 'tooMany' }),
});

export const updateUserInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  name: nameSchema,
  isActive: z.boolean(),
  password: passwordSchema.nullish(),
  roles: z.array(roleAssignmentSchema).max(100, { error: 'tooMany' }),
});
