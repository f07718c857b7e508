/**
 * The API's expected failures, in one place for every module: each is a GraphQL error with
 * a stable `extensions.code` (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, BAD_USER_INPUT)
 * that the web app reacts to (CLIENT_CLOSED_REQUEST and SERVER_BUSY are for load: nobody reads the
 * first, the second asks the client to try again). Unexpected failures are thrown as they are and logged.
 */
export { forbidden, notFound, notSignedIn } from './access-errors';
export { clientGone, serverBusy } from './client-gone';
export { conflict, insertUnlessTaken, isRecordNotFound, isUniqueViolation } from './conflict';
export { fieldError, fieldErrors, parseInput, requireId } from './input-error';
export type { FieldError } from './input-error';
