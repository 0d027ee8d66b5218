import { screenSamlResponse } from './saml-response-screen';

const ACS = 'https://portal.example/api/auth/saml/acs?tenant=a&flow=b';
const encoded = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');
const screen = (xml: string) => () => screenSamlResponse(encoded(xml), ACS);

const ASSERTION = '<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_a"/>';

describe('screenSamlResponse', () => {
  it.each([
    ['Destination in double quotes, the & escaped', `<samlp:Response Destination="https://portal.example/api/auth/saml/acs?tenant=a&amp;flow=b">${ASSERTION}</samlp:Response>`],
    ['Destination in single quotes with spaces around =, after an XML declaration and a BOM', `\uFEFF<?xml version="1.0"?>\n<samlp:Response ID="_r" Destination = '${ACS.replace('&', '&#38;')}'>${ASSERTION}</samlp:Response>`],
    ['no Destination (optional when the response is unsigned)', `<samlp:Response ID="_r">${ASSERTION}</samlp:Response>`],
  ])('lets through %s', (_name, xml) => {
    expect(screen(xml)).not.toThrow();
  });

  it.each([
    ['a DOCTYPE in lower case', `<!doctype r><samlp:Response>${ASSERTION}</samlp:Response>`, /DOCTYPE/],
    ['an ENTITY declaration', `<samlp:Response><!ENTITY x "y">${ASSERTION}</samlp:Response>`, /DOCTYPE/],
    ['a comment anywhere', `<samlp:Response>${ASSERTION}<!-- hi --></samlp:Response>`, /comment/],
    ['a second assertion in the default namespace', `<samlp:Response>${ASSERTION}<Assertion xmlns="urn:oasis:names:tc:SAML:2.0:assertion"/></samlp:Response>`, /2 assertions/],
    ['an assertion beside an encrypted one', `<samlp:Response>${ASSERTION}<saml:EncryptedAssertion>x</saml:EncryptedAssertion></samlp:Response>`, /2 assertions/],
    ['a foreign Destination after an attribute value holding ">"', `<samlp:Response Note="a>b" Destination="https://other.example/acs">${ASSERTION}</samlp:Response>`, /Destination/],
    ['our Destination with something appended', `<samlp:Response Destination="${ACS.replace('&', '&amp;')}/x">${ASSERTION}</samlp:Response>`, /Destination/],
    ['text before the root element', `hello<samlp:Response>${ASSERTION}</samlp:Response>`, /does not start with an XML element/],
  ])('refuses %s', (_name, xml, reason) => {
    expect(screen(xml)).toThrow(reason);
  });

  it('refuses a post without exactly one response, which passport-saml would answer by starting a new sign-in', () => {
    for (const missing of [undefined, '', ['a', 'b']]) expect(() => screenSamlResponse(missing, ACS)).toThrow(/no SAMLResponse/);
  });
});
