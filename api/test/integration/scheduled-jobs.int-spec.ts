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
      db.query(`SELECT id, output, created_on FROM pgboss.job WHERE name = $1 AND state = 'completed'`, [PURGE_EXPIRED_AUTH_STATE_JOB]);
    const [run] = await waitFor(async () => {
      const rows = await completedJobs();
      return rows.length > 0 ? rows : null;
    }, 75_000);
    expect(run.output).toEqual({ requests: 1, assertions: 1, sessions: 1 });
    expect(await db.query(`SELECT id FROM saml_requests`)).toEqual([{ id: '_fresh' }]);
    // A run that died with its process (no completion, no failure) is taken up again after five minutes, not fifteen.
    const [job] = await db.query(`SELECT extract(epoch FROM expire_in)::int AS "expireSeconds", retry_limit AS "retryLimit" FROM pgboss.job WHERE id = $1`, [run.id]);
    expect(job).toEqual({ expireSeconds: 300, retryLimit: 3 });

    // Both processes' cron monitors have looked again by now; the slot still has exactly one job.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    const slot = await db.query(
      `SELECT count(*) FROM pgboss.job WHERE name = $1 AND date_trunc('minute', created_on) = date_trunc('minute', $2::timestamptz)`,
      [PURGE_EXPIRED_AUTH_STATE_JOB, run.created_on],
    );
    expect(Number(slot[0].count)).toBe(1);
  }, 120_000);
});
