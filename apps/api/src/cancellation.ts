import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextTurnOfTheEventLoop } from 'node:timers/promises';
import type { PrismaClient } from '@lagesbild/db';
import type { NextFunction, Request, Response } from 'express';
import { clientGone } from './errors';

/**
 * Work for a client that has gone is stopped. Under load a client gives up on a slow request
 * (a load generator's timeout, a manager who closes the tab) and often asks again at once; a
 * server that computes every abandoned answer to its end is busy with them long after the
 * load is over. Each HTTP request's handling runs with a signal that aborts when its
 * connection closes before the answer is sent; the database client refuses to send a further
 * statement for an aborted request, and the operation queue (operation-limiter.ts) drops a
 * request whose client has gone before its turn.
 */
const clientSignal = new AsyncLocalStorage<AbortSignal>();

const NEVER_ABORTED = new AbortController().signal;

/**
 * Express middleware: runs the rest of the request's handling with a signal that aborts when
 * the connection closes before the answer is complete. Placed after the body is read, since
 * the body parser's stream callbacks do not carry the caller's async context.
 */
export function cancelWhenClientGoes(_request: Request, response: Response, next: NextFunction): void {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  clientSignal.run(controller.signal, next);
}

/** The running request's signal; one that never aborts outside an HTTP request (tests, scripts). */
export function currentClientSignal(): AbortSignal {
  return clientSignal.getStore() ?? NEVER_ABORTED;
}

/**
 * Runs `work` without cancellation: a mutation's transaction, once begun, is carried to its
 * commit, so what a user saved does not depend on whether they waited for the answer.
 */
export function beyondCancellation<T>(work: () => T): T {
  return clientSignal.exit(work);
}

/**
 * The database client for requests: before each statement it lets the event loop take a turn
 * (so that a closed connection is noticed even when the embedded database, which runs on this
 * thread, never waits for I/O) and refuses the statement if the request's client has gone.
 */
export function withCancellation(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        const signal = clientSignal.getStore();
        if (signal) {
          await nextTurnOfTheEventLoop();
          if (signal.aborted) throw clientGone();
        }
        return (await query(args)) as unknown;
      },
    },
  }) as unknown as PrismaClient;
}
