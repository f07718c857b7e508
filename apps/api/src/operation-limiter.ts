import { HeaderMap } from '@apollo/server';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { RequestContext } from './context';
import { clientGone, serverBusy } from './errors';

export interface OperationLimiterOptions {
  /** Operations computed at once by this process. */
  concurrency?: number;
  /** Operations waiting for their turn; one more is refused at once with SERVER_BUSY (503). */
  maxWaiting?: number;
}

type Turn = 'granted' | 'gone' | 'busy';

interface Waiter {
  signal: AbortSignal;
  settle: (turn: Turn) => void;
}

/**
 * A queue in front of GraphQL execution, as an Apollo Server plugin placed after the answer
 * cache (an answer from the cache, or one another request is computing, needs no turn). A few
 * operations run at once; the rest wait in arrival order, and one whose client goes away while
 * it waits leaves the queue without having run a statement. Without it every request that
 * arrives starts at once: under month-end load the database's own queue grows long, a client
 * gives up before its turn there, and its work, no longer stoppable, runs anyway.
 *
 * Eight at once: the embedded database runs one statement at a time whatever the number; a
 * PostgreSQL pool (ten connections by default) stays busy with eight operations that each wait
 * on it part of the time.
 */
export class OperationLimiter {
  private readonly concurrency: number;
  private readonly maxWaiting: number;
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor({ concurrency = 8, maxWaiting = 1_000 }: OperationLimiterOptions = {}) {
    this.concurrency = concurrency;
    this.maxWaiting = maxWaiting;
  }

  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: () => {
        let holdsTurn = false;
        return Promise.resolve({
          responseForOperation: async ({ contextValue }) => {
            const turn = await this.takeTurn(contextValue.signal);
            if (turn === 'granted') {
              holdsTurn = true;
              return null;
            }
            return answerWithError(turn === 'busy' ? serverBusy() : clientGone());
          },
          willSendResponse: () => {
            if (holdsTurn) {
              holdsTurn = false;
              this.passTurn();
            }
            return Promise.resolve();
          },
        });
      },
    };
  }

  /** Operations waiting for their turn now. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /**
   * Runs other expensive work (a document export, say) in the same queue: it waits for its
   * turn, and throws CLIENT_CLOSED_REQUEST if its client goes first, SERVER_BUSY if the queue is full.
   */
  async withTurn<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
    const turn = await this.takeTurn(signal);
    if (turn !== 'granted') throw turn === 'busy' ? serverBusy() : clientGone();
    try {
      return await work();
    } finally {
      this.passTurn();
    }
  }

  private takeTurn(signal: AbortSignal): Promise<Turn> {
    if (signal.aborted) return Promise.resolve('gone');
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve('granted');
    }
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve('busy');
    return new Promise((resolve) => {
      const waiter: Waiter = {
        signal,
        settle: (turn) => {
          signal.removeEventListener('abort', leave);
          resolve(turn);
        },
      };
      const leave = () => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        waiter.settle('gone');
      };
      signal.addEventListener('abort', leave, { once: true });
      this.waiting.push(waiter);
    });
  }

  /** Hands the finished operation's turn to the next waiter, or frees it. */
  private passTurn(): void {
    const next = this.waiting.shift();
    if (next) next.settle('granted');
    else this.running -= 1;
  }
}

/** A response a plugin gives instead of executing the operation: one error, with its HTTP status if it has one. */
export function answerWithError(error: GraphQLError): GraphQLResponse {
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  const headers = new HeaderMap();
  if (status === 503) headers.set('retry-after', '1');
  return {
    http: { status, headers },
    body: {
      kind: 'single',
      singleResult: { errors: [{ message: error.message, extensions: { code: error.extensions.code } }] },
    },
  };
}
