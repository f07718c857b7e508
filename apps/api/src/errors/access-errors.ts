import { GraphQLError } from 'graphql';

/** No session: the client should send the user to sign in. */
export function notSignedIn(): GraphQLError {
  return new GraphQLError('Sign in first.', { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Signed in, and the record is readable, but this user may not do this to it. */
export function forbidden(): GraphQLError {
  return new GraphQLError('You may not do this.', { extensions: { code: 'FORBIDDEN' } });
}

/** The record does not exist, or lies outside what the user may read (the two are not told apart). */
export function notFound(): GraphQLError {
  return new GraphQLError('There is no such record.', { extensions: { code: 'NOT_FOUND' } });
}
