import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PORTAL_FILE } from './portal-env';
import './portal-process';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the portal gracefully (it shuts its embedded PostgreSQL down on SIGTERM) and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__REFERRAL_PORTAL__;
  if (!running) return;
  const { child, dataDir } = running;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const inTime = await Promise.race([exited.then(() => true), sleep(30_000).then(() => false)]);
    if (!inTime) {
      process.stderr.write('The portal did not stop within 30 s of SIGTERM; killing it\n');
      child.kill('SIGKILL');
      await exited;
    }
  }
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
  rmSync(PORTAL_FILE, { force: true });
  globalThis.__REFERRAL_PORTAL__ = undefined;
}
