import request from 'supertest';
import { type Agent, demoUser, postAssertion, signIn, startLogin, TestIdentityProvider } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

const MINUTE = 60_000;

function sessionCookieOf(setCookie: string[] | string | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const cookie = cookies.find((c) => c.startsWith('referrals.sid='));
  if (!cookie) throw new Error('No session cookie in the response');
  return cookie.split(';')[0];
}

/** The session id as the store keys it: the cookie holds `s:<id>.<signature>`, URL-encoded. */
function storedSessionId(cookie: string): string {
  return /^s:([^.]+)\./.exec(decodeURIComponent(cookie.slice('referrals.sid='.length)))?.[1] ?? '';
}

function sessionCookieInJar(agent: Agent): string {
  const jar = (agent as unknown as { jar: { getCookie(n: string, o: unknown): { toValueString(): string } | undefined } }).jar;
  const cookie = jar.getCookie('referrals.sid', { domain: '127.0.0.1', path: '/', secure: false, script: false });
  if (!cookie) throw new Error('The agent holds no session cookie');
  return cookie.toValueString();
}

describe('sessions', () => {
  let testApp: TestApp;
  let start: number;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  beforeEach(() => {
    start = Date.now();
    testApp.sessionClock.set(new Date(start));
  });
  afterEach(() => testApp.sessionClock.reset());

  const http = () => request(testApp.app.getHttpServer());
  const minutesLater = (minutes: number) => testApp.sessionClock.set(new Date(start + minutes * MINUTE));

  async function sessionRows(cookie: string): Promise<number> {
    const [row] = await testApp.dataSource.query(`SELECT count(*) FROM user_sessions WHERE sid = $1`, [storedSessionId(cookie)]);
    return Number(row.count);
  }

  async function expiryReasons(userId: string): Promise<string[]> {
    const rows: { after: { reason: string } }[] = await testApp.dataSource.query(
      `SELECT after FROM audit_log WHERE action = 'auth.session_expired' AND entity_id = $1 ORDER BY id`,
      [userId],
    );
    return rows.map((row) => row.after.reason);
  }

  describe('at sign-in', () => {
    it('starts no session before the IdP has answered', async () => {
      const response = await http().get('/api/auth/saml/login').expect(302);
      expect(response.headers['set-cookie']).toBeUndefined();
    });

    it('gives a new session id, and the id planted in the browser before sign-in authenticates nobody', async () => {
      // The attacker's own, valid session id, planted in the victim's browser before she signs in.
      const attacker = await signIn(testApp, 'emma');
      const planted = sessionCookieInJar(attacker.agent);
      await http().get('/api/me').set('Cookie', planted).expect(200);

      const victim = request.agent(testApp.app.getHttpServer());
      const { requestId } = await startLogin(victim);
      const idp = await TestIdentityProvider.forApp(testApp);
      const acs = await postAssertion(http() as unknown as Agent, await idp.responseFor(demoUser('daan'), requestId))
        .set('Cookie', planted)
        .expect(303);
      const issued = sessionCookieOf(acs.headers['set-cookie']);

      expect(storedSessionId(issued)).not.toBe(storedSessionId(planted));
      expect((await http().get('/api/me').set('Cookie', issued).expect(200)).body.email).toBe(demoUser('daan').email);
      const withPlanted = await http().get('/api/me').set('Cookie', planted).expect(401);
      expect(withPlanted.body.code).toBe('unauthenticated');
      expect(await sessionRows(planted)).toBe(0);
    });
  });

  describe('idle limit (default 60 minutes)', () => {
    it('ends a session left unused past the limit: 401 problem+json, its row gone, the end audited', async () => {
      const { agent } = await signIn(testApp, 'emma');
      const cookie = sessionCookieInJar(agent);
      const me = await agent.get('/api/me').expect(200);
      expect(await sessionRows(cookie)).toBe(1);

      minutesLater(60);
      await agent.get('/api/me').expect(200);
      minutesLater(121);
      const ended = await agent.get('/api/me').expect(401);

      expect(ended.headers['content-type']).toContain('application/problem+json');
      expect(ended.body).toMatchObject({ status: 401, code: 'unauthenticated' });
      expect(await sessionRows(cookie)).toBe(0);
      expect(await expiryReasons(me.body.id)).toEqual(['idle']);
      // Back at a moment inside the limit, the ended session stays ended.
      minutesLater(1);
      await http().get('/api/me').set('Cookie', cookie).expect(401);
    });

    it('keeps a session in use alive well past the idle limit', async () => {
      const { agent } = await signIn(testApp, 'daan');
      for (const minutes of [50, 100, 150, 200]) {
        minutesLater(minutes);
        await agent.get('/api/me').expect(200);
      }
    });

    it('does not count the web polling on its own as activity', async () => {
      const { agent } = await signIn(testApp, 'sophie');
      minutesLater(50);
      await agent.get('/api/notifications/unread-count').expect(200);
      minutesLater(61);
      await agent.get('/api/notifications/unread-count').expect(401);
    });
  });

  describe('absolute limit (default 12 hours)', () => {
    it('ends a busy session 12 hours after sign-in', async () => {
      const { agent } = await signIn(testApp, 'lucas');
      const me = await agent.get('/api/me').expect(200);
      for (let minutes = 50; minutes <= 12 * 60; minutes += 50) {
        minutesLater(minutes);
        await agent.get('/api/me').expect(200);
      }
      minutesLater(12 * 60 + 1);
      await agent.get('/api/me').expect(401);
      expect(await expiryReasons(me.body.id)).toEqual(['absolute']);
    });
  });

  describe('limits changed in the settings', () => {
    it('apply at once to sessions already open', async () => {
      const idle = await signIn(testApp, 'anna');
      const busy = await signIn(testApp, 'emma');
      const admin = await signIn(testApp, 'noah');
      await admin.agent
        .patch('/api/settings')
        .set('X-XSRF-TOKEN', admin.csrfToken)
        .send({ sessionIdleTimeoutMinutes: 10, sessionAbsoluteTimeoutHours: 1 })
        .expect(200);

      minutesLater(9);
      await idle.agent.get('/api/me').expect(200);
      minutesLater(20);
      await idle.agent.get('/api/me').expect(401);

      for (const minutes of [9, 18, 27, 36, 45, 54]) {
        minutesLater(minutes);
        await busy.agent.get('/api/me').expect(200);
      }
      minutesLater(61);
      await busy.agent.get('/api/me').expect(401);
    });
  });
});
