import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { answers200, stopChild, untilReady } from './child-process';
import { WORKSPACE_ROOT } from './portal-env';
import { freePort } from './portal-process';

/** Where Debian's `simplesamlphp` package (1.19) puts its web root; `.ci/run` installs it. */
const SIMPLESAMLPHP_WWW = process.env['SIMPLESAMLPHP_WWW'] ?? '/usr/share/simplesamlphp/www';
const PHP = process.env['PHP_PATH'] ?? '/usr/bin/php';
/** config.php, authsources.php and metadata/ for this suite, kept in the repository. */
const CONFIG_DIR = join(WORKSPACE_ROOT, 'e2e/simplesamlphp');
const STARTUP_TIMEOUT_MS = 20_000;

/** The people of e2e/simplesamlphp/authsources.php, with what the IdP says about them. */
export const IDP_PEOPLE = {
  hanna: {
    username: 'hanna.hr',
    password: 'hr-secret-1',
    email: 'hanna.hoekstra@idp.example',
    displayName: 'Hanna Hoekstra',
    department: 'People & Culture',
    employeeId: 'SSP-1001',
  },
  erik: {
    username: 'erik.employee',
    password: 'employee-secret-2',
    email: 'erik.evers@idp.example',
    displayName: 'Erik Evers',
    department: 'Logistics',
    employeeId: 'SSP-1002',
  },
} as const;

export interface RunningSimpleSamlPhp {
  baseUrl: string;
  /** Also the IdP's entity id. */
  metadataUrl: string;
  child: ChildProcess;
  workDir: string;
}

/**
 * Serves SimpleSAMLphp with PHP's built-in server on a free loopback port, configured from e2e/simplesamlphp/
 * for the portal at `portalUrl`. A fresh work directory holds a signing key pair made for this run, the
 * PHP sessions and temp files; the server's output, SimpleSAMLphp's log included, goes to `logFile`.
 */
export async function startSimpleSamlPhp(options: { portalUrl: string; logFile: string }): Promise<RunningSimpleSamlPhp> {
  for (const needed of [PHP, SIMPLESAMLPHP_WWW]) {
    if (!existsSync(needed)) {
      throw new Error(`${needed} is missing: install Debian's simplesamlphp, php-cli, php-xml (\`.ci/run\` does)`);
    }
  }
  const workDir = await mkdtemp(join(tmpdir(), 'referrals-simplesamlphp-'));
  for (const dir of ['cert', 'log', 'data', 'tmp', 'sessions']) await mkdir(join(workDir, dir));
  const pems = await generate([{ name: 'commonName', value: 'SimpleSAMLphp e2e IdP' }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 2 * 24 * 3600_000),
    algorithm: 'sha256',
  });
  await writeFile(join(workDir, 'cert/idp.key'), pems.private, { mode: 0o600 });
  await writeFile(join(workDir, 'cert/idp.crt'), pems.cert);

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // No router script needed: the built-in server hands `/module.php/core/…` to module.php as PATH_INFO.
  const child = spawn(PHP, ['-S', `127.0.0.1:${port}`, '-t', SIMPLESAMLPHP_WWW], {
    env: {
      ...process.env,
      SIMPLESAMLPHP_CONFIG_DIR: CONFIG_DIR,
      E2E_SSP_BASE_URL: `${baseUrl}/`,
      E2E_SSP_WORK_DIR: workDir,
      E2E_SSP_SECRET_SALT: randomBytes(24).toString('hex'),
      E2E_PORTAL_URL: options.portalUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const running: RunningSimpleSamlPhp = { baseUrl, metadataUrl: `${baseUrl}/saml2/idp/metadata.php`, child, workDir };

  await untilReady(child, {
    logFile: options.logFile,
    ready: () => answers200(running.metadataUrl, 2_000),
    stop: () => stopSimpleSamlPhp(running),
    timeoutMs: STARTUP_TIMEOUT_MS,
    pollMs: 200,
    what: `SimpleSAMLphp did not serve ${running.metadataUrl}`,
  });
  return running;
}

export async function stopSimpleSamlPhp({ child, workDir }: RunningSimpleSamlPhp): Promise<void> {
  await stopChild(child, 5_000);
  rmSync(workDir, { recursive: true, force: true });
}
