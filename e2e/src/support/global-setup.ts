import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS_DIR, PORTAL_FILE, type PortalInfo } from './portal-env';
import { startPortal } from './portal-process';

const SERVER_LOG = join(ARTIFACTS_DIR, 'server.log');

/** Starts the built portal (API + web) on a free port with a fresh data directory and waits until healthy. */
export default async function globalSetup(): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  if (process.env['E2E_BASE_URL']) {
    process.stdout.write(`\nUsing the portal already running at ${process.env['E2E_BASE_URL']}\n`);
    return;
  }
  // An empty portal: journeys set up their own state.
  const running = await startPortal({ env: { DEMO_DATA: 'false', JOBS_POLL_SECONDS: '1' }, logFile: SERVER_LOG });
  globalThis.__REFERRAL_PORTAL__ = running;

  const { baseUrl, dataDir, child } = running;
  const info: PortalInfo = { baseUrl, dataDir, pid: child.pid ?? null };
  writeFileSync(PORTAL_FILE, JSON.stringify(info, null, 2));
  process.env['E2E_BASE_URL'] = baseUrl;
  process.stdout.write(`\nPortal up at ${baseUrl} (data in ${dataDir}, log in ${SERVER_LOG})\n`);
}
