import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { inflateRawSync } from 'node:zlib';
import { DEMO_USERS, type DevIdpUser } from '../../src/dev-idp/demo-users';
import { loadOrCreateDevIdpKeys, type SigningKeyPair } from '../../src/dev-idp/dev-idp-keys';
import {
  createIdentityProvider,
  createSignedLoginResponse,
  type LoginResponseFields,
  serviceProviderFromMetadata,
} from '../../src/dev-idp/saml-login-response';
import type { TestApp } from './test-app';

export type Agent = InstanceType<typeof TestAgent>;

export interface SignedInAgent {
  agent: Agent;
  csrfToken: string;
}

export function demoUser(key: string): DevIdpUser {
  const user = DEMO_USERS.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`No demo user ${key}`);
  return user;
}

function csrfTokenFrom(setCookie: string[] | string | undefined): string | null {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = cookies.map((c) => /^XSRF-TOKEN=([^;]+)/.exec(c)).find(Boolean);
  return found ? decodeURIComponent(found[1]) : null;
}

/** Starts SP-initiated login and returns the AuthnRequest id the portal remembered. */
export async function startLogin(agent: Agent, returnTo = '/'): Promise<{ requestId: string; location: string }> {
  const response = await agent.get(`/api/auth/saml/login?returnTo=${encodeURIComponent(returnTo)}`).expect(302);
  const location = response.headers['location'] as string;
  const samlRequest = new URL(location).searchParams.get('SAMLRequest');
  if (!samlRequest) throw new Error('No SAMLRequest in the redirect');
  const xml = inflateRawSync(Buffer.from(samlRequest, 'base64')).toString('utf8');
  const id = /\bID="([^"]+)"/.exec(xml)?.[1];
  if (!id) throw new Error('No ID in the AuthnRequest');
  return { requestId: id, location };
}

/** Crafts IdP responses for the portal under test: with its own development IdP key, or another. */
export class TestIdentityProvider {
  private constructor(
    private readonly testApp: TestApp,
    private readonly keys: SigningKeyPair,
  ) {}

  static async forApp(testApp: TestApp, keys?: SigningKeyPair): Promise<TestIdentityProvider> {
    return new TestIdentityProvider(testApp, keys ?? (await loadOrCreateDevIdpKeys(testApp.dataDir)));
  }

  /** The key pair this IdP signs with, for responses crafted by hand (saml-forgery.ts). */
  get keyPair(): SigningKeyPair {
    return this.keys;
  }

  async responseFor(
    user: DevIdpUser,
    inResponseTo: string,
    overrides: Partial<LoginResponseFields> = {},
  ): Promise<string> {
    const metadata = await request(this.testApp.app.getHttpServer()).get('/api/auth/saml/metadata').expect(200);
    const sp = serviceProviderFromMetadata(metadata.text);
    const idp = createIdentityProvider({
      entityId: 'http://portal.test/dev-idp/metadata',
      ssoUrl: 'http://portal.test/dev-idp/sso',
      ...this.keys,
    });
    const { samlResponse } = await createSignedLoginResponse({
      idp,
      sp,
      user,
      inResponseTo,
      now: new Date(),
      overrides,
    });
    return samlResponse;
  }
}

export function postAssertion(agent: Agent, samlResponse: string, relayState = '/') {
  return agent.post('/api/auth/saml/acs').type('form').send({ SAMLResponse: samlResponse, RelayState: relayState });
}

/**
 * Posts `samlResponse` and expects the refusal every attack must get: 401 problem (saml_rejected), no session,
 * nobody signed in, and exactly one security audit entry whose reason matches `reason`, so each case is refused
 * for its own reason.
 */
export async function expectSamlRefused(
  testApp: TestApp,
  samlResponse: string,
  reason: RegExp,
  agent: Agent = request.agent(testApp.app.getHttpServer()),
): Promise<void> {
  const [{ latest }] = await testApp.dataSource.query(`SELECT coalesce(max(id), 0) AS latest FROM audit_log`);
  const response = await postAssertion(agent, samlResponse);
  expect(response.status).toBe(401);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.body.code).toBe('saml_rejected');
  expect(response.headers['set-cookie'] ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^referrals\.sid=/)]));
  await agent.get('/api/me').expect(401);
  const outcomes: { action: string; after: { reason?: string } | null }[] = await testApp.dataSource.query(
    `SELECT action, after FROM audit_log WHERE id > $1 AND action IN ('auth.login', 'auth.login_refused') ORDER BY id`,
    [latest],
  );
  expect(outcomes.map((outcome) => outcome.action)).toEqual(['auth.login_refused']);
  expect(outcomes[0].after?.reason).toMatch(reason);
}

/** Signs in through the development IdP's own pages, as a browser would; `target` may be a base URL. */
export async function signIn(target: TestApp | string, userKey: string): Promise<SignedInAgent> {
  const agent = request.agent(typeof target === 'string' ? target : target.app.getHttpServer());
  const { location } = await startLogin(agent);
  const idpUrl = new URL(location);
  const chooser = await agent.get(`${idpUrl.pathname}${idpUrl.search}`).expect(200);
  const samlRequest = /name="SAMLRequest" value="([^"]+)"/.exec(chooser.text)?.[1];
  const relayState = /name="RelayState" value="([^"]+)"/.exec(chooser.text)?.[1];
  if (!samlRequest) throw new Error('The IdP page has no SAMLRequest field');
  const unescape = (value: string) => value.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
  const answer = await agent
    .post('/dev-idp/sso')
    .type('form')
    .send({ SAMLRequest: unescape(samlRequest), RelayState: relayState ? unescape(relayState) : '/', user: userKey })
    .expect(200);
  const samlResponse = /name="SAMLResponse" value="([^"]+)"/.exec(answer.text)?.[1];
  if (!samlResponse) throw new Error('The IdP did not answer with a SAMLResponse');
  const acs = await postAssertion(agent, unescape(samlResponse)).expect(303);
  const csrfToken = csrfTokenFrom(acs.headers['set-cookie']);
  if (!csrfToken) throw new Error('No XSRF-TOKEN cookie after sign-in');
  return { agent, csrfToken };
}
