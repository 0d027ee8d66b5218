import { JobsService } from '../../src/jobs/jobs.service';
import { PURGE_EXPIRED_AUTH_STATE_JOB } from '../../src/auth/auth.module';
import { createTestApp, createTestDatabase, type TestApp } from '../support/test-app';

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('scheduled jobs on pg-boss', () => {
  const apps: TestApp[] = [];

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('runs a scheduled job once per slot, even with two API processes on one database', async () => {
    const databaseUrl = await createTestDatabase();
    const env = { JOBS_ENABLED: 'true', JOBS_POLL_SECONDS: '1' };
    apps.push(await createTestApp({ databaseUrl, env }));
    apps.push(await createTestApp({ databaseUrl, env }));
    const [first] = apps;
    const db = first.dataSource;
    await db.query(`INSERT INTO saml_requests (id, issued_at, expires_at) VALUES ('_old', now() - interval '2 hours', now() - interval '1 hour'), ('_fresh', now(), now() + interval '1 hour')`);
    await db.query(`INSERT INTO user_sessions (sid, sess, expire) VALUES ('old', '{}', now() - interval '1 minute'), ('live', '{}', now() + interval '1 hour')`);
    await db.query(`INSERT INTO saml_consumed_assertions (assertion_id, consumed_at, expires_at) VALUES ('_old', now() - interval '3 days', now() - interval '1 day')`);

    // Every minute, so the test sees it fire; in production it runs hourly.
    for (const app of apps) await app.app.get(JobsService).schedule(PURGE_EXPIRED_AUTH_STATE_JOB, '* * * * *');

    const completedJobs = () =>
      db.query(`SELECT id, output, created_on FROM pgboss.job WHERE name = $1 AND state = 'completed' ORDER BY created_on`, [PURGE_EXPIRED_AUTH_STATE_JOB]);
    const [run] = await waitFor(async () => {
      const rows = await completedJobs();
      return rows.length > 0 ? rows : null;
    }, 75_000);
    expect(run.output).toEqual({ requests: 1, assertions: 1, sessions: 1 });
    expect(await db.query(`SELECT id FROM saml_requests`)).toEqual([{ id: '_fresh' }]);
    // A run that died with its process (no completion, no failure) is taken up again after five minutes, not fifteen.
    const [job] = await db.query(`SELECT extract(epoch FROM expire_in)::int AS "expireSeconds", retry_limit AS "retryLimit" FROM pgboss.job WHERE id = $1`, [run.id]);
    expect(job).toEqual({ expireSeconds: 300, retryLimit: 3 });

    // Both processes' cron monitors have looked again by now. pg-boss turns each cron slot into one "send-it"
    // job, a singleton per minute, which its worker turns into one job of ours. Slots are counted on those,
    // not by the clock: a slot's job can be created in the next minute (a schedule made late in a minute is
    // first sent seconds later), which once made two slots look like one minute with two runs.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    const sent: { slot: Date; state: string }[] = await db.query(
      `SELECT singleton_on AS slot, state FROM pgboss.job WHERE name = '__pgboss__send-it' AND data->>'name' = $1`,
      [PURGE_EXPIRED_AUTH_STATE_JOB],
    );
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent.map((row) => row.slot.toISOString())).size).toBe(sent.length);
    const [{ jobs }] = await db.query(`SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = $1`, [PURGE_EXPIRED_AUTH_STATE_JOB]);
    // One job per slot sent; a send-it still being handled may not have made its job yet.
    expect(jobs).toBeGreaterThanOrEqual(sent.filter((row) => row.state === 'completed').length);
    expect(jobs).toBeLessThanOrEqual(sent.length);
  }, 120_000);
});
