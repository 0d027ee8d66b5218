import { AppError } from '../common/app-error';

/*
 * Checks on the raw SAML response before any XML parser sees it. They are lexical on purpose: a DOCTYPE must be
 * refused before parsing (entity expansion), and without a DTD no entity can create markup, so counting start
 * tags can only over-count (refuse something odd), never miss an element an XML parser would find.
 */

const DOCTYPE = /<!(DOCTYPE|ENTITY)/i;
const COMMENT = '<!--';
// Any prefix or none: node-saml, too, finds assertions by local name.
const ASSERTION_START_TAG = /<(?:[A-Za-z_][\w.-]*:)?(?:Encrypted)?Assertion[\s/>]/g;
// The document element's start tag, after the XML declaration and any other processing instruction.
const ROOT_START_TAG = /^\uFEFF?\s*(?:<\?[\s\S]*?\?>\s*)*<[\w:.-]+((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function refuse(reason: string): never {
  throw new AppError('saml_rejected', reason);
}

function decodeAttributeValue(raw: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (match, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number(ref.slice(1)));
    return named[ref] ?? match;
  });
}

function rootAttributes(xml: string): Map<string, string> {
  const rootTag = ROOT_START_TAG.exec(xml);
  if (!rootTag) refuse('The SAML response does not start with an XML element.');
  const attributes = new Map<string, string>();
  for (const [, name, doubleQuoted, singleQuoted] of rootTag[1].matchAll(ATTRIBUTE)) {
    attributes.set(name, decodeAttributeValue(doubleQuoted ?? singleQuoted ?? ''));
  }
  return attributes;
}

/**
 * Refuses shapes no honest IdP sends and that are the tools of known attacks on SAML service providers; the
 * reason goes to the security audit. Signature, audience, times and InResponseTo are node-saml's checks after this.
 */
export function screenSamlResponse(samlResponse: unknown, acsUrl: string): void {
  // Without one, passport-saml would not refuse but start a new sign-in: a 302 to the IdP for any garbage POST.
  if (typeof samlResponse !== 'string' || samlResponse.length === 0) refuse('The request to the assertion consumer service carries no SAMLResponse.');
  const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
  if (DOCTYPE.test(xml)) refuse('The SAML response declares a DOCTYPE; refused before parsing (entity expansion).');
  // Canonicalisation drops comments from what the IdP signed, so a comment can split a signed NameID or email
  // ("user@evil.com<!---->.example.com") for any reader that takes only the first text node.
  if (xml.includes(COMMENT)) refuse('The SAML response contains an XML comment (comment injection).');
  const assertions = xml.match(ASSERTION_START_TAG)?.length ?? 0;
  if (assertions > 1) refuse(`The SAML response carries ${assertions} assertions where one is allowed (signature wrapping).`);
  // Optional in an unsigned response, but when present it must name us (SAML core 3.2.2).
  const destination = rootAttributes(xml).get('Destination');
  if (destination !== undefined && destination !== acsUrl) {
    refuse("The SAML response's Destination is not this portal's assertion consumer service.");
  }
}
