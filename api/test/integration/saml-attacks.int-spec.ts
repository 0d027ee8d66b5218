import { generateKeyPairSync, randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DevIdpUser } from '../../src/dev-idp/demo-users';
import { demoUser, expectSamlRefused, postAssertion, startLogin } from '../support/saml-client';
import { encodeSamlResponse, RawXml, SamlForgery } from '../support/saml-forgery';
import { createTestApp, type TestApp } from '../support/test-app';

/*
 * Known attacks on SAML service providers, each with a response written by hand. Wrong audience, expiry,
 * NotBefore in the future, an InResponseTo never issued and replays are in saml-login.int-spec.ts.
 */
describe('SAML attacks', () => {
  let testApp: TestApp;
  let forgery: SamlForgery;
  // Emma is the attacker with a genuine account; Noah (admin) is whom she wants to become.
  const emma = demoUser('emma');
  const noah = demoUser('noah');

  beforeAll(async () => {
    testApp = await createTestApp();
    forgery = await SamlForgery.forApp(testApp);
  });
  afterAll(() => testApp.close());

  async function freshLogin() {
    const agent = request.agent(testApp.app.getHttpServer());
    const { requestId } = await startLogin(agent);
    return { agent, requestId };
  }

  describe('the forged responses themselves', () => {
    it('accepts a crafted response with a signed assertion, so refusals below are for the attack alone', async () => {
      const { agent, requestId } = await freshLogin();
      await postAssertion(agent, encodeSamlResponse(forgery.validResponse(emma, requestId))).expect(303);
      expect((await agent.get('/api/me').expect(200)).body.email).toBe(emma.email);
    });

    it('accepts a crafted response signed on the Response as well as on the assertion', async () => {
      const { agent, requestId } = await freshLogin();
      const signedBoth = forgery.signResponse(forgery.validResponse(emma, requestId));
      await postAssertion(agent, encodeSamlResponse(signedBoth)).expect(303);
      expect((await agent.get('/api/me').expect(200)).body.email).toBe(emma.email);
    });
  });

  describe('signatures', () => {
    it('refuses a response with neither the Response nor the assertion signed', async () => {
      const { agent, requestId } = await freshLogin();
      const unsigned = forgery.response(requestId, forgery.assertion(noah, requestId));
      await expectSamlRefused(testApp, encodeSamlResponse(unsigned), /Invalid signature/, agent);
    });

    it('refuses an unsigned assertion even inside a Response the IdP signed', async () => {
      const { agent, requestId } = await freshLogin();
      const signedResponse = forgery.signResponse(forgery.response(requestId, forgery.assertion(noah, requestId)));
      await expectSamlRefused(testApp, encodeSamlResponse(signedResponse), /Invalid signature/, agent);
    });

    it('refuses an assertion signed by another key, even inside a Response the IdP signed', async () => {
      const { agent, requestId } = await freshLogin();
      const foreignKey = {
        privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      };
      const foreignAssertion = forgery.signAssertion(forgery.assertion(noah, requestId), foreignKey);
      const signedResponse = forgery.signResponse(forgery.response(requestId, foreignAssertion));
      await expectSamlRefused(testApp, encodeSamlResponse(signedResponse), /Invalid signature/, agent);
    });

    it('refuses a signed assertion whose NameID and email were changed after signing', async () => {
      const { agent, requestId } = await freshLogin();
      const tampered = forgery.validResponse(emma, requestId).replaceAll(emma.email, noah.email);
      await expectSamlRefused(testApp, encodeSamlResponse(tampered), /Invalid signature/, agent);
    });
  });

  // expectSamlRefused also proves nobody was signed in: neither Noah nor anyone else.
  describe('XML signature wrapping: Emma wraps her own signed assertion with an unsigned one about Noah', () => {
    // Each arrangement gets the signed assertion (id `signedId`) and Noah's unsigned one (about the same request).
    const arrangements: [string, (forgery: SamlForgery, requestId: string) => string][] = [
      ['the forged assertion before the signed one', (f, id) => f.response(id, f.assertion(noah, id) + signedFor(f, id).xml)],
      ['the forged assertion after the signed one', (f, id) => f.response(id, signedFor(f, id).xml + f.assertion(noah, id))],
      [
        'the signed one moved into the Response Extensions, the forged one in its place with its ID',
        (f, id) => {
          const signed = signedFor(f, id);
          return f.response(id, f.assertion(noah, id, { id: signed.id }), { extensionsXml: signed.xml });
        },
      ],
      ['the signed one inside the forged one (in its Advice)', (f, id) => f.response(id, f.assertion(noah, id, { adviceXml: signedFor(f, id).xml }))],
      [
        'the forged one inside the signed one (in its Advice), added after signing',
        (f, id) => f.response(id, signedFor(f, id).xml.replace('</saml:Conditions>', `</saml:Conditions><saml:Advice>${f.assertion(noah, id)}</saml:Advice>`)),
      ],
      [
        "the forged one inside the signed one's Signature (a ds:Object, outside what the signature covers)",
        (f, id) => f.response(id, signedFor(f, id).xml.replace('</ds:Signature>', `<ds:Object>${f.assertion(noah, id)}</ds:Object></ds:Signature>`)),
      ],
      [
        "the forged one with the signed one's ID and Signature, the original inside that Signature's Object",
        (f, id) => {
          const signed = signedFor(f, id);
          const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed.xml)?.[0] ?? '';
          const original = signed.xml.replace(signature, '');
          const carried = signature.replace('</ds:Signature>', `<ds:Object>${original}</ds:Object></ds:Signature>`);
          return f.response(id, f.assertion(noah, id, { id: signed.id }).replace('</saml:Issuer>', `</saml:Issuer>${carried}`));
        },
      ],
      [
        "the IdP-signed genuine Response in the Extensions of a forged Response carrying the forged assertion",
        (f, id) => f.response(id, f.assertion(noah, id), { extensionsXml: f.signResponse(f.response(id, signedFor(f, id).xml)) }),
      ],
    ];

    function signedFor(f: SamlForgery, requestId: string): { id: string; xml: string } {
      const id = `_signed-${randomUUID()}`;
      return { id, xml: f.signAssertion(f.assertion(emma, requestId, { id })) };
    }

    it.each(arrangements)('refuses %s', async (_name, arrange) => {
      const { agent, requestId } = await freshLogin();
      await expectSamlRefused(testApp, encodeSamlResponse(arrange(forgery, requestId)), /assertions where one is allowed/, agent);
    });
  });

  describe('comment injection: the IdP signs a value with a comment that canonicalisation drops', () => {
    // The victim has an account; the attacker registered user@evil.com.example.com at the IdP with a comment
    // after "user@evil.com". A reader taking the first text node would sign her in as the victim.
    const victim: DevIdpUser = { ...emma, key: 'victim', email: 'user@evil.com', displayName: 'Victim', employeeId: 'V1' };
    const splitName = new RawXml('user@evil.com<!---->.example.com');

    async function usersLike(pattern: string): Promise<string[]> {
      const rows: { email: string }[] = await testApp.dataSource.query(`SELECT email FROM users WHERE email LIKE $1`, [pattern]);
      return rows.map((row) => row.email);
    }

    beforeAll(async () => {
      const { agent, requestId } = await freshLogin();
      await postAssertion(agent, encodeSamlResponse(forgery.validResponse(victim, requestId))).expect(303);
    });

    it('refuses a NameID split by a comment (no email attribute, so the NameID is the email), signing in neither name', async () => {
      const { agent, requestId } = await freshLogin();
      const assertion = forgery.assertion(victim, requestId, {
        nameId: splitName,
        attributes: { displayName: ['Attacker'], groups: ['all-staff'] },
      });
      const response = forgery.response(requestId, forgery.signAssertion(assertion));
      await expectSamlRefused(testApp, encodeSamlResponse(response), /comment injection/, agent);
      expect(await usersLike('user@evil.com%')).toEqual(['user@evil.com']);
    });

    it('refuses an email attribute split by a comment, signing in neither name', async () => {
      const { agent, requestId } = await freshLogin();
      const assertion = forgery.assertion(victim, requestId, {
        nameId: 'user@evil.com.example.com',
        attributes: { email: [splitName], displayName: ['Attacker'], groups: ['all-staff'] },
      });
      const response = forgery.response(requestId, forgery.signAssertion(assertion));
      await expectSamlRefused(testApp, encodeSamlResponse(response), /comment injection/, agent);
      expect(await usersLike('user@evil.com%')).toEqual(['user@evil.com']);
    });
  });

  describe('where the response was meant to go', () => {
    it("refuses a response whose Destination is another service provider's ACS", async () => {
      const { agent, requestId } = await freshLogin();
      const signed = forgery.signAssertion(forgery.assertion(emma, requestId));
      const response = forgery.response(requestId, signed, { destination: 'https://other-app.example/saml/acs' });
      await expectSamlRefused(testApp, encodeSamlResponse(response), /Destination/, agent);
    });

    it('refuses an assertion whose bearer confirmation names another ACS as Recipient', async () => {
      const { agent, requestId } = await freshLogin();
      const signed = forgery.signAssertion(forgery.assertion(emma, requestId, { recipient: 'https://other-app.example/saml/acs' }));
      await expectSamlRefused(testApp, encodeSamlResponse(forgery.response(requestId, signed)), /Recipient/, agent);
    });
  });

  it('refuses an entity expansion payload (billion laughs) before parsing it', async () => {
    const { agent, requestId } = await freshLogin();
    const entities = ['<!ENTITY lol0 "lol">'];
    for (let level = 1; level <= 9; level++) entities.push(`<!ENTITY lol${level} "${`&lol${level - 1};`.repeat(10)}">`);
    // 10^9 "lol"s once expanded, planted in the display name of an otherwise genuine response.
    const payload =
      `<?xml version="1.0"?><!DOCTYPE samlp:Response [${entities.join('')}]>` +
      forgery.validResponse(emma, requestId).replace(emma.displayName, '&lol9;');
    await expectSamlRefused(testApp, encodeSamlResponse(payload), /DOCTYPE.*before parsing/, agent);
  });
});
