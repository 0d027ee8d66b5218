import { randomUUID } from 'node:crypto';
import * as samlify from 'samlify';
import type { DevIdpUser } from './demo-users';

type IdentityProvider = ReturnType<typeof samlify.IdentityProvider>;
type ServiceProvider = ReturnType<typeof samlify.ServiceProvider>;

const SAML_ATTRIBUTE_NAME_FORMAT = 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic';
const EMAIL_NAME_ID_FORMAT = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function createIdentityProvider(options: {
  entityId: string;
  ssoUrl: string;
  privateKey: string;
  cert: string;
}): IdentityProvider {
  return samlify.IdentityProvider({
    entityID: options.entityId,
    privateKey: options.privateKey,
    signingCert: options.cert,
    nameIDFormat: [EMAIL_NAME_ID_FORMAT],
    singleSignOnService: [
      { Binding: samlify.Constants.namespace.binding.redirect, Location: options.ssoUrl },
      { Binding: samlify.Constants.namespace.binding.post, Location: options.ssoUrl },
    ],
    requestSignatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    generateID: () => `_${randomUUID()}`,
  });
}

export function serviceProviderFromMetadata(metadataXml: string): ServiceProvider {
  return samlify.ServiceProvider({ metadata: metadataXml });
}

/** Everything in a login response a test may want to bend to prove the SP refuses it. */
export interface LoginResponseFields {
  assertionId: string;
  inResponseTo: string;
  audience: string;
  destination: string;
  recipient: string;
  issueInstant: Date;
  notBefore: Date;
  notOnOrAfter: Date;
  nameId: string;
}

function attributeXml(name: string, values: readonly string[]): string {
  const valueXml = values
    .map((value) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(value)}</saml:AttributeValue>`)
    .join('');
  return `<saml:Attribute Name="${name}" NameFormat="${SAML_ATTRIBUTE_NAME_FORMAT}">${valueXml}</saml:Attribute>`;
}

/**
 * A signed SAML login response (base64, for the POST binding) from `idp` to `sp`, carrying the person's
 * attributes. samlify signs the assertion; only the field values are ours.
 */
export async function createSignedLoginResponse(params: {
  idp: IdentityProvider;
  sp: ServiceProvider;
  user: Pick<DevIdpUser, 'email' | 'displayName' | 'employeeId' | 'department' | 'groups'>;
  inResponseTo: string;
  now: Date;
  overrides?: Partial<LoginResponseFields>;
}): Promise<{ samlResponse: string; assertionId: string }> {
  const { idp, sp, user, now } = params;
  const acsUrl = sp.entityMeta.getAssertionConsumerService('post') as string;
  const fields: LoginResponseFields = {
    assertionId: `_${randomUUID()}`,
    inResponseTo: params.inResponseTo,
    audience: sp.entityMeta.getEntityID(),
    destination: acsUrl,
    recipient: acsUrl,
    issueInstant: now,
    notBefore: new Date(now.getTime() - 30_000),
    notOnOrAfter: new Date(now.getTime() + 5 * 60_000),
    nameId: user.email,
    ...params.overrides,
  };
  const responseId = `_${randomUUID()}`;
  const assertionId = escapeXml(fields.assertionId);
  const attributes = [
    attributeXml('email', [user.email]),
    attributeXml('displayName', [user.displayName]),
    attributeXml('employeeId', [user.employeeId]),
    attributeXml('department', [user.department]),
    attributeXml('groups', user.groups),
  ].join('');
  const values: Record<string, string> = {
    ID: responseId,
    AssertionID: assertionId,
    Destination: escapeXml(fields.destination),
    Audience: escapeXml(fields.audience),
    SubjectRecipient: escapeXml(fields.recipient),
    Issuer: escapeXml(idp.entityMeta.getEntityID()),
    IssueInstant: fields.issueInstant.toISOString(),
    StatusCode: samlify.Constants.StatusCode.Success,
    ConditionsNotBefore: fields.notBefore.toISOString(),
    ConditionsNotOnOrAfter: fields.notOnOrAfter.toISOString(),
    SubjectConfirmationDataNotOnOrAfter: fields.notOnOrAfter.toISOString(),
    NameIDFormat: EMAIL_NAME_ID_FORMAT,
    NameID: escapeXml(fields.nameId),
    InResponseTo: escapeXml(fields.inResponseTo),
    AuthnStatement: `<saml:AuthnStatement AuthnInstant="${now.toISOString()}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>`,
    AttributeStatement: `<saml:AttributeStatement>${attributes}</saml:AttributeStatement>`,
  };
  const result = await idp.createLoginResponse(
    sp,
    { extract: { request: { id: fields.inResponseTo } } },
    'post',
    {},
    (template: string) => ({
      id: responseId,
      context: template.replace(/\{(\w+)\}/g, (match, tag: string) => values[tag] ?? match),
    }),
  );
  return { samlResponse: result.context, assertionId };
}
