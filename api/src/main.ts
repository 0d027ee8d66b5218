// Imported for its side effect: TypeORM loads `pg` dynamically, and the bundler's package.json must list it.
import 'pg';
import type { INestApplication } from '@nestjs/common';
import { ConfigError, loadAppConfig } from './config/app-config';
import { loadSessionSecret } from './config/session-secret';
import { createApp } from './create-app';
import { type RunningPostgres, startEmbeddedPostgres } from './database/embedded-postgres';

async function main(): Promise<void> {
  const config = loadAppConfig();
  let embedded: RunningPostgres | null = null;
  let app: INestApplication | null = null;
  let stopping = false;
  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    try {
      await app?.close();
    } finally {
      await embedded?.stop();
      process.exit(exitCode);
    }
  };
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  try {
    if (!config.databaseUrl) {
      process.stdout.write(`Starting embedded PostgreSQL in ${config.dataDir}/pg …\n`);
      embedded = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        port: config.embeddedPostgresPort,
        database: 'referrals',
        persistent: true,
      });
    }
    const databaseUrl = config.databaseUrl ?? (embedded as RunningPostgres).url;
    app = await createApp({ config, databaseUrl, sessionSecret: await loadSessionSecret(config.dataDir) });
    await app.listen(config.port);
    process.stdout.write(`Referral portal listening on ${config.publicUrl}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error)?.stack ?? String(error)}\n`);
    await stop(1);
  }
}

void main();
