import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface SigningKeyPair {
  privateKey: string;
  cert: string;
}

export async function generateSigningKeyPair(commonName: string): Promise<SigningKeyPair> {
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    notAfterDate: new Date(Date.now() + 10 * 365 * 24 * 3600_000),
    algorithm: 'sha256',
  });
  return { privateKey: pems.private, cert: pems.cert };
}

/** Generated once into the data folder, so the IdP keeps its identity across restarts. */
export async function loadOrCreateDevIdpKeys(dataDir: string): Promise<SigningKeyPair> {
  const dir = join(dataDir, 'dev-idp');
  const keyPath = join(dir, 'idp-key.pem');
  const certPath = join(dir, 'idp-cert.pem');
  try {
    return { privateKey: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') };
  } catch {
    const pair = await generateSigningKeyPair('Referral portal development IdP');
    await mkdir(dir, { recursive: true });
    await writeFile(keyPath, pair.privateKey, { mode: 0o600 });
    await writeFile(certPath, pair.cert);
    return pair;
  }
}
