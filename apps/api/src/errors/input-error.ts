import { MAX_ID } from '@lagesbild/types';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';

/** One invalid field: its path in the input (`upTo.month`) and a message key the UI translates. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Validates an argument with its schema. Invalid input is answered with one GraphQL error,
 * code BAD_USER_INPUT, listing every invalid field in `extensions.fieldErrors`.
 */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  argumentName: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fieldErrors: FieldError[] = result.error.issues.map((issue) => ({
    field: [argumentName, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  throw new GraphQLError(
    `Invalid ${argumentName}: ${fieldErrors.map((error) => `${error.field} ${error.message}`).join('; ')}`,
    {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors },
    },
  );
}

/** One invalid field found after the input's shape was checked (a taken email, an unknown unit). */
export function fieldError(field: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid input: ${field} ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] },
  });
}

/** Several invalid fields found after the input's shape was checked, reported together. */
export function fieldErrors(errors: FieldError[]): GraphQLError {
  return new GraphQLError(`Invalid input: ${errors.map((error) => `${error.field} ${error.message}`).join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors: errors },
  });
}

/** An id argument the access rules need before the resolver runs: a malformed one is a field error. */
export function requireId(value: unknown, field: string): number {
  const id = typeof value === 'string' || typeof value === 'number' ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) throw fieldError(field, 'invalidId');
  return id;
}
