import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

const workspaceRoot = resolve(__dirname, '../../..');
const auditScript = join(workspaceRoot, 'tools/audit-production-dependencies.mjs');

interface Advisory {
  id: number;
  url: string;
  title: string;
  severity: 'low' | 'moderate' | 'high' | 'critical';
  vulnerable_versions: string;
}

const advisory = (id: number, severity: Advisory['severity']): Advisory => ({
  id,
  url: `https://github.com/advisories/GHSA-test-${id}-xxxx`,
  title: `Test advisory ${id}`,
  severity,
  vulnerable_versions: '<99999.0.0',
});

/**
 * A stand-in for the registry's bulk advisory endpoint, answering with the advisories of the test for the
 * packages npm asks about; npm sends only the packages it audits.
 */
class FakeAdvisoryRegistry {
  advisories: Record<string, Advisory[]> = {};
  refuse = false;
  askedAbout: string[] = [];
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/-/npm/v1/security/advisories/bulk')) {
        response.writeHead(404).end('{}');
        return;
      }
      if (this.refuse) {
        response.writeHead(405, { Allow: 'GET,HEAD' }).end();
        return;
      }
      const body = Buffer.concat(chunks);
      const asked = JSON.parse((request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8'));
      this.askedAbout = Object.keys(asked);
      const answer = Object.fromEntries(Object.entries(this.advisories).filter(([name]) => name in asked));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  stop(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

function runAudit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [auditScript], { cwd: workspaceRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => done({ code, output }));
  });
}

describe('the production dependency audit (npm run audit:prod)', () => {
  const registry = new FakeAdvisoryRegistry();
  let env: Record<string, string>;
  let policyDir: string;

  beforeAll(async () => {
    policyDir = await mkdtemp(join(tmpdir(), 'audit-policy-'));
    env = { npm_config_registry: await registry.start(), AUDIT_REQUIRED: 'false' };
  });
  afterAll(() => registry.stop());

  async function allowing(entries: { id: string; package: string; reason: string }[], readme: string): Promise<Record<string, string>> {
    const name = entries.map((entry) => entry.id).join('_');
    const allowlist = join(policyDir, `allowlist-${name}.json`);
    const readmeFile = join(policyDir, `README-${name}.md`);
    await writeFile(allowlist, JSON.stringify({ advisories: entries }));
    await writeFile(readmeFile, readme);
    return { AUDIT_ALLOWLIST: allowlist, AUDIT_README: readmeFile };
  }

  it('fails on a high or critical advisory in a production dependency that is not allowed, naming it', async () => {
    registry.refuse = false;
    registry.advisories = {
      'cookie-parser': [advisory(9001, 'high'), advisory(9004, 'critical')],
      'express-session': [advisory(9003, 'moderate')],
      jest: [advisory(9002, 'critical')],
    };
    const policy = await allowing([{ id: 'GHSA-test-9001-xxxx', package: 'cookie-parser', reason: 'No fixed version yet.' }], 'GHSA-test-9001-xxxx: why.\n');
    const { code, output } = await runAudit({ ...env, ...policy });
    expect(code).toBe(1);
    expect(output).toContain('1 high or critical advisory(ies) in production dependencies');
    // Allowing is per advisory: another one in the same package still fails.
    expect(output).toContain('critical GHSA-test-9004-xxxx cookie-parser');
    expect(output).toContain('allowed high GHSA-test-9001-xxxx in cookie-parser');
    expect(output).not.toContain('GHSA-test-9003');
    // npm audits the production tree only (--omit=dev): it never asks about jest.
    expect(output).not.toContain('GHSA-test-9002');
    expect(registry.askedAbout).toContain('cookie-parser');
    expect(registry.askedAbout).not.toContain('jest');
  });

  it('passes with the high advisory allowed and explained in the README, while moderate ones never fail', async () => {
    registry.refuse = false;
    registry.advisories = { 'cookie-parser': [advisory(9001, 'high')], 'express-session': [advisory(9003, 'moderate')] };
    const reason = 'Only signs cookies we set ourselves; no fixed version yet.';
    const policy = await allowing([{ id: 'GHSA-test-9001-xxxx', package: 'cookie-parser', reason }], '## Security\nGHSA-test-9001-xxxx: why.\n');
    const { code, output } = await runAudit({ ...env, ...policy });
    expect(output).toContain(`allowed high GHSA-test-9001-xxxx in cookie-parser: ${reason}`);
    expect(output).toContain('production dependencies pass (0 critical, 1 high, 1 moderate');
    expect(code).toBe(0);
  });

  it('refuses an allowed advisory the README does not explain', async () => {
    const policy = await allowing([{ id: 'GHSA-test-9005-xxxx', package: 'cookie-parser', reason: 'Some reason.' }], '## Security\nNothing here.\n');
    const { code, output } = await runAudit({ ...env, ...policy });
    expect(code).toBe(1);
    expect(output).toContain('GHSA-test-9005-xxxx is allowed but README.md does not explain it');
  });

  it('says clearly when the audit endpoint cannot be reached, and fails then only when the audit is required', async () => {
    registry.refuse = true;
    const lenient = await runAudit(env);
    expect(lenient.code).toBe(0);
    expect(lenient.output).toMatch(/WARNING: the registry's audit endpoint could not be reached \(405/);
    expect(lenient.output).toContain('the production dependencies were NOT checked');
    const required = await runAudit({ ...env, AUDIT_REQUIRED: 'true' });
    expect(required.code).toBe(1);
    expect(required.output).toMatch(/ERROR: the registry's audit endpoint could not be reached/);
  });
});
