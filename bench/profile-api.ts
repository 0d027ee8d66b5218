/**
 * Where the API spends its CPU on one endpoint: runs the built API with --cpu-prof on a seeded cluster, drives
 * the endpoint for a few seconds and prints the functions with the most self time.
 * `SWC_NODE_PROJECT=bench/tsconfig.json node -r @swc-node/register bench/profile-api.ts --endpoint "vacancy search"`
 */
import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DEFAULT_DATA_ROOT, preparedDatabase, startBuiltApi } from './bench-database';
import { numberOption, option } from './cli-options';
import { ENDPOINTS, loadFixtures } from './endpoints';
import { drive } from './load';
import { type BenchSession, signInThroughDevIdp } from './sessions';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }

async function main(): Promise<void> {
  const endpoint = ENDPOINTS.find((candidate) => candidate.name === option('endpoint', 'vacancy search'));
  if (!endpoint) throw new Error('unknown --endpoint');
  const database = await preparedDatabase({ seed: numberOption('seed', 42), referrals: numberOption('referrals', 10_000), dataRoot: DEFAULT_DATA_ROOT, log: () => undefined });
  const profileDir = await mkdtemp(join(tmpdir(), 'referrals-profile-'));
  try {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const fixtures = await loadFixtures(client);
    await client.end();
    const api = await startBuiltApi(database.url, {}, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    const sessions = new Map<string, BenchSession>();
    for (const user of endpoint.users) sessions.set(user, await signInThroughDevIdp(api.baseUrl, user));
    const result = await drive({ baseUrl: api.baseUrl, endpoint, fixtures, sessions, connections: 16, seconds: numberOption('seconds', 5), counter: { next: 0 } });
    process.stdout.write(`${result.requestsPerSecond.toFixed(0)} req/s at 16 connections\n`);
    await api.stop();
    const [file] = await readdir(profileDir);
    const profile = JSON.parse(await readFile(join(profileDir, file), 'utf8')) as { nodes: ProfileNode[] };
    const total = profile.nodes.reduce((sum, node) => sum + node.hitCount, 0);
    const byFunction = new Map<string, number>();
    const byPackage = new Map<string, number>();
    for (const node of profile.nodes) {
      const where = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/dist\//, 'dist/');
      const key = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + node.hitCount);
      const pkg = /^(@[^/]+\/[^/]+|[^/]+)/.exec(where)?.[1] ?? '(native)';
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + node.hitCount);
    }
    const top = (map: Map<string, number>, n: number) =>
      [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([key, hits]) => `${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`).join('\n');
    process.stdout.write(`-- self time by package\n${top(byPackage, 20)}\n-- by function\n${top(byFunction, 30)}\n`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
