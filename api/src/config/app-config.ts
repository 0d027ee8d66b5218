import { resolve } from 'node:path';

/** Where the identity provider's settings come from; exactly one source is used. */
export type IdpSource =
  | { kind: 'metadata-url'; url: string }
  | { kind: 'metadata-file'; path: string }
  | { kind: 'entry-point'; entryPoint: string; cert: string; issuer: string | null }
  | { kind: 'development' };

export interface AppConfig {
  nodeEnv: string;
  logLevel: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | null;
  embeddedPostgresPort: number | null;
  trustProxy: boolean | number | string;
  webDistDir: string;
  authRateLimitPerMinute: number;
  sessionMaxAgeHours: number;
  saml: {
    idp: IdpSource;
    spEntityId: string;
    spPrivateKey: string | null;
    spCert: string | null;
    clockSkewSeconds: number;
    maxAssertionAgeSeconds: number;
  };
  /** pollSeconds: how often pg-boss looks for due schedules and new jobs (tests make it quick). */
  jobs: { enabled: boolean; pollSeconds: number };
  /** Seed the demo company into an empty database at start. */
  demoData: boolean;
  /**
   * Outgoing mail. Without an SMTP URL mails are kept in the database and shown on the development mailbox
   * page instead of being sent.
   */
  mail: { smtpUrl: string | null; from: string; pollSeconds: number };
}

export class ConfigError extends Error {}

function integerFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number between ${min} and ${max}`);
  }
  return value;
}

function trustProxyFrom(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function booleanFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(`${name} must be true or false`);
}

function smtpUrlFrom(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^smtps?:\/\//.test(raw)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  return raw;
}

function idpSourceFrom(env: NodeJS.ProcessEnv): IdpSource {
  if (env['SAML_IDP_METADATA_URL']) return { kind: 'metadata-url', url: env['SAML_IDP_METADATA_URL'] };
  if (env['SAML_IDP_METADATA_FILE']) return { kind: 'metadata-file', path: env['SAML_IDP_METADATA_FILE'] };
  if (env['SAML_IDP_ENTRY_POINT'] || env['SAML_IDP_CERT']) {
    if (!env['SAML_IDP_ENTRY_POINT'] || !env['SAML_IDP_CERT']) {
      throw new ConfigError('SAML_IDP_ENTRY_POINT and SAML_IDP_CERT must be set together');
    }
    return {
      kind: 'entry-point',
      entryPoint: env['SAML_IDP_ENTRY_POINT'],
      cert: env['SAML_IDP_CERT'],
      issuer: env['SAML_IDP_ISSUER'] || null,
    };
  }
  if (env['NODE_ENV'] === 'production') {
    throw new ConfigError(
      'No identity provider configured: set SAML_IDP_METADATA_URL, SAML_IDP_METADATA_FILE or SAML_IDP_ENTRY_POINT + SAML_IDP_CERT. The development IdP never runs in production.',
    );
  }
  return { kind: 'development' };
}

/** Reads the whole configuration once, at start, so a wrong value stops the server with a clear message. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = integerFrom(env, 'PORT', 3000, 0, 65535);
  const publicUrl = (env['PUBLIC_URL'] || `http://localhost:${port}`).replace(/\/+$/, '');
  const dataDir = resolve(env['DATA_DIR'] || '.data');
  const idp = idpSourceFrom(env);
  return {
    nodeEnv: env['NODE_ENV'] || 'development',
    logLevel: env['LOG_LEVEL'] || (env['NODE_ENV'] === 'test' ? 'warn' : 'info'),
    port,
    publicUrl,
    dataDir,
    databaseUrl: env['DATABASE_URL'] || null,
    embeddedPostgresPort: env['PGPORT'] ? integerFrom(env, 'PGPORT', 0, 1, 65535) : null,
    trustProxy: trustProxyFrom(env['TRUST_PROXY']),
    webDistDir: resolve(env['WEB_DIST_DIR'] || 'dist/web/browser'),
    authRateLimitPerMinute: integerFrom(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 30, 1, 100000),
    sessionMaxAgeHours: integerFrom(env, 'SESSION_MAX_AGE_HOURS', 12, 1, 24 * 30),
    saml: {
      idp,
      spEntityId: env['SAML_SP_ENTITY_ID'] || `${publicUrl}/api/auth/saml/metadata`,
      spPrivateKey: env['SAML_SP_PRIVATE_KEY'] || null,
      spCert: env['SAML_SP_CERT'] || null,
      clockSkewSeconds: integerFrom(env, 'SAML_CLOCK_SKEW_SECONDS', 60, 0, 300),
      maxAssertionAgeSeconds: integerFrom(env, 'SAML_MAX_ASSERTION_AGE_SECONDS', 300, 30, 3600),
    },
    jobs: { enabled: env['JOBS_ENABLED'] !== 'false', pollSeconds: integerFrom(env, 'JOBS_POLL_SECONDS', 5, 1, 45) },
    // A portal someone tries out locally should look lived-in; one wired to a real IdP is a real company's.
    demoData: booleanFrom(env, 'DEMO_DATA', idp.kind === 'development'),
    mail: {
      smtpUrl: smtpUrlFrom(env['SMTP_URL']),
      from: env['MAIL_FROM'] || 'Referral portal <referrals@localhost>',
      pollSeconds: integerFrom(env, 'MAIL_POLL_SECONDS', 10, 1, 600),
    },
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
