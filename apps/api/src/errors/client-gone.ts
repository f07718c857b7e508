import { GraphQLError } from 'graphql';

/**
 * The client closed the connection before its answer was ready: the work stops here. Nobody
 * reads this answer; the code (nginx's 499 by name) keeps it out of the log of unexpected failures.
 */
export function clientGone(): GraphQLError {
  return new GraphQLError('The client closed the request.', { extensions: { code: 'CLIENT_CLOSED_REQUEST' } });
}

/** Too many operations wait for their turn already: the client should try again shortly. */
export function serverBusy(): GraphQLError {
  return new GraphQLError('The server is busy; try again in a moment.', {
    extensions: { code: 'SERVER_BUSY', http: { status: 503 } },
  });
}
