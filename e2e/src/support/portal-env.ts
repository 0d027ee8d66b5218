import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const WORKSPACE_ROOT = join(__dirname, '../../..');
export const ARTIFACTS_DIR = join(WORKSPACE_ROOT, 'e2e/artifacts');
/** Written by the global setup; lets a spec find the portal even when jest runs it in a fresh worker. */
export const PORTAL_FILE = join(ARTIFACTS_DIR, 'portal.json');

export interface PortalInfo {
  baseUrl: string;
  dataDir: string | null;
  pid: number | null;
}

/** The running portal's address: `E2E_BASE_URL` when given, else what the global setup wrote down. */
export function portal(): PortalInfo {
  const fromEnv = process.env['E2E_BASE_URL'];
  if (fromEnv) return { baseUrl: fromEnv.replace(/\/+$/, ''), dataDir: null, pid: null };
  if (!existsSync(PORTAL_FILE)) throw new Error(`No portal running: ${PORTAL_FILE} is missing (global setup not run?)`);
  return JSON.parse(readFileSync(PORTAL_FILE, 'utf8')) as PortalInfo;
}
