import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import type { Endpoint, Fixtures } from './endpoints';
import type { BenchSession } from './sessions';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Drives one endpoint at `connections` for `seconds` with autocannon. Latencies are collected per response
 * (autocannon's summary has no p95). Request n gets fresh data from the endpoint (a new candidate, the next
 * application to move) and the session of user n mod users. `counter` is shared between API and floor runs.
 */
export async function drive(options: {
  baseUrl: string;
  endpoint: Endpoint;
  fixtures: Fixtures;
  sessions: Map<string, BenchSession>;
  connections: number;
  seconds: number;
  counter: { next: number };
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const sessions = options.endpoint.users.map((user) => options.sessions.get(user) as BenchSession);
  const first = options.endpoint.request(options.fixtures, 0);
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((finish = resolve), (fail = reject)));
  const instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: first.method,
        path: first.path,
        setupRequest: (request: autocannon.Request) => {
          const n = options.counter.next++;
          const built = options.endpoint.request(options.fixtures, n);
          const session = sessions[n % sessions.length];
          return {
            ...request,
            method: built.method,
            path: built.path,
            body: built.body,
            headers: {
              cookie: session.cookie,
              'x-xsrf-token': session.csrfToken,
              accept: 'application/json',
              'accept-encoding': 'gzip, deflate, br',
              ...(built.body ? { 'content-type': 'application/json' } : {}),
            },
          };
        },
      },
    ],
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await finished;
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / options.seconds,
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    p99: ms(percentile(latencies, 99)),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Resident memory of a process in MB, from /proc (Linux). */
export function residentMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}
