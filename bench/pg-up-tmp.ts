import { join } from 'node:path';
import { startEmbeddedPostgres } from '../api/src/database/embedded-postgres';
async function main() {
  const referrals = Number(process.argv[2] ?? 1000000);
  const pg = await startEmbeddedPostgres({ dataDir: join('/work/main/.data/bench', `seed-42-referrals-${referrals}`), database: 'referrals', persistent: true });
  process.stdout.write(`URL ${pg.url}\n`);
  process.on('SIGTERM', () => void pg.stop().then(() => process.exit(0)));
  setInterval(() => undefined, 1 << 30);
}
void main();
