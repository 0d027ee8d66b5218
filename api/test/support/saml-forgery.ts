import { randomUUID } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import type { DevIdpUser } from '../../src/dev-idp/demo-users';
import type { SigningKeyPair } from '../../src/dev-idp/dev-idp-keys';
import { SAML_SETUP, type SamlSetup } from '../../src/auth/saml-setup';
import { TestIdentityProvider } from './saml-client';
import type { TestApp } from './test-app';

/*
 * SAML responses written as XML strings a test controls completely and signed with xml-crypto, the way an
 * IdP signs them (enveloped, exclusive c14n, RSA-SHA256), so an attack can bend anything: where assertions
 * sit, what is signed and by whom, markup inside values.
 */

const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const EXCLUSIVE_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const EMAIL_NAME_ID_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

/** Markup put into the response exactly as written (plain strings are escaped). */
export class RawXml {
  constructor(readonly xml: string) {}
}

function xmlText(value: string | RawXml): string {
  return value instanceof RawXml ? value.xml : value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ForgedAssertionFields {
  id: string;
  issuer: string;
  nameId: string | RawXml;
  inResponseTo: string;
  recipient: string;
  audience: string;
  issueInstant: Date;
  notBefore: Date;
  notOnOrAfter: Date;
  /** Attribute name → values; replaces the person's attributes entirely when given. */
  attributes: Record<string, (string | RawXml)[]>;
  /** Content of a saml:Advice element (which may legally hold assertions), left out when empty. */
  adviceXml: string;
}

export interface ForgedResponseFields {
  id: string;
  issuer: string;
  inResponseTo: string;
  destination: string;
  issueInstant: Date;
  /** Content of a samlp:Extensions element, left out when empty. */
  extensionsXml: string;
}

/** A private key, and the certificate to show in KeyInfo if any (the portal trusts only its configured one). */
export type SigningKey = Pick<SigningKeyPair, 'privateKey'> & Partial<Pick<SigningKeyPair, 'cert'>>;

function signEnveloped(xml: string, rootName: string, keys: SigningKey): string {
  const signer = new SignedXml({
    privateKey: keys.privateKey,
    publicCert: keys.cert,
    signatureAlgorithm: RSA_SHA256,
    canonicalizationAlgorithm: EXCLUSIVE_C14N,
  });
  signer.addReference({ xpath: `/*[local-name(.)='${rootName}']`, transforms: [ENVELOPED, EXCLUSIVE_C14N], digestAlgorithm: SHA256 });
  // Right after the Issuer, where the SAML schema puts it.
  signer.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: `/*[local-name(.)='${rootName}']/*[local-name(.)='Issuer']`, action: 'after' },
  });
  return signer.getSignedXml();
}

/** Crafts responses for the portal under test, as its development IdP would, or bent. */
export class SamlForgery {
  private constructor(
    readonly acsUrl: string,
    readonly audience: string,
    readonly idpIssuer: string,
    readonly idpKeys: SigningKeyPair,
  ) {}

  static async forApp(testApp: TestApp): Promise<SamlForgery> {
    const setup = testApp.app.get<SamlSetup>(SAML_SETUP);
    const idp = await TestIdentityProvider.forApp(testApp);
    return new SamlForgery(setup.options.callbackUrl as string, setup.options.audience as string, setup.idp.issuer ?? '', idp.keyPair);
  }

  /** An unsigned assertion about `person`, valid now for the request `inResponseTo` unless bent. */
  assertion(person: DevIdpUser, inResponseTo: string, overrides: Partial<ForgedAssertionFields> = {}): string {
    const now = new Date();
    const f: ForgedAssertionFields = {
      id: `_${randomUUID()}`,
      issuer: this.idpIssuer,
      nameId: person.email,
      inResponseTo,
      recipient: this.acsUrl,
      audience: this.audience,
      issueInstant: now,
      notBefore: new Date(now.getTime() - 30_000),
      notOnOrAfter: new Date(now.getTime() + 5 * 60_000),
      attributes: {
        email: [person.email],
        displayName: [person.displayName],
        employeeId: [person.employeeId],
        department: [person.department],
        groups: [...person.groups],
      },
      adviceXml: '',
      ...overrides,
    };
    const attributes = Object.entries(f.attributes)
      .map(
        ([name, values]) =>
          `<saml:Attribute Name="${xmlText(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">${values
            .map((value) => `<saml:AttributeValue xsi:type="xs:string">${xmlText(value)}</saml:AttributeValue>`)
            .join('')}</saml:Attribute>`,
      )
      .join('');
    return (
      `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" ID="${xmlText(f.id)}" Version="2.0" IssueInstant="${f.issueInstant.toISOString()}">` +
      `<saml:Issuer>${xmlText(f.issuer)}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="${EMAIL_NAME_ID_FORMAT}">${xmlText(f.nameId)}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${f.notOnOrAfter.toISOString()}" Recipient="${xmlText(f.recipient)}" InResponseTo="${xmlText(f.inResponseTo)}"/></saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${f.notBefore.toISOString()}" NotOnOrAfter="${f.notOnOrAfter.toISOString()}"><saml:AudienceRestriction><saml:Audience>${xmlText(f.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      (f.adviceXml ? `<saml:Advice>${f.adviceXml}</saml:Advice>` : '') +
      `<saml:AuthnStatement AuthnInstant="${f.issueInstant.toISOString()}" SessionIndex="${xmlText(f.id)}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
      (attributes ? `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>` : '') +
      `</saml:Assertion>`
    );
  }

  /** The assertion with an enveloped signature by the development IdP's key, or by `keys`. */
  signAssertion(assertionXml: string, keys: SigningKey = this.idpKeys): string {
    return signEnveloped(assertionXml, 'Assertion', keys);
  }

  /** A successful samlp:Response around `assertionsXml` (any markup: none, one or several assertions). */
  response(inResponseTo: string, assertionsXml: string, overrides: Partial<ForgedResponseFields> = {}): string {
    const f: ForgedResponseFields = {
      id: `_${randomUUID()}`,
      issuer: this.idpIssuer,
      inResponseTo,
      destination: this.acsUrl,
      issueInstant: new Date(),
      extensionsXml: '',
      ...overrides,
    };
    return (
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${xmlText(f.id)}" Version="2.0" IssueInstant="${f.issueInstant.toISOString()}" Destination="${xmlText(f.destination)}" InResponseTo="${xmlText(f.inResponseTo)}">` +
      `<saml:Issuer>${xmlText(f.issuer)}</saml:Issuer>` +
      (f.extensionsXml ? `<samlp:Extensions>${f.extensionsXml}</samlp:Extensions>` : '') +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      assertionsXml +
      `</samlp:Response>`
    );
  }

  /** The whole response signed (enveloped) by the development IdP's key, or by `keys`. */
  signResponse(responseXml: string, keys: SigningKey = this.idpKeys): string {
    return signEnveloped(responseXml, 'Response', keys);
  }

  /** What an honest IdP sends: a response around an assertion it signed. */
  validResponse(person: DevIdpUser, inResponseTo: string): string {
    return this.response(inResponseTo, this.signAssertion(this.assertion(person, inResponseTo)));
  }
}

/** The POST binding's encoding of a response. */
export function encodeSamlResponse(xml: string): string {
  return Buffer.from(xml, 'utf8').toString('base64');
}
