/**
 * Prints every SQL statement the API runs for one request of each benchmarked endpoint, as PostgreSQL logs
 * it (`log_statement = 'all'`). This is how bench/floor-queries.ts was written: run
 * `SWC_NODE_PROJECT=bench/tsconfig.json node -r @swc-node/register bench/capture-sql.ts` on a seeded 10k
 * cluster and copy the statements (and their order) into the floor. Re-run it after changing a query.
 */
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../api/src/database/embedded-postgres';
import { DEFAULT_DATA_ROOT, startBuiltApi } from './bench-database';
import { numberOption } from './cli-options';
import { ENDPOINTS, loadFixtures } from './endpoints';
import { signInThroughDevIdp } from './sessions';

async function main(): Promise<void> {
  const seed = numberOption('seed', 42);
  const referrals = numberOption('referrals', 10_000);
  const log: string[] = [];
  const postgres = await startEmbeddedPostgres({
    dataDir: join(DEFAULT_DATA_ROOT, `seed-${seed}-referrals-${referrals}`),
    database: 'referrals',
    persistent: true,
    onLog: (line) => log.push(line),
  });
  const admin = new Client({ connectionString: postgres.url });
  await admin.connect();
  const api = await startBuiltApi(postgres.url);
  try {
    const fixtures = await loadFixtures(admin);
    const sessions = new Map<string, Awaited<ReturnType<typeof signInThroughDevIdp>>>();
    for (const endpoint of ENDPOINTS) {
      if (!sessions.has(endpoint.user)) sessions.set(endpoint.user, await signInThroughDevIdp(api.baseUrl, endpoint.user));
    }
    await admin.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await admin.query(`SELECT pg_reload_conf()`);
    await new Promise((r) => setTimeout(r, 500));
    for (const endpoint of ENDPOINTS) {
      const session = sessions.get(endpoint.user) as Awaited<ReturnType<typeof signInThroughDevIdp>>;
      const request = endpoint.request(fixtures, 0);
      log.push(`\n===== ${endpoint.name}: ${request.method} ${request.path}\n`);
      const response = await fetch(new URL(request.path, api.baseUrl), {
        method: request.method,
        headers: { cookie: session.cookie, 'x-xsrf-token': session.csrfToken, 'content-type': 'application/json' },
        body: request.body,
      });
      log.push(`===== status ${response.status}\n`);
      await response.arrayBuffer();
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    await admin.query(`ALTER SYSTEM RESET log_statement`);
    await admin.query(`SELECT pg_reload_conf()`);
    await admin.end();
    await api.stop();
    await postgres.stop();
  }
  process.stdout.write(log.join(''));
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
