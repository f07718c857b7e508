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

/** Prisma's "unique constraint failed": someone inserted the same key meanwhile. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'P2002';
}

/**
 * Inserts a record that did not exist when the form was read. When someone else inserts
 * the same key at the same moment, the unique key refuses the second: a conflict, as for a
 * changed version. The refused insert has ended the transaction's use on PostgreSQL, so
 * what they saved is not read here; the form's next save answers with it.
 */
export async function insertUnlessTaken<Row>(insert: () => Promise<Row>): Promise<Row> {
  try {
    return await insert();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(null);
    throw error;
  }
}
