/**
 * `npm run bench:seed [-- --seed 42 --referrals 1000000]`: generates the benchmark company into its own
 * embedded cluster under .data/bench (or into DATABASE_URL), migrated by the app and loaded by COPY.
 */
import { numberOption, option } from './cli-options';
import { DEFAULT_DATA_ROOT, preparedDatabase } from './bench-database';

async function main(): Promise<void> {
  const seed = numberOption('seed', 42);
  const sizes = option('referrals', '1000000,10000').split(',').map(Number);
  const log = (line: string) => process.stdout.write(`${line}\n`);
  for (const referrals of sizes) {
    const database = await preparedDatabase({ seed, referrals, dataRoot: option('data-root', DEFAULT_DATA_ROOT), log });
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
