import { rmSync } from 'node:fs';
import { PORTAL_FILE } from './portal-env';
import { stopPortal } from './portal-process';

/** Stops the portal the global setup started and removes its data. */
export default async function globalTeardown(): Promise<void> {
  const running = globalThis.__REFERRAL_PORTAL__;
  if (!running) return;
  await stopPortal(running);
  rmSync(PORTAL_FILE, { force: true });
  globalThis.__REFERRAL_PORTAL__ = undefined;
}
