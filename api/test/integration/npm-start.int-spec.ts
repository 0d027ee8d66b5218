import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { findFreePort } from '../../src/database/embedded-postgres';
import { assertServerBuilt, BUILT_SERVER, startBuiltServer, stopBuiltServer } from '../support/built-server';
import { signIn } from '../support/saml-client';
import { createTestDatabase } from '../support/test-app';

const workspaceRoot = resolve(__dirname, '../../..');

/** Runs the built portal exactly as `npm start` does after building, with its own port and data folder. */
const startServer = (env: Record<string, string>) => startBuiltServer({ JOBS_ENABLED: 'false', ...env });

describe('the built portal (npm start)', () => {
  beforeAll(assertServerBuilt);

  it('starts on embedded PostgreSQL, serves the web app, stops cleanly and keeps its data for the next start', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'referrals-start-'));
    const first = await startServer({ DATA_DIR: dataDir });
    let sessionCookie: string;
    try {
      const health = await request(first.baseUrl).get('/api/health').expect(200);
      expect(health.body.info.database.status).toBe('up');
      const page = await request(first.baseUrl).get('/').expect(200);
      expect(page.text).toContain('<app-root');
      expect((await request(first.baseUrl).get('/some/deep/link').expect(200)).text).toContain('<app-root');

      const { agent } = await signIn(first.baseUrl, 'emma');
      const me = await agent.get('/api/me').expect(200);
      expect(me.body.email).toBe('emma.devries@demo.example');
      // With the development IdP an empty database gets the demo company, so a newcomer sees a living portal.
      const vacancies = await agent.get('/api/vacancies').expect(200);
      expect(vacancies.body.items.length).toBeGreaterThan(0);
      const referrals = await agent.get('/api/referrals/mine').expect(200);
      expect(referrals.body.items.length).toBeGreaterThan(0);
      sessionCookie = (agent as unknown as { jar: { getCookie(n: string, o: unknown): { toValueString(): string } } }).jar
        .getCookie('referrals.sid', { domain: 'localhost', path: '/', secure: false, script: false })
        .toValueString();
    } finally {
      expect(await stopBuiltServer(first, 'SIGINT')).toBe(0);
    }
    // The embedded PostgreSQL was stopped too: it removes its pid file on a clean shutdown.
    expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

    const second = await startServer({ DATA_DIR: dataDir });
    try {
      // Same person, same session: the user, the session and the session secret all survived the restart.
      const me = await request(second.baseUrl).get('/api/me').set('Cookie', sessionCookie).expect(200);
      expect(me.body.email).toBe('emma.devries@demo.example');
    } finally {
      expect(await stopBuiltServer(second)).toBe(0);
    }
  }, 240_000);

  it('uses DATABASE_URL when given and starts no embedded server', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'referrals-start-'));
    const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: await createTestDatabase() });
    try {
      await request(server.baseUrl).get('/api/health').expect(200);
      expect(existsSync(join(dataDir, 'pg'))).toBe(false);
    } finally {
      await stopBuiltServer(server);
    }
  }, 120_000);

  it('refuses to start in production without a configured IdP', async () => {
    const port = await findFreePort();
    const child = spawn(process.execPath, [BUILT_SERVER], {
      cwd: workspaceRoot,
      env: { PATH: process.env['PATH'] ?? '', PORT: String(port), NODE_ENV: 'production', DATABASE_URL: 'postgres://unused/none' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr?.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(output).toMatch(/development IdP never runs in production/);
  }, 60_000);
});
