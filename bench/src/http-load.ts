import autocannon from 'autocannon';
import type { BenchOperation } from './operations';

export interface LatencyFigures {
  medianMs: number;
  p95Ms: number;
  samples: number;
}

export interface ThroughputFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP97_5Ms: number;
  failures: LoadFailures;
}

/**
 * The requests under load that did not succeed, by kind, so that a figure can be explained:
 * a timeout is the server too slow for the load generator, an error a broken connection, an
 * answer other than 2xx the server refusing (its status codes and how many of each).
 */
export interface LoadFailures {
  /** Broken connections, timeouts not included (autocannon's own `errors` counts them too). */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

export const failedRequests = ({ errors, timeouts, non2xx }: LoadFailures): number => errors + timeouts + non2xx;

/** "0 failed", or "4 failed: 3 timeouts, 1 × 503". */
export function describeFailures(failures: LoadFailures): string {
  const total = failedRequests(failures);
  if (total === 0) return '0 failed';
  const kinds = [
    failures.timeouts > 0 ? `${failures.timeouts} ${failures.timeouts === 1 ? 'timeout' : 'timeouts'}` : null,
    failures.errors > 0
      ? `${failures.errors} ${failures.errors === 1 ? 'connection error' : 'connection errors'}`
      : null,
    ...Object.entries(failures.statusCodes).map(([code, count]) => `${count} × ${code}`),
  ].filter((kind) => kind !== null);
  return `${total} failed: ${kinds.join(', ')}`;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Median and 95th percentile of `samples` timed calls after `warmUp` untimed ones, one at a time. */
export async function measureLatency(
  call: () => Promise<unknown>,
  { samples, warmUp }: { samples: number; warmUp: number },
): Promise<LatencyFigures> {
  for (let index = 0; index < warmUp; index++) await call();
  const times: number[] = [];
  for (let index = 0; index < samples; index++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), samples };
}

export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`Signing in as ${email} answered ${response.status}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('Signing in set no cookie');
  return cookie;
}

export function graphqlHeaders(cookie: string): Record<string, string> {
  return { 'content-type': 'application/json', cookie };
}

/** One request; fails on an HTTP error or a GraphQL error, so no figure is taken of a failure. */
export async function postOperation(
  baseUrl: string,
  cookie: string,
  operation: BenchOperation,
  body = operation.body,
): Promise<void> {
  const response = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: graphqlHeaders(cookie), body });
  const answer = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || answer.errors) {
    throw new Error(`${operation.name} failed (${response.status}): ${JSON.stringify(answer).slice(0, 500)}`);
  }
}

/** Requests per second with `connections` concurrent keep-alive connections for `seconds`. */
export async function measureThroughput(
  baseUrl: string,
  cookie: string,
  operation: BenchOperation,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<ThroughputFigures> {
  const result = await autocannon({
    url: `${baseUrl}/graphql`,
    method: 'POST',
    headers: graphqlHeaders(cookie),
    body: operation.body,
    connections,
    duration: seconds,
  });
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP97_5Ms: result.latency.p97_5,
    failures: {
      errors: result.errors - result.timeouts,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: Object.fromEntries(
        Object.entries(result.statusCodeStats ?? {})
          .filter(([code]) => !code.startsWith('2'))
          .map(([code, stats]) => [code, stats.count ?? 0]),
      ),
    },
  };
}

/**
 * Waits until the server answers /health quickly again. A load generator stops after its
 * time, but the requests it left queued go on being served (nothing cancels them), and
 * figures taken meanwhile would measure that backlog.
 */
export async function waitUntilDrained(baseUrl: string, { limitMs = 180_000 } = {}): Promise<number> {
  const started = performance.now();
  let quickAnswers = 0;
  while (quickAnswers < 3 && performance.now() - started < limitMs) {
    const asked = performance.now();
    const ok = await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    quickAnswers = ok && performance.now() - asked < 100 ? quickAnswers + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.now() - started;
}
