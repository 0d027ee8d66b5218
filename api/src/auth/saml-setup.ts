import { readFile } from 'node:fs/promises';
import * as samlify from 'samlify';
import type { PassportSamlConfig } from '@node-saml/passport-saml';
import { ValidateInResponseTo } from '@node-saml/node-saml';
import type { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/app-config';
import type { DevIdpUser } from '../dev-idp/demo-users';
import { DEMO_USERS } from '../dev-idp/demo-users';
import { loadOrCreateDevIdpKeys } from '../dev-idp/dev-idp-keys';
import { createIdentityProvider } from '../dev-idp/saml-login-response';
import { samlSchemaValidator } from './saml-schema-validator';

export interface IdpSettings {
  entryPoint: string;
  certs: string[];
  issuer: string | null;
}

export interface DevIdp {
  idp: ReturnType<typeof samlify.IdentityProvider>;
  users: readonly DevIdpUser[];
}

export interface SamlSetup {
  options: Omit<PassportSamlConfig, 'cacheProvider'>;
  idp: IdpSettings;
  /** Present only in development, when the portal plays its own IdP. */
  devIdp: DevIdp | null;
}

export const SAML_SETUP = Symbol('SAML_SETUP');

// samlify refuses to parse messages until a schema validator is set; this one checks against the SAML XSDs.
samlify.setSchemaValidator(samlSchemaValidator);

export function assertDevIdpAllowed(nodeEnv: string): void {
  if (nodeEnv === 'production') {
    throw new ConfigError('The development IdP must not run with NODE_ENV=production; configure a real IdP.');
  }
}

/** Reads the IdP's entity id, SSO endpoint and signing certificates from its SAML metadata. */
export function idpSettingsFromMetadata(metadataXml: string): IdpSettings {
  const meta = samlify.IdentityProvider({ metadata: metadataXml }).entityMeta;
  // samlify answers the whole service map when a binding is missing, hence the string checks.
  const entryPoint = [meta.getSingleSignOnService('redirect'), meta.getSingleSignOnService('post')].find(
    (location): location is string => typeof location === 'string' && location.length > 0,
  );
  const signing = meta.getX509Certificate('signing');
  const certs = (Array.isArray(signing) ? signing : [signing]).filter((c): c is string => typeof c === 'string' && c.length > 0);
  if (typeof entryPoint !== 'string' || !entryPoint) throw new ConfigError('The IdP metadata has no SingleSignOnService');
  if (certs.length === 0) throw new ConfigError('The IdP metadata has no signing certificate');
  return { entryPoint, certs: certs.map((c) => c.replace(/\s+/g, '')), issuer: meta.getEntityID() || null };
}

async function certFrom(value: string): Promise<string> {
  const text = value.includes('BEGIN CERTIFICATE') || /^[A-Za-z0-9+/=\s]{200,}$/.test(value) ? value : await readFile(value, 'utf8');
  return text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}

async function resolveIdp(config: AppConfig): Promise<{ idp: IdpSettings; devIdp: DevIdp | null }> {
  const source = config.saml.idp;
  switch (source.kind) {
    case 'metadata-url': {
      const response = await fetch(source.url, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new ConfigError(`Fetching the IdP metadata failed with HTTP ${response.status}`);
      return { idp: idpSettingsFromMetadata(await response.text()), devIdp: null };
    }
    case 'metadata-file':
      return { idp: idpSettingsFromMetadata(await readFile(source.path, 'utf8')), devIdp: null };
    case 'entry-point':
      return {
        idp: { entryPoint: source.entryPoint, certs: [await certFrom(source.cert)], issuer: source.issuer },
        devIdp: null,
      };
    case 'development': {
      assertDevIdpAllowed(config.nodeEnv);
      const keys = await loadOrCreateDevIdpKeys(config.dataDir);
      const idp = createIdentityProvider({
        entityId: `${config.publicUrl}/dev-idp/metadata`,
        ssoUrl: `${config.publicUrl}/dev-idp/sso`,
        ...keys,
      });
      // Configured from its metadata, exactly as a real IdP would be.
      return { idp: idpSettingsFromMetadata(idp.getMetadata()), devIdp: { idp, users: DEMO_USERS } };
    }
  }
}

export async function createSamlSetup(config: AppConfig): Promise<SamlSetup> {
  const { idp, devIdp } = await resolveIdp(config);
  const options: Omit<PassportSamlConfig, 'cacheProvider'> = {
    callbackUrl: `${config.publicUrl}/api/auth/saml/acs`,
    entryPoint: idp.entryPoint,
    issuer: config.saml.spEntityId,
    audience: config.saml.spEntityId,
    idpCert: idp.certs,
    ...(idp.issuer ? { idpIssuer: idp.issuer } : {}),
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: 10 * 60_000,
    acceptedClockSkewMs: config.saml.clockSkewSeconds * 1000,
    maxAssertionAgeMs: config.saml.maxAssertionAgeSeconds * 1000,
    identifierFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    disableRequestedAuthnContext: true,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
    ...(config.saml.spPrivateKey ? { privateKey: config.saml.spPrivateKey } : {}),
  };
  return { options, idp, devIdp };
}
