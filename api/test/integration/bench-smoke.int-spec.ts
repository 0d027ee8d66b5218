import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const workspaceRoot = resolve(__dirname, '../../..');
const ENDPOINT_NAMES = [
  'vacancy search',
  'my referrals',
  'board (2,000 applications)',
  'candidate list, filtered',
  'HR bonus queue',
  'referral submission',
  'stage move',
];

function runBench(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    let output = '';
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'bench/run.ts', ...args], {
      cwd: workspaceRoot,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/root', SWC_NODE_PROJECT: 'bench/tsconfig.json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => done({ code, output }));
  });
}

/**
 * `npm run bench` in miniature, so the benchmark cannot rot: tiny generated data, half a second of load per
 * endpoint. It asserts that the bench ran end to end against the built API and the floor, printed every row
 * and wrote its results; never how fast anything was (speed is read from the full run's output only).
 */
describe('the benchmark (smoke run on tiny data)', () => {
  let workDir: string;

  beforeAll(async () => {
    if (!existsSync(join(workspaceRoot, 'dist/api/main.js'))) throw new Error('dist/api/main.js is missing: the test-integration target builds it first');
    workDir = await mkdtemp(join(tmpdir(), 'referrals-bench-smoke-'));
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('seeds both sizes, loads every endpoint on the API and the floor, prints the table and writes the results', async () => {
    const out = join(workDir, 'results');
    const { code, output } = await runBench([
      '--referrals', '3000', '--small-referrals', '1000', '--seconds', '0.5', '--warmup', '0', '--connections', '4',
      '--data-root', join(workDir, 'data'), '--out', out,
    ]);
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('us/floor') });
    expect(output).toContain('1 conn p50');
    for (const name of ENDPOINT_NAMES) expect(output).toMatch(new RegExp(`^${name.replace(/[()]/g, '\\$&')}\\s+\\d+`, 'm'));
    expect(output).toContain('API resident memory under load: peak');
    expect(output).toMatch(/initial web JS \(gzip\): [\d.]+ kB/);
    expect(output).toMatch(/latency 1M vs 10k referrals .*: [\d.]+x/);

    const files = await readdir(out);
    const resultsFile = files.find((file) => /^\d{4}-\d{2}-\d{2}\.json$/.test(file));
    expect(files).toContain(resultsFile?.replace('.json', '-plans.txt'));
    const results = JSON.parse(await readFile(join(out, resultsFile as string), 'utf8'));
    expect(results.endpoints.map((row: { name: string }) => row.name)).toEqual(ENDPOINT_NAMES);
    for (const row of results.endpoints) {
      // Every endpoint answered on both servers, and the writes were accepted, not refused.
      const failures = (result: { non2xx: number; errors: number }) => result.non2xx + result.errors;
      expect({
        name: row.name,
        api: row.api.requests > 0,
        floor: row.floor.requests > 0,
        oneConnection: row.single.requests > 0,
        apiFailures: failures(row.api) + failures(row.single),
      }).toEqual({ name: row.name, api: true, floor: true, oneConnection: true, apiFailures: 0 });
    }
    const plans = await readFile(join(out, (resultsFile as string).replace('.json', '-plans.txt')), 'utf8');
    expect(plans).toContain('Buffers');
  }, 180_000);
});
