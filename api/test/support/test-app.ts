import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { loadAppConfig } from '../../src/config/app-config';
import { createApp } from '../../src/create-app';
import { TestClock } from './test-clock';

export interface TestApp {
  app: INestApplication;
  clock: TestClock;
  /** Time for the session limits only (see SESSION_CLOCK), so moving `clock` signs nobody out. */
  sessionClock: TestClock;
  dataSource: DataSource;
  databaseUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

/** A fresh, empty database (migrations run at app start) inside the run's embedded PostgreSQL. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = process.env['TEST_DATABASE_URL'];
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set; run through jest.integration.config.cts');
  const name = `it_${randomBytes(6).toString('hex')}`;
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The real application, as main.ts builds it, on its own database. `env` overrides configuration the way
 * environment variables do in production.
 */
export async function createTestApp(
  options: { env?: Record<string, string>; databaseUrl?: string; dataDir?: string } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'referrals-app-')));
  const config = loadAppConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://portal.test',
    WEB_DIST_DIR: join(dataDir, 'no-web-build'),
    JOBS_ENABLED: 'false',
    // Tests start from an empty database unless they ask for the demo company.
    DEMO_DATA: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    LOG_LEVEL: 'error',
    ...options.env,
  });
  const clock = new TestClock();
  const sessionClock = new TestClock();
  const app = await createApp({ config, databaseUrl, sessionSecret: 'test-secret', clock, sessionClock });
  return {
    app,
    clock,
    sessionClock,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    databaseUrl,
    dataDir,
    close: () => app.close(),
  };
}
