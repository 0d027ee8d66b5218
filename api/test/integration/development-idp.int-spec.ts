import request from 'supertest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, loadAppConfig } from '../../src/config/app-config';
import { assertDevIdpAllowed, createSamlSetup } from '../../src/auth/saml-setup';
import { createTestApp } from '../support/test-app';

describe('the development IdP', () => {
  it('does not start with NODE_ENV=production', async () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => assertDevIdpAllowed('production')).toThrow(/must not run with NODE_ENV=production/);
    const config = loadAppConfig({ NODE_ENV: 'test', DATA_DIR: '/tmp/referrals-never-used' });
    await expect(createSamlSetup({ ...config, nodeEnv: 'production' })).rejects.toThrow(ConfigError);
  });

  it('is not mounted when a real IdP is configured', async () => {
    // Use the development IdP's certificate as if it were a company IdP configured by entry point + cert.
    const devApp = await createTestApp();
    const cert = await readFile(join(devApp.dataDir, 'dev-idp', 'idp-cert.pem'), 'utf8');
    await devApp.close();
    const testApp = await createTestApp({
      env: { SAML_IDP_ENTRY_POINT: 'https://idp.example/sso', SAML_IDP_CERT: cert },
    });
    try {
      await request(testApp.app.getHttpServer()).get('/dev-idp/metadata').expect(404);
      const login = await request(testApp.app.getHttpServer()).get('/api/auth/saml/login').expect(302);
      expect(login.headers['location']).toMatch(/^https:\/\/idp\.example\/sso\?SAMLRequest=/);
    } finally {
      await testApp.close();
    }
  });

  it('keeps its signing key across restarts', async () => {
    const first = await createTestApp();
    const metadata = (await request(first.app.getHttpServer()).get('/dev-idp/metadata').expect(200)).text;
    await first.close();
    const second = await createTestApp({ dataDir: first.dataDir });
    try {
      expect((await request(second.app.getHttpServer()).get('/dev-idp/metadata').expect(200)).text).toContain(
        /<ds:X509Certificate>([^<]+)</.exec(metadata)?.[1],
      );
    } finally {
      await second.close();
    }
  });
});
