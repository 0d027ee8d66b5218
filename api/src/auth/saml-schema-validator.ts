import { validateXML, type XMLFileInfo } from 'xmllint-wasm';
import samlAssertionXsd from '@authenio/samlify-node-xmllint/build/schemas/saml-schema-assertion-2.0.xsd';
import samlProtocolXsd from '@authenio/samlify-node-xmllint/build/schemas/saml-schema-protocol-2.0.xsd';
import xmldsigXsd from '@authenio/samlify-node-xmllint/build/schemas/xmldsig-core-schema.xsd';
import xencXsd from '@authenio/samlify-node-xmllint/build/schemas/xenc-schema.xsd';

// The XSDs import each other by these file names.
const PROTOCOL_SCHEMA: XMLFileInfo = { fileName: 'saml-schema-protocol-2.0.xsd', contents: samlProtocolXsd };
const IMPORTED_SCHEMAS: readonly XMLFileInfo[] = [
  { fileName: 'saml-schema-assertion-2.0.xsd', contents: samlAssertionXsd },
  { fileName: 'xmldsig-core-schema.xsd', contents: xmldsigXsd },
  { fileName: 'xenc-schema.xsd', contents: xencXsd },
];

/**
 * samlify's schema check (it parses no message without one): libxml2's xmllint against the SAML 2.0 XSDs,
 * as WebAssembly in a worker thread that ends with the check. The emscripten build samlify suggests
 * (@authenio/samlify-node-xmllint, whose XSD copies are used here) kept 16 MB and a process listener alive
 * per check, so each development-IdP sign-in grew the server by that much for good.
 */
export const samlSchemaValidator = {
  async validate(xml: string): Promise<string> {
    const result = await validateXML({ xml: { fileName: 'message.xml', contents: xml }, schema: PROTOCOL_SCHEMA, preload: IMPORTED_SCHEMAS });
    if (!result.valid) {
      throw new Error(`The SAML message does not match the SAML 2.0 schema: ${result.errors.map((error) => error.message).join('; ')}`);
    }
    return 'SUCCESS_VALIDATE_XML';
  },
};
