import { HeaderMap } from '@apollo/server';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { FormattedExecutionResult, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { isoToday } from '@lagesbild/types';
import type { RequestContext } from './context';
import { clientGone } from './errors';
import { readDataVersion } from './modules/audit';
import { answerWithError } from './operation-limiter';

/**
 * Root fields whose answer depends only on their arguments, the data and what the asking user
 * may read (their roles), never on who they are: the dashboards everyone opens at month-end.
 * An operation is cached only when every root field it selects is one of these or personal;
 * the user's own imports, the administrators' lists and everything else are answered afresh.
 */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'assignments',
  'economy',
  'forecastAccuracy',
  'goals',
  'indicator',
  'indicatorsByCode',
  'latestReportMonth',
  'orgUnit',
  'orgUnits',
  'overview',
  'perspectives',
  'portfolios',
  'project',
  'risks',
]);

/**
 * Root fields about the asking user themself (the pages ask `viewer` beside the dashboard, for
 * what the user may do there; every page's navigation asks the count of `myToDo`): an operation
 * that selects one is cached for that user alone.
 */
export const PERSONAL_ROOT_FIELDS: ReadonlySet<string> = new Set(['myToDo', 'viewer']);

/**
 * An answer's data as the JSON it was first sent as. Serving a cached answer is then a copy of
 * its text: serializing the city's overview (some 220 KB) again for every request took almost a
 * quarter of the one thread under load (docs/performance.md). `stringifyResult` writes it.
 */
export class SerializedAnswer {
  constructor(readonly json: string) {}
}

/** A computation stopped because its client went away: a waiter computes the answer instead. */
const ABANDONED = Symbol('abandoned');
/** The waiting request's own client went away. */
const CLIENT_GONE = Symbol('client gone');

/** How a computation ended: its answer, null when it failed, or ABANDONED. */
type Outcome = SerializedAnswer | null | typeof ABANDONED;

interface CachedAnswer {
  dataVersion: string;
  data: SerializedAnswer;
}

export interface AnswerCacheOptions {
  /** Answers kept, least recently used dropped first. */
  maxEntries?: number;
  /** Characters of JSON kept in all. */
  maxSize?: number;
  /**
   * Today's date (Sweden's, which the services judge by); part of the key because some answers
   * (what is overdue) follow the calendar.
   */
  today?: () => string;
}

/**
 * A cache of GraphQL answers for the dashboards, as an Apollo Server plugin. An answer is
 * keyed by the operation and its variables, by what the user may read (their role
 * assignments, not their identity, so fifty managers of one committee share one answer), by
 * the date, and by the data version (see data-version.ts), which every audited write advances
 * in its transaction. Each request reads the version first, so a committed write is seen at
 * once, in every server process, and nothing computed before it is served again.
 *
 * Identical requests that arrive while their answer is being computed wait for it instead of
 * computing it again: at month-end fifty managers open the same overview at the same moment.
 */
export class AnswerCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  private readonly inFlight = new Map<string, Promise<Outcome>>();
  private readonly today: () => string;

  constructor({ maxEntries = 2_000, maxSize = 200_000_000, today }: AnswerCacheOptions = {}) {
    this.answers = new LRUCache({ max: maxEntries, maxSize, sizeCalculation: (entry) => entry.data.json.length });
    this.today = today ?? (() => isoToday());
  }

  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: () => {
        // Set when this request computes an answer others may wait for.
        let computing: { key: string; settle: (outcome: Outcome) => void } | null = null;
        const settle = (outcome: Outcome) => {
          if (!computing) return;
          this.inFlight.delete(computing.key);
          computing.settle(outcome);
          computing = null;
        };
        return Promise.resolve({
          responseForOperation: async (requestContext) => {
            const key = this.keyOf(requestContext);
            if (!key) return null;
            const { prisma, signal } = requestContext.contextValue;
            const dataVersion = requestContext.contextValue.dataVersion ?? (await readDataVersion(prisma));
            const cached = this.answers.get(key);
            if (cached?.dataVersion === dataVersion) return answerWith(cached.data);
            const versionedKey = `${dataVersion}\u0000${key}`;
            // Whoever computes the same answer is waited for. If their client goes away, their
            // work stops and the first waiter still connected computes it for the rest.
            for (let pending = this.inFlight.get(versionedKey); pending; pending = this.inFlight.get(versionedKey)) {
              const outcome = await untilAborted(pending, signal);
              if (outcome === CLIENT_GONE) return answerWithError(clientGone());
              if (outcome === ABANDONED) continue;
              if (outcome) return answerWith(outcome);
              // The computation failed: compute this one on its own (its errors are its own).
              return null;
            }
            let resolve!: (outcome: Outcome) => void;
            this.inFlight.set(
              versionedKey,
              new Promise((done) => {
                resolve = done;
              }),
            );
            computing = {
              key: versionedKey,
              settle: (outcome) => {
                if (outcome && outcome !== ABANDONED) this.answers.set(key, { dataVersion, data: outcome });
                resolve(outcome);
              },
            };
            return null;
          },
          willSendResponse: ({ response, contextValue }) => {
            if (computing) {
              const body = response.body;
              const complete = body.kind === 'single' && !body.singleResult.errors?.length && body.singleResult.data;
              if (complete) settle(new SerializedAnswer(JSON.stringify(body.singleResult.data)));
              else settle(contextValue.signal.aborted ? ABANDONED : null);
            }
            return Promise.resolve();
          },
        });
      },
    };
  }

  /** Null when the request is not one to cache: a mutation, another root field, or nobody signed in. */
  private keyOf({ operation, request, contextValue }: GraphQLRequestContext<RequestContext>): string | null {
    const { viewer } = contextValue;
    if (!operation || operation.operation !== OperationTypeNode.QUERY || !viewer) return null;
    const rootFields = rootFieldsOf(operation);
    if (!rootFields?.every((field) => CACHEABLE_ROOT_FIELDS.has(field) || PERSONAL_ROOT_FIELDS.has(field))) {
      return null;
    }
    const asker = rootFields.some((field) => PERSONAL_ROOT_FIELDS.has(field))
      ? `user ${viewer.id}`
      : viewer.roles
          .map(({ role, orgUnitId }) => `${role}@${orgUnitId}`)
          .sort()
          .join(',');
    return JSON.stringify([this.today(), asker, request.query, request.operationName ?? null, request.variables ?? {}]);
  }
}

/** The root fields an operation selects, `__typename` aside; null when it selects through a fragment. */
function rootFieldsOf(operation: OperationDefinitionNode): string[] | null {
  const fields: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    if (selection.name.value !== '__typename') fields.push(selection.name.value);
  }
  return fields;
}

/** The outcome, or CLIENT_GONE as soon as the signal aborts. */
function untilAborted(pending: Promise<Outcome>, signal: AbortSignal): Promise<Outcome | typeof CLIENT_GONE> {
  if (signal.aborted) return Promise.resolve(CLIENT_GONE);
  let onAbort!: () => void;
  const aborted = new Promise<typeof CLIENT_GONE>((resolve) => {
    onAbort = () => resolve(CLIENT_GONE);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([pending, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

function answerWith(data: SerializedAnswer): GraphQLResponse {
  return {
    http: { status: undefined, headers: new HeaderMap() },
    // Read by stringifyResult below, the last to see the response.
    body: { kind: 'single', singleResult: { data: data as unknown as Record<string, unknown> } },
  };
}

/**
 * Apollo's `stringifyResult`: a result as JSON, as Apollo writes it, with a cached answer's
 * data written as the text it was kept as.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const { data, ...rest } = result;
  if (data instanceof SerializedAnswer && Object.values(rest).every((value) => value === undefined)) {
    return `{"data":${data.json}}\n`;
  }
  return `${JSON.stringify(result)}\n`;
}

/** The data of a result as a caller of executeOperation (the tests) reads it, a cached answer's parsed. */
export function readableData(data: unknown): unknown {
  return data instanceof SerializedAnswer ? JSON.parse(data.json) : data;
}
