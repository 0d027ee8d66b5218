import request from 'supertest';
import { generateSigningKeyPair } from '../../src/dev-idp/dev-idp-keys';
import { type Agent, demoUser, expectSamlRefused, postAssertion, signIn, startLogin, TestIdentityProvider } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

describe('SAML sign-in', () => {
  let testApp: TestApp;
  let idp: TestIdentityProvider;

  beforeAll(async () => {
    testApp = await createTestApp();
    idp = await TestIdentityProvider.forApp(testApp);
  });
  afterAll(() => testApp.close());

  const http = () => request(testApp.app.getHttpServer());
  const expectRefused = (samlResponse: string, reason: RegExp, agent?: Agent) =>
    expectSamlRefused(testApp, samlResponse, reason, agent);

  it('creates a new user with roles from their IdP groups, through the development IdP pages', async () => {
    const { agent } = await signIn(testApp, 'sophie');
    const me = await agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({
      email: 'sophie.bakker@demo.example',
      displayName: 'Sophie Bakker',
      employeeId: 'E1003',
      department: 'People',
    });
    expect(me.body.roles.sort()).toEqual(['employee', 'recruiter']);
    const [row] = await testApp.dataSource.query(`SELECT groups FROM users WHERE email = $1`, ['sophie.bakker@demo.example']);
    expect(row.groups).toEqual(['all-staff', 'referrals-recruiters']);
    const audit = await testApp.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [me.body.id]);
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['user.created', 'auth.login']);
  });

  it('updates roles at the next sign-in when the group mapping changed', async () => {
    await testApp.dataSource.query(`INSERT INTO group_role_mappings (group_name, role) VALUES ('engineering', 'hiring_manager')`);
    const { agent } = await signIn(testApp, 'emma');
    expect((await agent.get('/api/me').expect(200)).body.roles.sort()).toEqual(['employee', 'hiring_manager']);
    await testApp.dataSource.query(`DELETE FROM group_role_mappings WHERE group_name = 'engineering'`);
    const again = await signIn(testApp, 'emma');
    expect((await again.agent.get('/api/me').expect(200)).body.roles).toEqual(['employee']);
  });

  it('gives a new session id at login', async () => {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    const response = await postAssertion(agent, await idp.responseFor(demoUser('daan'), requestId)).expect(303);
    expect(response.headers['location']).toBe('/');
    const sessionCookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('referrals.sid='));
    expect(sessionCookie).toMatch(/HttpOnly/);
    expect(sessionCookie).toMatch(/SameSite=Lax/);
  });

  it('refuses an assertion signed by a foreign key', async () => {
    const foreign = await TestIdentityProvider.forApp(testApp, await generateSigningKeyPair('Somebody else'));
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    await expectRefused(await foreign.responseFor(demoUser('noah'), requestId), /signature/i, agent);
  });

  it('refuses an assertion for another audience', async () => {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    await expectRefused(
      await idp.responseFor(demoUser('noah'), requestId, { audience: 'https://other-app.example/sp' }),
      /audience mismatch/i,
      agent,
    );
  });

  it('refuses an expired assertion, beyond the allowed clock skew', async () => {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    const longAgo = new Date(Date.now() - 10 * 60_000);
    const response = await idp.responseFor(demoUser('noah'), requestId, {
      issueInstant: longAgo,
      notBefore: new Date(longAgo.getTime() - 60_000),
      notOnOrAfter: new Date(Date.now() - 2 * 60_000),
    });
    // node-saml checks the subject confirmation's NotOnOrAfter first, then the conditions'.
    await expectRefused(response, /expired|No valid subject confirmation/i, agent);
  });

  it('refuses an assertion that is not yet valid, beyond the allowed clock skew', async () => {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    const response = await idp.responseFor(demoUser('noah'), requestId, {
      notBefore: new Date(Date.now() + 5 * 60_000),
      notOnOrAfter: new Date(Date.now() + 10 * 60_000),
    });
    await expectRefused(response, /not yet valid/i, agent);
  });

  it('refuses an InResponseTo the portal never issued', async () => {
    await expectRefused(await idp.responseFor(demoUser('noah'), '_never-issued'), /InResponseTo/);
  });

  it('refuses the same response posted twice', async () => {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    const samlResponse = await idp.responseFor(demoUser('daan'), requestId);
    await postAssertion(agent, samlResponse).expect(303);
    await expectRefused(samlResponse, /InResponseTo|already used/);
  });

  it('refuses a replayed assertion id even inside a response to a fresh request', async () => {
    const agent = request.agent(testApp.app.getHttpServer());
    const first = await startLogin(agent);
    const second = await startLogin(agent);
    await postAssertion(agent, await idp.responseFor(demoUser('daan'), first.requestId, { assertionId: '_replayed-assertion' })).expect(303);
    await expectRefused(
      await idp.responseFor(demoUser('daan'), second.requestId, { assertionId: '_replayed-assertion' }),
      /already used/,
    );
  });

  it('only returns to a path on this site', async () => {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent, 'https://evil.example/');
    const response = await postAssertion(agent, await idp.responseFor(demoUser('daan'), requestId), 'https://evil.example/');
    expect(response.status).toBe(303);
    expect(response.headers['location']).toBe('/');
  });

  it('publishes SP metadata that asks for signed assertions', async () => {
    const response = await http().get('/api/auth/saml/metadata').expect(200);
    expect(response.headers['content-type']).toContain('application/samlmetadata+xml');
    expect(response.text).toContain('entityID="http://portal.test/api/auth/saml/metadata"');
    expect(response.text).toContain('WantAssertionsSigned="true"');
    expect(response.text).toContain('Location="http://portal.test/api/auth/saml/acs"');
  });

  it('ends the session at logout', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'daan');
    await agent.get('/api/me').expect(200);
    await agent.post('/api/auth/logout').set('X-XSRF-TOKEN', csrfToken).expect(204);
    await agent.get('/api/me').expect(401);
  });
});
