import { GraphQLError } from 'graphql';

/**
 * Someone else saved the record since it was read: the save is refused, and the error
 * carries the record as it now is, so the form can show it and let the user re-apply.
 */
export function conflict(current: unknown): GraphQLError {
  return new GraphQLError('Someone else has changed this since you opened it.', {
    extensions: { code: 'CONFLICT', current },
  });
}

/** Prisma's "no record matched" (an update whose version check failed). */
export function isRecordNotFound(error: unknown): boolean {
  return (error as { code?: string }).code === 'P2025';
}
