import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort } from '../../src/database/embedded-postgres';

const workspaceRoot = resolve(__dirname, '../../..');
export const BUILT_SERVER = join(workspaceRoot, 'dist/api/main.js');

/** The built portal (`dist/api/main.js`) running as its own process, as `npm start` runs it. */
export interface BuiltServer {
  baseUrl: string;
  port: number;
  process: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
}

export function assertServerBuilt(): void {
  if (!existsSync(BUILT_SERVER)) throw new Error('dist/api/main.js is missing: the test-integration target builds it first');
}

/** Starts the built server with `env` (on `port` if given) and waits until /api/health answers 200. */
export async function startBuiltServer(env: Record<string, string>, port?: number): Promise<BuiltServer> {
  const listenPort = port ?? (await findFreePort());
  let output = '';
  const child = spawn(process.execPath, [BUILT_SERVER], {
    cwd: workspaceRoot,
    env: { PATH: process.env['PATH'] ?? '', PORT: String(listenPort), LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://localhost:${listenPort}`;
  // The first start of an embedded cluster (initdb, migrations, demo data) takes its time on a busy machine.
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The server exited early:\n${output}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return { baseUrl, port: listenPort, process: child, output: () => output };
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`No healthy server within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Stops the server with `signal` and resolves with its exit code once the process is gone. */
export function stopBuiltServer(server: BuiltServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((done) => {
    if (server.process.exitCode !== null || server.process.signalCode !== null) return done(server.process.exitCode);
    server.process.once('exit', (code) => done(code));
    server.process.kill(signal);
  });
}
