import { Client } from 'pg';
import request from 'supertest';
import type { VacancyResponse } from '@referrals/contracts';
import { openNotificationStream } from '../support/notification-stream';
import { moveTo, referCandidate } from '../support/pipeline-fixtures';
import { acceptRules, openVacancy, submitReferral } from '../support/referral-fixtures';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { SmtpTestServer } from '../support/smtp-test-server';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestApp, createTestDatabase, type TestApp } from '../support/test-app';

/** Longest a request may take while the database is away: it must answer, not hang. */
const CLIENT_TIMEOUT_MS = 10_000;

async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the database connection dropped and restored', () => {
  let proxy: TcpProxy;
  let smtp: SmtpTestServer;
  let testApp: TestApp;
  let direct: Client;
  let emma: SignedInAgent;
  let sophie: SignedInAgent;
  let vacancy: VacancyResponse;
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
    const databaseUrl = await createTestDatabase();
    const target = new URL(databaseUrl);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port) });
    smtp = await SmtpTestServer.start();
    direct = new Client({ connectionString: databaseUrl });
    await direct.connect();
    testApp = await createTestApp({
      databaseUrl: TcpProxy.urlThrough(databaseUrl, proxy.port),
      env: { JOBS_ENABLED: 'true', JOBS_POLL_SECONDS: '1', SMTP_URL: smtp.url, MAIL_POLL_SECONDS: '1', LOG_LEVEL: 'fatal' },
    });
    direct.on('error', () => undefined); // the run's PostgreSQL stops after this file
    [emma, sophie] = await Promise.all([signIn(testApp, 'emma'), signIn(testApp, 'sophie')]);
    await acceptRules(emma);
    vacancy = await openVacancy(sophie, { probationMonths: 1 });
  });
  let closeStream = () => undefined as void;
  let closed = false;
  afterAll(async () => {
    closeStream();
    await proxy?.restore();
    if (!closed) await testApp?.close();
    await direct?.end();
    await proxy?.stop();
    await smtp?.stop();
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
  });

  const anonymous = () => request(testApp.app.getHttpServer());

  it('answers 503 problem+json while the database is away, says so on /api/health, and recovers without a restart', async () => {
    await emma.agent.get('/api/me').expect(200);
    const stream = await openNotificationStream(testApp, emma);
    closeStream = stream.close;
    await until('the stream sent the first count', async () => stream.counts.length > 0);

    // A request whose query is running when the connection drops: held on the vacancy's row lock until the cut.
    await direct.query('BEGIN');
    await direct.query('SELECT id FROM vacancies WHERE id = $1 FOR UPDATE', [vacancy.id]);
    const cutOff = submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: 'cut-off@mail.example' }).timeout(CLIENT_TIMEOUT_MS).then((r) => r);
    await until('the submission waits for the row lock', async () =>
      (await direct.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'referral-portal' AND wait_event_type = 'Lock'`)).rows[0].n > 0,
    );

    await proxy.cut();
    try {
      const interrupted = await cutOff.finally(() => direct.query('ROLLBACK'));
      expect([interrupted.status, interrupted.type, interrupted.body.code]).toEqual([503, 'application/problem+json', 'service_unavailable']);

      for (const [who, path] of [
        [emma, '/api/me'],
        [emma, '/api/vacancies'],
        [sophie, `/api/vacancies/${vacancy.id}`],
        [emma, '/api/notifications/unread-count'],
      ] as const) {
        const response = await who.agent.get(path).timeout(CLIENT_TIMEOUT_MS);
        expect({ path, status: response.status, type: response.type, code: response.body.code }).toEqual({
          path,
          status: 503,
          type: 'application/problem+json',
          code: 'service_unavailable',
        });
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      }
      const write = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: 'during-outage@mail.example' }).timeout(CLIENT_TIMEOUT_MS);
      expect([write.status, write.body.code]).toEqual([503, 'service_unavailable']);

      const health = await anonymous().get('/api/health').timeout(CLIENT_TIMEOUT_MS);
      expect([health.status, health.type, health.body.code]).toEqual([503, 'application/problem+json', 'service_unavailable']);
      expect(health.body.details.database.status).toBe('down');
    } finally {
      await proxy.restore();
    }

    // Back: everything answers again, on the same process, as soon as new connections work.
    await until('the API answers again', async () => (await emma.agent.get('/api/me').timeout(CLIENT_TIMEOUT_MS)).status === 200);
    await emma.agent.get('/api/vacancies').expect(200);
    const health = await anonymous().get('/api/health').expect(200);
    expect(health.body.info.database.status).toBe('up');

    // The background parts reconnected too: a new referral reaches emma's open stream (LISTEN/NOTIFY), its
    // mail is delivered by the mail worker, and the job runner takes new work.
    const before = stream.counts.at(-1)!;
    const mailsBefore = smtp.mailTo('emma.devries@demo.example').length;
    await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: 'after-outage@mail.example' }).expect(201);
    await until('the stream pushed the new count', async () => (stream.counts.at(-1) ?? 0) > before);
    await until('the thank-you mail was delivered', async () => smtp.mailTo('emma.devries@demo.example').length > mailsBefore);
    stream.close();
    // A hire whose probation is long over: the eligibility job sent with it runs on the job runner's workers.
    const applicationId = await referCandidate(testApp, emma, vacancy);
    const startDate = new Date(Date.now() - 100 * 86_400_000).toISOString().slice(0, 10);
    const bonusId = (await moveTo(sophie, applicationId, 'hired', { startDate })).hire!.bonus!.id;
    await until('the job runner made the bonus eligible', async () =>
      (await direct.query(`SELECT state FROM bonuses WHERE id = $1`, [bonusId])).rows[0].state === 'eligible',
    );

    expect(unhandled).toEqual([]);
  });

  it('ends open notification streams when it shuts down, so stopping the server does not wait for browsers', async () => {
    const stream = await openNotificationStream(testApp, emma);
    closeStream = stream.close;
    await until('the stream sent the first count', async () => stream.counts.length > 0);
    const ended = new Promise<void>((resolve) => stream.response.once('end', () => resolve()));
    await testApp.close();
    await ended;
    closed = true;
  });
});
