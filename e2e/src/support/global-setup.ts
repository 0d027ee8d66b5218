import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS_DIR, PORTAL_FILE, WORKSPACE_ROOT, type PortalInfo } from './portal-env';
import './portal-process';

const STARTUP_TIMEOUT_MS = 120_000;
const SERVER_LOG = join(ARTIFACTS_DIR, 'server.log');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Starts the built portal (API + web) on a free port with a fresh data directory and waits until healthy. */
export default async function globalSetup(): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  if (process.env['E2E_BASE_URL']) {
    process.stdout.write(`\nUsing the portal already running at ${process.env['E2E_BASE_URL']}\n`);
    return;
  }
  const mainJs = join(WORKSPACE_ROOT, 'dist/api/main.js');
  const webIndex = join(WORKSPACE_ROOT, 'dist/web/browser/index.html');
  for (const built of [mainJs, webIndex]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`nx build api\` and \`nx build web\` first`);
  }

  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'referrals-e2e-'));
  const child = spawn(process.execPath, [mainJs], {
    cwd: WORKSPACE_ROOT,
    // An empty portal: journeys set up their own state.
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'test', PUBLIC_URL: baseUrl, DEMO_DATA: 'false', JOBS_POLL_SECONDS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  globalThis.__REFERRAL_PORTAL__ = { child, dataDir };

  const log = createWriteStream(SERVER_LOG);
  let output = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exit: string | null = null;
  child.once('exit', (code, signal) => (exit = `exited with ${signal ?? `code ${code}`}`));

  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!(await healthy(baseUrl))) {
    if (exit || Date.now() > deadline) {
      if (!exit) child.kill('SIGKILL');
      throw new Error(
        `The portal did not become healthy at ${baseUrl}/api/health (${exit ?? `timed out after ${STARTUP_TIMEOUT_MS / 1000} s`}). Server output:\n${output}`,
      );
    }
    await sleep(500);
  }

  const info: PortalInfo = { baseUrl, dataDir, pid: child.pid ?? null };
  writeFileSync(PORTAL_FILE, JSON.stringify(info, null, 2));
  process.env['E2E_BASE_URL'] = baseUrl;
  process.stdout.write(`\nPortal up at ${baseUrl} (data in ${dataDir}, log in ${SERVER_LOG})\n`);
}
