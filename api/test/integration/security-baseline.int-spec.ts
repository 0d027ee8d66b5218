import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { demoUser, postAssertion, signIn, startLogin, TestIdentityProvider } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

/** The web app as `npm start` serves it; the test-integration target builds it first. */
const builtWeb = resolve(__dirname, '../../../dist/web/browser');

function contentSecurityPolicy(header: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('security baseline', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { WEB_DIST_DIR: builtWeb } });
  });
  afterAll(() => testApp.close());

  const http = () => request(testApp.app.getHttpServer());

  it('answers 401 problem+json without a session', async () => {
    const response = await http().get('/api/me').expect(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 401, code: 'unauthenticated', title: expect.any(String) });
  });

  it('gives an employee 403 on admin-only endpoints', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'emma');
    for (const path of ['/api/settings', '/api/audit', '/api/role-mappings']) {
      const response = await agent.get(path).expect(403);
      expect(response.body.code).toBe('forbidden');
    }
    await agent.patch('/api/settings').set('X-XSRF-TOKEN', csrfToken).send({ staleAfterDays: 3 }).expect(403);
  });

  it('refuses a state-changing request without the CSRF token, and with a wrong one', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'noah');
    const missing = await agent.patch('/api/settings').send({ staleAfterDays: 3 }).expect(403);
    expect(missing.body.code).toBe('csrf_invalid');
    await agent.patch('/api/settings').set('X-XSRF-TOKEN', `${csrfToken}x`).send({ staleAfterDays: 3 }).expect(403);
    await agent.post('/api/auth/logout').expect(403);
    const [row] = await testApp.dataSource.query(`SELECT count(*) FROM settings`);
    expect(Number(row.count)).toBe(0);
    await agent.patch('/api/settings').set('X-XSRF-TOKEN', csrfToken).send({ staleAfterDays: 3 }).expect(200);
  });

  it('refuses a request body with an unknown field', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'emma');
    const response = await agent.patch('/api/me').set('X-XSRF-TOKEN', csrfToken).send({ locale: 'nl', isAdmin: true }).expect(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toContainEqual({ field: 'isAdmin', message: expect.stringContaining('should not exist') });
    expect((await agent.get('/api/me')).body.locale).toBeNull();
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'emma');
    const response = await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', csrfToken)
      .set('Content-Type', 'application/json')
      .send('{"locale":')
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js/);
    // Too large is 413, also while the web app is served beside the API (its static handler used to make both 404s).
    const tooLarge = await agent
      .patch('/api/me')
      .set('X-XSRF-TOKEN', csrfToken)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ locale: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect(tooLarge.body.code).toBe('payload_too_large');
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await http().get('/api/no-such-thing').expect(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status: 404, code: 'not_found', instance: '/api/no-such-thing' });
  });

  it('remembers the language choice', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'daan');
    await agent.patch('/api/me').set('X-XSRF-TOKEN', csrfToken).send({ locale: 'nl' }).expect(200);
    expect((await agent.get('/api/me').expect(200)).body.locale).toBe('nl');
  });

  it('ends the sessions of a deactivated person at once', async () => {
    const { agent } = await signIn(testApp, 'lucas');
    const me = await agent.get('/api/me').expect(200);
    await testApp.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [me.body.id]);
    await agent.get('/api/me').expect(401);
    await testApp.dataSource.query(`UPDATE users SET active = true WHERE id = $1`, [me.body.id]);
    await agent.get('/api/me').expect(401);
  });

  it('sends the session cookie HttpOnly and SameSite=Lax, and the CSRF cookie readable by the web app', async () => {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    const idp = await TestIdentityProvider.forApp(testApp);
    const response = await postAssertion(agent, await idp.responseFor(demoUser('daan'), requestId)).expect(303);
    const cookies = response.headers['set-cookie'] as unknown as string[];
    const session = cookies.find((c) => c.startsWith('referrals.sid='));
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(session).toMatch(/;\s*SameSite=Lax/i);
    // Plain http here: a Secure cookie would never come back.
    expect(session).not.toMatch(/;\s*Secure/i);
    const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
    expect(csrf).toMatch(/;\s*SameSite=Lax/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
    expect(csrf).not.toMatch(/;\s*Secure/i);
  });

  it('sets security headers and a request id', async () => {
    const response = await http().get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['x-powered-by']).toBeUndefined();
    // Plain http: no HSTS.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('serves the built web app under a CSP without inline or eval script, and the page needs neither', async () => {
    if (!existsSync(join(builtWeb, 'index.html'))) throw new Error(`${builtWeb} is missing: build the web app first`);
    for (const path of ['/', '/vacancies/some-deep-link']) {
      const page = await http().get(path).expect(200);
      expect(page.text).toContain('<app-root');
      const policy = contentSecurityPolicy(page.headers['content-security-policy']);
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['script-src-attr']).toEqual(["'none'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      // Such a page would break under that policy: an inline <script>, or an inline handler like the
      // onload="this.media='all'" that Angular's critical-CSS inlining puts on stylesheet links.
      expect(page.text).toMatch(/<script [^>]*src="main-[\w-]+\.js"/);
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(page.text).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
    }
  });

  it('reports the database in the health check', async () => {
    const response = await http().get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('serves the OpenAPI UI and a document generated from the code', async () => {
    const ui = await http().get('/api/docs').expect(200);
    expect(ui.headers['content-type']).toContain('text/html');
    expect(ui.text).toContain('swagger-ui');
    const document = await http().get('/api/docs-json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/me', '/api/settings', '/api/audit', '/api/auth/logout']),
    );
    expect(document.body.components.schemas.UpdateMeDto).toBeDefined();
  });
});

describe('rate limit on the auth endpoints', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(() => testApp.close());

  it('answers 429 problem+json past the limit, while other endpoints stay open', async () => {
    const http = () => request(testApp.app.getHttpServer());
    for (let attempt = 0; attempt < 3; attempt++) await http().get('/api/auth/saml/login').expect(302);
    const limited = await http().get('/api/auth/saml/login').expect(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.body.code).toBe('rate_limited');
    await http().get('/api/health').expect(200);
  });
});

describe('session cookie behind a TLS-terminating proxy', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ env: { TRUST_PROXY: 'true', PUBLIC_URL: 'https://portal.test' } });
  });
  afterAll(() => testApp.close());

  async function signInOver(protocol: 'https' | 'http') {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    const idp = await TestIdentityProvider.forApp(testApp);
    const response = await postAssertion(agent, await idp.responseFor(demoUser('emma'), requestId))
      .set('X-Forwarded-Proto', protocol)
      .expect(303);
    const cookies = response.headers['set-cookie'] as unknown as string[];
    return {
      response,
      session: cookies.find((c) => c.startsWith('referrals.sid=')),
      csrf: cookies.find((c) => c.startsWith('XSRF-TOKEN=')),
    };
  }

  it('marks both cookies Secure and sends HSTS when the proxy says the request came over https', async () => {
    const { response, session, csrf } = await signInOver('https');
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    expect(csrf).toMatch(/;\s*Secure/i);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    const health = await request(testApp.app.getHttpServer()).get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    expect(health.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  });

  it('sends neither Secure cookies nor HSTS for a request that came over plain http', async () => {
    const { response, session, csrf } = await signInOver('http');
    expect(session).not.toMatch(/;\s*Secure/i);
    expect(csrf).not.toMatch(/;\s*Secure/i);
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });
});
