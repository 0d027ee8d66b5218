import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/** SESSION_SECRET, or one generated once into the data folder so sessions survive a restart. */
export async function loadSessionSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env['SESSION_SECRET']) return env['SESSION_SECRET'];
  const path = join(dataDir, 'session-secret');
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    const secret = randomBytes(48).toString('base64url');
    await mkdir(dataDir, { recursive: true });
    await writeFile(path, secret, { mode: 0o600 });
    return secret;
  }
}
