/**
 * `npm run bench`: the API against the floor at 64 connections on the generated company, the API's latency at
 * one connection, plus memory, bundle size and how latency grows from 10,000 to 1,000,000 referrals. Prints a table; writes
 * bench/results/<date>.json and the query plans next to it. Options (after `--`): --seed, --referrals,
 * --small-referrals (0 skips the growth comparison), --seconds per endpoint and target, --warmup seconds, --connections,
 * --out (results folder), --data-root (where the seeded clusters are kept).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { findFreePort } from '../api/src/database/embedded-postgres';
import { DEFAULT_DATA_ROOT, openBenchDatabase, seedCompany, startBuiltApi, WORKSPACE } from './bench-database';
import { numberOption, option } from './cli-options';
import { ENDPOINTS, loadFixtures } from './endpoints';
import { explainPlans } from './query-plans';
import { drive, type LoadResult, residentMb } from './load';
import { type BenchSession, signInThroughDevIdp } from './sessions';

const log = (line: string) => process.stdout.write(`${line}\n`);

interface EndpointFigures {
  name: string;
  kind: 'read' | 'write';
  api: LoadResult;
  floor: LoadResult | null;
  /** API req/s over floor req/s. */
  ratio: number | null;
  /** The API with one connection: the latency one person sees when the server is not saturated. */
  single: LoadResult | null;
  /** p50 at the big size over p50 at the small size. */
  growth: number | null;
  small: LoadResult | null;
}

async function startFloor(databaseUrl: string): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'floor-server.ts')], {
    cwd: WORKSPACE,
    env: { ...process.env, SWC_NODE_PROJECT: join(__dirname, 'tsconfig.json'), DATABASE_URL: databaseUrl, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('floor listening') && ready());
    child.once('exit', (code) => fail(new Error(`The floor server exited (${code})`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM')))),
  };
}

/**
 * Gzip size of the JS the browser loads before the first screen: the scripts and module preloads index.html
 * names, and every chunk they import statically (dynamic `import()` chunks are lazy routes, not counted).
 */
function initialBundleKb(): number | null {
  const dir = join(WORKSPACE, 'dist/web/browser');
  if (!existsSync(join(dir, 'index.html'))) return null;
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1]);
  const seen = new Set<string>();
  let bytes = 0;
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file));
    bytes += gzipSync(code, { level: 9 }).length;
    for (const match of code.toString('utf8').matchAll(/(?:^|[;}\s])import(?:[^"'()]*?from)?\s*["']\.\/([^"']+\.js)["']/g)) pending.push(match[1]);
  }
  return bytes / 1024;
}

interface SizeRun {
  results: Map<string, { api: LoadResult; floor: LoadResult | null; single: LoadResult | null }>;
  memoryMb: { peak: number; mean: number } | null;
  plans: string | null;
}

async function runSize(options: {
  seed: number;
  referrals: number;
  dataRoot: string;
  seconds: number;
  connections: number;
  withFloor: boolean;
  withPlans: boolean;
  /** Seconds of one-connection load per endpoint after the main run; 0 skips it. */
  singleSeconds: number;
  warmupSeconds: number;
}): Promise<SizeRun> {
  const database = await openBenchDatabase({ seed: options.seed, referrals: options.referrals, dataRoot: options.dataRoot, log });
  const results = new Map<string, { api: LoadResult; floor: LoadResult | null; single: LoadResult | null }>();
  const memory: number[] = [];
  try {
    // The API applies the migrations as it starts; an unseeded database is filled while it runs (it caches no
    // data), which saves a second start of the API.
    const api = await startBuiltApi(database.url);
    try {
      const seeded = await seedCompany(database.url, options.seed, options.referrals, log);
      if (seeded === 'reused') log(`Reusing the seeded data (seed ${options.seed}, ${options.referrals.toLocaleString('en')} referrals).`);
    } catch (error) {
      await api.stop();
      throw error;
    }
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const fixtures = await loadFixtures(client);
    await client.end();
    const floor = options.withFloor ? await startFloor(database.url) : null;
    try {
      const sessions = new Map<string, BenchSession>();
      for (const user of new Set(ENDPOINTS.flatMap((endpoint) => endpoint.users))) sessions.set(user, await signInThroughDevIdp(api.baseUrl, user));
      for (const endpoint of ENDPOINTS) {
        const counter = { next: 0 };
        // A short warm-up at low concurrency: JIT, plan caches and the pool's connections.
        if (options.warmupSeconds > 0) await drive({ baseUrl: api.baseUrl, endpoint, fixtures, sessions, connections: 4, seconds: options.warmupSeconds, counter });
        const sampler = setInterval(() => {
          const mb = residentMb(api.pid);
          if (mb !== null) memory.push(mb);
        }, 200);
        const apiResult = await drive({ baseUrl: api.baseUrl, endpoint, fixtures, sessions, connections: options.connections, seconds: options.seconds, counter });
        clearInterval(sampler);
        let floorResult: LoadResult | null = null;
        if (floor) {
          if (options.warmupSeconds > 0) await drive({ baseUrl: floor.baseUrl, endpoint, fixtures, sessions, connections: 4, seconds: options.warmupSeconds, counter });
          floorResult = await drive({ baseUrl: floor.baseUrl, endpoint, fixtures, sessions, connections: options.connections, seconds: options.seconds, counter });
        }
        const single =
          options.singleSeconds > 0
            ? await drive({ baseUrl: api.baseUrl, endpoint, fixtures, sessions, connections: 1, seconds: options.singleSeconds, counter })
            : null;
        results.set(endpoint.name, { api: apiResult, floor: floorResult, single });
        log(
          `  ${endpoint.name}: API ${apiResult.requestsPerSecond.toFixed(0)} req/s p99 ${apiResult.p99} ms` +
            (floorResult ? `, floor ${floorResult.requestsPerSecond.toFixed(0)} req/s p99 ${floorResult.p99} ms` : '') +
            (single ? `, 1 connection p95 ${single.p95} ms` : '') +
            (apiResult.non2xx + apiResult.errors > 0 ? ` (API non-2xx ${apiResult.non2xx}, errors ${apiResult.errors})` : '') +
            (floorResult && floorResult.non2xx + floorResult.errors > 0 ? ` (floor non-2xx ${floorResult.non2xx}, errors ${floorResult.errors})` : ''),
        );
      }
      const plans = options.withPlans ? await explainPlans(database.url, fixtures) : null;
      const peak = memory.length > 0 ? Math.max(...memory) : null;
      return {
        results,
        memoryMb: peak === null ? null : { peak, mean: memory.reduce((a, b) => a + b, 0) / memory.length },
        plans,
      };
    } finally {
      await floor?.stop();
      await api.stop();
    }
  } finally {
    await database.stop();
  }
}

const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const padLeft = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

function table(rows: EndpointFigures[]): string {
  const header = ['endpoint', 'API req/s', 'p50', 'p95', 'p99', 'floor req/s', 'p50', 'p95', 'p99', 'us/floor', '1M/10k p50', '1 conn p50', 'p95'];
  const widths = [28, 10, 6, 6, 6, 12, 6, 6, 6, 9, 11, 11, 6];
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? pad(cell, widths[i]) : padLeft(cell, widths[i]))).join(' ');
  const ms = (value: number | undefined) => (value === undefined ? '-' : String(value));
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((row) =>
      line([
        row.name,
        row.api.requestsPerSecond.toFixed(0),
        ms(row.api.p50),
        ms(row.api.p95),
        ms(row.api.p99),
        row.floor ? row.floor.requestsPerSecond.toFixed(0) : '-',
        ms(row.floor?.p50),
        ms(row.floor?.p95),
        ms(row.floor?.p99),
        row.ratio === null ? '-' : `${row.ratio.toFixed(2)}x`,
        row.growth === null ? '-' : `${row.growth.toFixed(2)}x`,
        ms(row.single?.p50),
        ms(row.single?.p95),
      ]),
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const seed = numberOption('seed', 42);
  const referrals = numberOption('referrals', 1_000_000);
  // DATABASE_URL is one database, which holds one size: the growth comparison needs the embedded clusters.
  const smallReferrals = process.env['DATABASE_URL'] ? 0 : numberOption('small-referrals', 10_000);
  const seconds = numberOption('seconds', 10);
  const connections = numberOption('connections', 64);
  const warmupSeconds = numberOption('warmup', 1);
  const dataRoot = option('data-root', DEFAULT_DATA_ROOT);
  const outDir = option('out', join(WORKSPACE, 'bench/results'));
  const started = Date.now();

  let small: SizeRun | null = null;
  if (smallReferrals > 0) {
    log(`== ${smallReferrals.toLocaleString('en')} referrals (API only, for the growth ratio)`);
    small = await runSize({ seed, referrals: smallReferrals, dataRoot, seconds: Math.max(0.25, seconds / 2), connections, withFloor: false, withPlans: false, singleSeconds: 0, warmupSeconds });
  }
  log(`== ${referrals.toLocaleString('en')} referrals: API and floor, ${connections} connections, ${seconds} s each`);
  const big = await runSize({ seed, referrals, dataRoot, seconds, connections, withFloor: true, withPlans: true, singleSeconds: Math.max(0.25, seconds / 2), warmupSeconds });

  const rows: EndpointFigures[] = ENDPOINTS.map((endpoint) => {
    const { api, floor, single } = big.results.get(endpoint.name) as { api: LoadResult; floor: LoadResult | null; single: LoadResult | null };
    const smallApi = small?.results.get(endpoint.name)?.api ?? null;
    return {
      name: endpoint.name,
      kind: endpoint.kind,
      api,
      floor,
      ratio: floor && floor.requestsPerSecond > 0 ? api.requestsPerSecond / floor.requestsPerSecond : null,
      single,
      growth: smallApi && smallApi.p50 > 0 ? api.p50 / smallApi.p50 : null,
      small: smallApi,
    };
  });
  const bundleKb = initialBundleKb();
  const printed = [
    '',
    table(rows),
    '',
    'programme dashboard aggregates: skipped (not built yet)',
    `API resident memory under load: peak ${big.memoryMb ? big.memoryMb.peak.toFixed(0) : '-'} MB, mean ${big.memoryMb ? big.memoryMb.mean.toFixed(0) : '-'} MB`,
    `initial web JS (gzip): ${bundleKb === null ? '- (no dist/web build)' : `${bundleKb.toFixed(1)} kB`}`,
    `latency 1M vs 10k referrals (p50, mean over endpoints): ${
      rows.some((row) => row.growth !== null)
        ? `${(rows.filter((row) => row.growth !== null).reduce((sum, row) => sum + (row.growth as number), 0) / rows.filter((row) => row.growth !== null).length).toFixed(2)}x`
        : '-'
    }`,
    `non-2xx responses (API): ${rows.reduce((sum, row) => sum + row.api.non2xx + row.api.errors, 0)}`,
    `total time: ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ].join('\n');
  log(printed);

  await mkdir(outDir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const resultsFile = join(outDir, `${date}.json`);
  await writeFile(
    resultsFile,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        seed,
        referrals,
        smallReferrals,
        connections,
        seconds,
        machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
        endpoints: rows,
        memoryMb: big.memoryMb,
        initialBundleKbGzip: bundleKb,
        table: printed,
      },
      null,
      2,
    ),
  );
  if (big.plans) await writeFile(join(outDir, `${date}-plans.txt`), big.plans);
  log(`Results: ${resultsFile}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
