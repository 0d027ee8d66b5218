import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { findFreePort, startEmbeddedPostgres } from '../api/src/database/embedded-postgres';
import { Company, type TableRows } from './company-data';

export const WORKSPACE = resolve(__dirname, '..');
export const BUILT_API = join(WORKSPACE, 'dist/api/main.js');

export type Log = (line: string) => void;

export interface BenchDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * The database of one data size: `DATABASE_URL` when set (then one size only), else an embedded cluster under
 * `.data/bench/seed-<seed>-<referrals>/`, kept between runs so the second `npm run bench` skips the seeding.
 */
export async function openBenchDatabase(options: { seed: number; referrals: number; dataRoot: string; log: Log }): Promise<BenchDatabase> {
  const given = process.env['DATABASE_URL'];
  if (given) return { url: given, stop: async () => undefined };
  const dataDir = join(options.dataRoot, `seed-${options.seed}-referrals-${options.referrals}`);
  options.log(`Starting embedded PostgreSQL in ${dataDir}/pg …`);
  const postgres = await startEmbeddedPostgres({ dataDir, database: 'referrals', persistent: true });
  return { url: postgres.url, stop: () => postgres.stop() };
}

/**
 * The Node flags `npm start` gives the built API (its heap limit), read from package.json's start script so
 * the benchmark measures the server exactly as a newcomer runs it.
 */
export function apiNodeFlags(): string[] {
  const packageJson = JSON.parse(readFileSync(join(WORKSPACE, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const match = /\bnode((?:\s+--\S+)*)\s+dist\/api\/main\.js\b/.exec(packageJson.scripts['start'] ?? '');
  if (!match) throw new Error('package.json "start" no longer runs `node [flags] dist/api/main.js`');
  return match[1].split(/\s+/).filter(Boolean);
}

export interface RunningApi {
  baseUrl: string;
  pid: number;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

/** The built server exactly as `npm start` runs it, on the given database, without demo data or job workers. */
export async function startBuiltApi(databaseUrl: string, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<RunningApi> {
  if (!existsSync(BUILT_API)) throw new Error('dist/api/main.js is missing: run `npm run build` first (npm run bench does).');
  const port = await findFreePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'referrals-bench-api-'));
  let output = '';
  const child = spawn(process.execPath, [...apiNodeFlags(), ...nodeArgs, BUILT_API], {
    cwd: WORKSPACE,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      DEMO_DATA: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      // The benchmark signs in a handful of sessions; the limit is for people, not for the load generator.
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((done) => {
      const finish = () => void rm(dataDir, { recursive: true, force: true }).then(() => done());
      if (child.exitCode !== null) return finish();
      child.once('exit', finish);
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited early:\n${output}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { baseUrl, pid: child.pid as number, process: child, output: () => output, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The API was not healthy within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function copyTable(client: Client, table: TableRows, log: Log): Promise<void> {
  const started = Date.now();
  let written = 0;
  let nextReport = Math.max(100_000, Math.ceil(table.estimate / 5));
  // Lines are batched into chunks: one stream write per line would cost more than generating it.
  async function* chunks() {
    let batch: string[] = [];
    for (const line of table.rows()) {
      batch.push(line);
      if (batch.length === 2_000) {
        written += batch.length;
        yield batch.join('');
        batch = [];
        if (written >= nextReport) {
          log(`  ${table.table}: ${written.toLocaleString('en')} / ~${table.estimate.toLocaleString('en')} rows (${((Date.now() - started) / 1000).toFixed(0)} s)`);
          nextReport += Math.max(100_000, Math.ceil(table.estimate / 5));
        }
      }
    }
    written += batch.length;
    if (batch.length > 0) yield batch.join('');
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${table.table} (${table.columns.join(', ')}) FROM STDIN`)));
  log(`  ${table.table}: ${written.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Fills the migrated schema with the generated company by COPY, unless it already holds this very seed and
 * size. The load runs with `session_replication_role = replica`, which skips the foreign-key triggers (the
 * generator keeps the references right by construction) but not CHECK or unique constraints.
 */
export async function seedCompany(databaseUrl: string, seed: number, referrals: number, log: Log): Promise<'seeded' | 'reused'> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
    await client.query(`CREATE TABLE IF NOT EXISTS bench.seeded (seed int NOT NULL, referrals int NOT NULL, finished_at timestamptz NOT NULL)`);
    const done = await client.query(`SELECT seed, referrals FROM bench.seeded`);
    if (done.rows.length > 0) {
      const row = done.rows[0] as { seed: number; referrals: number };
      if (row.seed === seed && row.referrals === referrals) return 'reused';
      throw new Error(`This database holds benchmark data of seed ${row.seed} with ${row.referrals} referrals; use an empty database.`);
    }
    const users = await client.query(`SELECT count(*)::int AS n FROM users`);
    if ((users.rows[0] as { n: number }).n > 0) throw new Error('The database already has users; the benchmark seeds an empty database only.');

    const company = new Company(seed, referrals);
    log(`Seeding seed ${seed}: ${company.size.employees.toLocaleString('en')} employees, ${company.size.vacancies.toLocaleString('en')} vacancies, ${referrals.toLocaleString('en')} referrals`);
    const started = Date.now();
    await client.query(`SET session_replication_role = replica`);
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query('BEGIN');
    // Plain (non-unique) indexes are built once after the load, which is far cheaper than keeping them up to
    // date row by row; unique ones and primary keys stay, so the load is still checked against them.
    const plainIndexes = await client.query(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relnamespace = 'public'::regnamespace AND NOT x.indisunique AND NOT x.indisprimary`,
    );
    for (const index of plainIndexes.rows as { name: string }[]) await client.query(`DROP INDEX "${index.name}"`);
    for (const table of company.tables()) await copyTable(client, table, log);
    log(`  recreating ${plainIndexes.rows.length} indexes …`);
    for (const index of plainIndexes.rows as { definition: string }[]) await client.query(index.definition);
    await client.query(`INSERT INTO bench.seeded (seed, referrals, finished_at) VALUES ($1, $2, now())`, [seed, referrals]);
    await client.query('COMMIT');
    log(`  VACUUM ANALYZE …`);
    await client.query(`VACUUM ANALYZE`);
    log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return 'seeded';
  } finally {
    await client.end();
  }
}

/** Migrations are the app's own: the built API applies them at start, so the data lands in the real schema. */
export async function migrate(databaseUrl: string, log: Log): Promise<void> {
  log('Applying the migrations (starting the built API once) …');
  const api = await startBuiltApi(databaseUrl);
  await api.stop();
}

/** Opens (or creates) the database of one size and makes sure it holds the generated company. */
export async function preparedDatabase(options: { seed: number; referrals: number; dataRoot: string; log: Log }): Promise<BenchDatabase> {
  const database = await openBenchDatabase(options);
  try {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const seeded = await client
      .query(`SELECT seed, referrals FROM bench.seeded`)
      .then((r) => r.rows[0] as { seed: number; referrals: number } | undefined, () => undefined);
    await client.end();
    if (!seeded) await migrate(database.url, options.log);
    const result = await seedCompany(database.url, options.seed, options.referrals, options.log);
    if (result === 'reused') options.log(`Reusing the seeded data (seed ${options.seed}, ${options.referrals.toLocaleString('en')} referrals).`);
    return database;
  } catch (error) {
    await database.stop();
    throw error;
  }
}

export const DEFAULT_DATA_ROOT = join(WORKSPACE, '.data/bench');
export const SCRATCH_ROOT = () => mkdtemp(join(tmpdir(), 'referrals-bench-data-'));
