import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answers200, sleep, stopChild, untilReady } from './child-process';
import { WORKSPACE_ROOT } from './portal-env';

export interface RunningPortal {
  child: ChildProcess;
  dataDir: string;
  baseUrl: string;
}

declare global {
  // Handed from the global setup to the global teardown, which jest runs in the same process.
  var __REFERRAL_PORTAL__: RunningPortal | undefined;
}

const STARTUP_TIMEOUT_MS = 120_000;


export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts the built portal (`dist/api/main.js`, serving `dist/web/browser`) on a free port (or `port`) with a
 * fresh data directory, its output written to `logFile`, and waits until `/api/health` answers. `env` comes
 * on top of this process's environment and `NODE_ENV=test`.
 */
export async function startPortal(options: { env: Record<string, string>; logFile: string; port?: number }): Promise<RunningPortal> {
  const mainJs = join(WORKSPACE_ROOT, 'dist/api/main.js');
  const webIndex = join(WORKSPACE_ROOT, 'dist/web/browser/index.html');
  for (const built of [mainJs, webIndex]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`nx build api\` and \`nx build web\` first`);
  }

  const port = options.port ?? (await freePort());
  const baseUrl = `http://localhost:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'referrals-e2e-'));
  const child = spawn(process.execPath, [mainJs], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, NODE_ENV: 'test', ...options.env, PORT: String(port), DATA_DIR: dataDir, PUBLIC_URL: baseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const running: RunningPortal = { child, dataDir, baseUrl };

  await untilReady(child, {
    logFile: options.logFile,
    ready: () => answers200(`${baseUrl}/api/health`, 5_000),
    stop: () => stopPortal(running),
    timeoutMs: STARTUP_TIMEOUT_MS,
    pollMs: 500,
    what: `The portal did not become healthy at ${baseUrl}/api/health`,
  });
  return running;
}

/** Stops the portal gracefully (it shuts its embedded PostgreSQL down on SIGTERM) and removes its data. */
export async function stopPortal({ child, dataDir }: RunningPortal): Promise<void> {
  if (!(await stopChild(child, 30_000))) process.stderr.write('The portal did not stop within 30 s of SIGTERM; it was killed\n');
  // Should the server have died without stopping PostgreSQL, do not leave the database running.
  const postmasterPid = join(dataDir, 'pg', 'postmaster.pid');
  if (existsSync(postmasterPid)) {
    const pid = Number(readFileSync(postmasterPid, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
      process.kill(pid, 'SIGTERM');
      for (let i = 0; i < 50 && alive(pid); i++) await sleep(200);
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}
