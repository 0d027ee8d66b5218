import { samlSchemaValidator } from './saml-schema-validator';

const AUTHN_REQUEST = `<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"
  ID="_a1" Version="2.0" IssueInstant="2026-12-04T10:00:00Z" AssertionConsumerServiceURL="https://portal.example/api/auth/saml/acs">
  <saml:Issuer>https://portal.example/api/auth/saml/metadata</saml:Issuer>
  <samlp:NameIDPolicy Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" AllowCreate="true"/>
</samlp:AuthnRequest>`;

describe('samlSchemaValidator', () => {
  it('accepts a message that matches the SAML 2.0 protocol schema (with its imported schemas)', async () => {
    await expect(samlSchemaValidator.validate(AUTHN_REQUEST)).resolves.toBe('SUCCESS_VALIDATE_XML');
  });

  it('refuses a message that breaks the schema, naming what is wrong', async () => {
    await expect(samlSchemaValidator.validate(AUTHN_REQUEST.replace('Version="2.0" ', ''))).rejects.toThrow(/Version.*required/);
    await expect(samlSchemaValidator.validate(AUTHN_REQUEST.replace('<saml:Issuer>', '<saml:Issuer Unknown="1">'))).rejects.toThrow(/Unknown/);
  });

  it('refuses what is not well-formed XML', async () => {
    await expect(samlSchemaValidator.validate('<samlp:AuthnRequest')).rejects.toThrow(/SAML 2.0 schema/);
  });

  it('keeps nothing alive after a check: no process listeners and no retained WebAssembly memory', async () => {
    await samlSchemaValidator.validate(AUTHN_REQUEST);
    const listenersBefore = process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection');
    const buffersBefore = process.memoryUsage().arrayBuffers;
    for (let check = 0; check < 5; check += 1) await samlSchemaValidator.validate(AUTHN_REQUEST);
    expect(process.listenerCount('uncaughtException') + process.listenerCount('unhandledRejection')).toBe(listenersBefore);
    // The emscripten build this replaces kept 16 MB per check (80 MB here).
    expect(process.memoryUsage().arrayBuffers - buffersBefore).toBeLessThan(8 * 1024 * 1024);
  });
});
