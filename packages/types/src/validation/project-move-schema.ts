import { z } from 'zod';
import { expectedVersionSchema, idSchema, pastIsoDateSchema, plainText } from './common-schemas';

/**
 * A project's move to another portfolio on a date, with its reason. Whether the portfolio is
 * another one than the project's, and one the user may move it to, only the server can tell.
 */
export const projectMoveInputSchema = z.object({
  projectId: idSchema,
  expectedVersion: expectedVersionSchema,
  toPortfolioId: idSchema,
  movedOn: pastIsoDateSchema,
  reason: plainText(4000)
    .transform((text) => text.trim())
    .pipe(z.string().min(1, { error: 'required' })),
});

export type ParsedProjectMoveInput = z.output<typeof projectMoveInputSchema>;
