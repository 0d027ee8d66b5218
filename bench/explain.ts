/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of every benchmarked query on a seeded cluster, without running the load:
 * `SWC_NODE_PROJECT=bench/tsconfig.json node -r @swc-node/register bench/explain.ts [--referrals 1000000]`.
 */
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../api/src/database/embedded-postgres';
import { DEFAULT_DATA_ROOT } from './bench-database';
import { numberOption } from './cli-options';
import { loadFixtures } from './endpoints';
import { explainPlans } from './query-plans';

async function main(): Promise<void> {
  const seed = numberOption('seed', 42);
  const referrals = numberOption('referrals', 1_000_000);
  const postgres = process.env['DATABASE_URL']
    ? null
    : await startEmbeddedPostgres({ dataDir: join(DEFAULT_DATA_ROOT, `seed-${seed}-referrals-${referrals}`), database: 'referrals', persistent: true });
  const url = process.env['DATABASE_URL'] ?? (postgres as { url: string }).url;
  try {
    const client = new Client({ connectionString: url });
    await client.connect();
    const fixtures = await loadFixtures(client);
    await client.end();
    process.stdout.write(await explainPlans(url, fixtures));
  } finally {
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
