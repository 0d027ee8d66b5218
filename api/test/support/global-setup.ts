import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/** One throw-away PostgreSQL for the whole run; each test file makes its own database in it. */
export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) return;
  const dataDir = await mkdtemp(join(tmpdir(), 'referrals-it-'));
  const postgres = await startEmbeddedPostgres({ dataDir, database: 'postgres', persistent: false });
  process.env['TEST_DATABASE_URL'] = postgres.url;
  (globalThis as { __embeddedPostgres?: typeof postgres }).__embeddedPostgres = postgres;
}
