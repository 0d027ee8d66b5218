import { mkdtemp, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { VacancyResponse } from '@referrals/contracts';
import { assertServerBuilt, type BuiltServer, startBuiltServer, stopBuiltServer } from '../support/built-server';
import { minimalPdf } from '../support/cv-fixtures';
import { acceptRules, openVacancy, submitReferral } from '../support/referral-fixtures';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { SmtpTestServer } from '../support/smtp-test-server';
import { createTestDatabase } from '../support/test-app';

const ELIGIBILITY_QUEUE = 'bonuses.mark-eligible';

/** A start date `days` ago: recent enough to be accepted, long enough ago for a one-month probation. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

type Outcome = { kind: 'referral' | 'approval'; key: string; status: number | null; id?: string };

/** Polls `probe` until it returns true; no fixed sleeps. */
async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a crash of the API process (SIGKILL) in the middle of referrals and bonus approvals', () => {
  let smtp: SmtpTestServer;
  let db: Client;
  let server: BuiltServer | null = null;

  beforeAll(async () => {
    assertServerBuilt();
    smtp = await SmtpTestServer.start();
  });
  afterAll(async () => {
    if (server) await stopBuiltServer(server, 'SIGKILL');
    await db?.end();
    await smtp?.stop();
  });

  const rows = async <T>(sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows as T[];
  const count = async (sql: string, params: unknown[] = []) => Number((await rows<{ n: string }>(sql, params))[0].n);
  const post = (as: SignedInAgent, url: string, body: object = {}) => as.agent.post(url).set('X-XSRF-TOKEN', as.csrfToken).send(body);

  it('keeps every answered write whole, loses no queued job or mail, and serves again after a restart', async () => {
    const databaseUrl = await createTestDatabase();
    const dataDir = await mkdtemp(join(tmpdir(), 'referrals-crash-'));
    const env = (jobs: { pollSeconds: number }) => ({
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      JOBS_ENABLED: 'true',
      JOBS_POLL_SECONDS: String(jobs.pollSeconds),
      SMTP_URL: smtp.url,
      MAIL_POLL_SECONDS: '1',
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    });
    db = new Client({ connectionString: databaseUrl });
    db.on('error', () => undefined); // the run's PostgreSQL stops after this file

    // Set-up run: people, rules, a vacancy and five bonuses made eligible by the job runner.
    server = await startBuiltServer(env({ pollSeconds: 1 }));
    const port = server.port;
    await db.connect();
    const people = Object.fromEntries(
      await Promise.all(['sophie', 'anna', 'noah', 'emma', 'daan', 'lucas'].map(async (key) => [key, await signIn(server!.baseUrl, key)] as const)),
    ) as Record<string, SignedInAgent>;
    const { sophie, anna, noah, emma, daan, lucas } = people;
    const referrers = [emma, daan, lucas, noah];
    await Promise.all(referrers.map(acceptRules));
    await noah.agent
      .patch('/api/settings')
      .set('X-XSRF-TOKEN', noah.csrfToken)
      .send({ maxReferralsPerDay: 1000, maxReferralsPer30Days: 10_000 })
      .expect(200);
    const vacancy: VacancyResponse = await openVacancy(sophie, { probationMonths: 1, bonusAmountMinor: 100_000, department: 'Engineering' });

    let candidateNumber = 0;
    const hire = async (startDate: string): Promise<string> => {
      candidateNumber += 1;
      const referral = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: `hire-${candidateNumber}@mail.example`, candidateName: `Hire ${candidateNumber}` }).expect(201);
      const [{ applicationId }] = await rows<{ applicationId: string }>(`SELECT application_id AS "applicationId" FROM referrals WHERE id = $1`, [referral.body.id]);
      const current = await sophie.agent.get(`/api/applications/${applicationId}`).expect(200);
      const moved = await post(sophie, `/api/applications/${applicationId}/move`, { toStage: 'hired', version: current.body.version, startDate }).expect(200);
      return moved.body.hire.bonus.id as string;
    };
    const eligibleBonusIds = await Promise.all(Array.from({ length: 5 }, () => hire(daysAgo(100))));
    await until('the set-up bonuses are eligible', async () =>
      (await count(`SELECT count(*) AS n FROM bonuses WHERE id = ANY($1) AND state = 'eligible'`, [eligibleBonusIds])) === eligibleBonusIds.length,
    );
    await stopBuiltServer(server);

    // The run that will crash. Its workers poll only every 45 s, so the eligibility jobs its hires send are
    // still waiting when it dies.
    server = await startBuiltServer(env({ pollSeconds: 45 }), port);
    const waitingBonusIds = await Promise.all([hire(daysAgo(90)), hire(daysAgo(90)), hire(daysAgo(80))]);
    const queuedJobs = await rows<{ id: string }>(`SELECT id FROM pgboss.job WHERE name = $1 AND state = 'created' AND start_after < now()`, [ELIGIBILITY_QUEUE]);
    expect(queuedJobs.length).toBeGreaterThan(0);

    const outcomes: Outcome[] = [];
    let answered = 0;
    const kill: { done: Promise<void> | null } = { done: null };
    const crashed = server;
    const record = async (outcome: Outcome, call: () => PromiseLike<{ status: number; body: { id?: string } }>) => {
      try {
        const response = await call();
        outcome.status = response.status;
        if (response.status < 300) outcome.id = response.body.id;
      } catch {
        outcome.status = null; // no answer: the process died with the request in flight
      }
      outcomes.push(outcome);
      if (outcome.status !== null && outcome.status < 300 && ++answered === 8) kill.done = stopBuiltServer(crashed, 'SIGKILL');
    };
    const cv = minimalPdf();
    const calls: Promise<void>[] = [];
    for (let n = 0; n < 25; n++) {
      const referrer = referrers[n % referrers.length];
      const key = `storm-${n}@mail.example`;
      calls.push(
        record({ kind: 'referral', key, status: null }, () =>
          submitReferral(referrer, { vacancyId: n % 2 ? vacancy.id : undefined, candidateEmail: key, candidateName: `Storm ${n}` }, { data: cv, fileName: 'cv.pdf' }),
        ),
      );
      if (n % 5 === 0) {
        const bonusId = eligibleBonusIds[n / 5];
        calls.push(record({ kind: 'approval', key: bonusId, status: null }, () => post(anna, `/api/bonuses/${bonusId}/approve`, { comment: 'Welcome aboard' })));
      }
    }
    await Promise.all(calls);
    await (kill.done ?? stopBuiltServer(crashed, 'SIGKILL'));
    server = null;
    const ok = (kind: Outcome['kind']) => outcomes.filter((o) => o.kind === kind && o.status !== null && o.status < 300);
    const unanswered = outcomes.filter((o) => o.status === null);
    // A crash in the middle: some answered, some cut off.
    expect(ok('referral').length + ok('approval').length).toBeGreaterThanOrEqual(8);
    expect(unanswered.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status !== null && o.status >= 300)).toEqual([]);

    // Every answered referral is there with its candidate, application, first event, audit entry and CV.
    const referralIds = ok('referral').map((o) => o.id!);
    const whole = await rows<{ id: string }>(
      `SELECT r.id FROM referrals r
         JOIN candidates c ON c.id = r.candidate_id
         JOIN applications a ON a.id = r.application_id AND a.candidate_id = c.id
         JOIN stored_files f ON f.id = a.cv_file_id
        WHERE r.id = ANY($1)
          AND EXISTS (SELECT 1 FROM application_events e WHERE e.application_id = a.id AND e.to_stage = 'new')
          AND EXISTS (SELECT 1 FROM audit_log l WHERE l.entity_id = r.id::text AND l.action = 'referral.submitted')`,
      [referralIds],
    );
    expect(whole.map((row) => row.id).sort()).toEqual([...referralIds].sort());
    // Nothing half-written, answered or not: each storm candidate has all of it or none of it.
    const storm = await rows<{ email: string; referrals: string; applications: string; events: string; audits: string; files: string }>(
      `SELECT c.email,
              (SELECT count(*) FROM referrals r WHERE r.candidate_id = c.id) AS referrals,
              (SELECT count(*) FROM applications a WHERE a.candidate_id = c.id) AS applications,
              (SELECT count(*) FROM application_events e JOIN applications a ON a.id = e.application_id WHERE a.candidate_id = c.id) AS events,
              (SELECT count(*) FROM audit_log l JOIN referrals r ON r.id::text = l.entity_id WHERE r.candidate_id = c.id AND l.action = 'referral.submitted') AS audits,
              (SELECT count(*) FROM stored_files f JOIN applications a ON a.cv_file_id = f.id WHERE a.candidate_id = c.id) AS files
         FROM candidates c WHERE c.email LIKE 'storm-%'`,
    );
    for (const candidate of storm) {
      expect({ email: candidate.email, counts: [candidate.referrals, candidate.applications, candidate.events, candidate.audits, candidate.files].map(Number) }).toEqual({
        email: candidate.email,
        counts: [1, 1, 1, 1, 1],
      });
    }
    expect(await count(`SELECT count(*) AS n FROM referrals r WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.id = r.application_id)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM stored_files f WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.cv_file_id = f.id)`)).toBe(0);
    // Every CV a row points at is on disk, completely written.
    const storedKeys = (await rows<{ key: string }>(`SELECT storage_key AS key FROM stored_files`)).map((row) => row.key);
    for (const key of storedKeys) expect(existsSync(join(dataDir, 'uploads', key))).toBe(true);
    // A CV written for a submission whose transaction died with the process has no row: an orphan, never
    // served, at most one per unanswered submission. (There is no sweeper for these yet.)
    const onDisk = await readdir(join(dataDir, 'uploads', 'cv'));
    const orphans = onDisk.filter((name) => !storedKeys.includes(`cv/${name}`));
    expect(orphans.length).toBeLessThanOrEqual(unanswered.filter((o) => o.kind === 'referral').length);

    // Every answered approval is approved, with one event and one audit entry; the others fully or not at all.
    const approvals = await rows<{ id: string; state: string; events: string; audits: string }>(
      `SELECT b.id, b.state,
              (SELECT count(*) FROM bonus_events e WHERE e.bonus_id = b.id AND e.to_state = 'approved') AS events,
              (SELECT count(*) FROM audit_log l WHERE l.entity_id = b.id::text AND l.action = 'bonus.approved') AS audits
         FROM bonuses b WHERE b.id = ANY($1)`,
      [eligibleBonusIds],
    );
    const answeredApprovals = new Set(ok('approval').map((o) => o.key));
    for (const bonus of approvals) {
      const approved = bonus.state === 'approved';
      if (answeredApprovals.has(bonus.id)) expect(approved).toBe(true);
      expect({ id: bonus.id, events: Number(bonus.events), audits: Number(bonus.audits) }).toEqual({ id: bonus.id, events: approved ? 1 : 0, audits: approved ? 1 : 0 });
    }
    // The jobs sent with the hires waited in PostgreSQL; the crashed run never ran them.
    expect(await count(`SELECT count(*) AS n FROM bonuses WHERE id = ANY($1) AND state = 'pending_probation'`, [waitingBonusIds])).toBe(waitingBonusIds.length);
    const leasedAtCrash = (await rows<{ id: string }>(`SELECT id FROM email_deliveries WHERE state = 'pending' AND locked_until > now()`)).map((row) => row.id);

    // Restart on the same database and data folder: the same people go on with their sessions.
    server = await startBuiltServer(env({ pollSeconds: 1 }), port);
    await until('the jobs queued before the crash have run', async () =>
      (await count(`SELECT count(*) AS n FROM pgboss.job WHERE id = ANY($1) AND state = 'completed'`, [queuedJobs.map((job) => job.id)])) === queuedJobs.length,
    );
    for (const bonusId of waitingBonusIds) {
      expect(await count(`SELECT count(*) AS n FROM bonus_events WHERE bonus_id = $1 AND to_state = 'eligible'`, [bonusId])).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'bonus.eligible'`, [bonusId])).toBe(1);
    }

    const after = await submitReferral(daan, { vacancyId: vacancy.id, candidateEmail: 'after-the-crash@mail.example', candidateName: 'After Crash' }, { data: cv, fileName: 'cv.pdf' });
    expect(after.status).toBe(201);
    const stillEligible = approvals.find((bonus) => bonus.state === 'eligible');
    if (stillEligible) await post(anna, `/api/bonuses/${stillEligible.id}/approve`).expect(200);
    expect((await daan.agent.get('/api/referrals/mine').expect(200)).body.items.some((item: { id: string }) => item.id === after.body.id)).toBe(true);

    // The mail outbox: all mail not under the dead process's lease goes out, each mail once.
    await until('the mail outbox is delivered', async () =>
      (await count(`SELECT count(*) AS n FROM email_deliveries WHERE state = 'pending' AND NOT (id = ANY($1))`, [leasedAtCrash])) === 0,
    );
    const sentIds = (await rows<{ id: string }>(`SELECT id FROM email_deliveries WHERE state = 'sent'`)).map((row) => row.id);
    const receivedIds = smtp.received.map((mail) => /^<([^@]+)@/.exec(mail.messageId)?.[1]);
    expect(new Set(receivedIds).size).toBe(receivedIds.length);
    for (const id of sentIds) expect(receivedIds).toContain(id);
    // What the dead process had claimed waits for its lease to run out (minutes), then goes like the rest.
    expect(await count(`SELECT count(*) AS n FROM email_deliveries WHERE state = 'pending'`)).toBe(leasedAtCrash.length);
    process.stdout.write(
      `crash-recovery: ${ok('referral').length} referrals and ${ok('approval').length} approvals answered before the kill, ` +
        `${unanswered.length} requests cut off; ${orphans.length} orphan CV file(s); ${leasedAtCrash.length} mail(s) under the dead process's lease\n`,
    );

    await stopBuiltServer(server);
    server = null;
  }, 120_000);
});
