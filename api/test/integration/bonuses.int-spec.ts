import type { BonusListResponse, BonusResponse, ConfirmationReport, PayrollBatchResponse, VacancyResponse } from '@referrals/contracts';
import { BonusesService } from '../../src/bonuses/bonuses.service';
import { moveTo, referCandidate } from '../support/pipeline-fixtures';
import { acceptRules, openVacancy } from '../support/referral-fixtures';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

const TODAY = new Date('2026-11-25T10:00:00Z');

describe('bonuses after probation', () => {
  let testApp: TestApp;
  let sophie: SignedInAgent;
  let emma: SignedInAgent;
  let daan: SignedInAgent;
  let anna: SignedInAgent;
  let noah: SignedInAgent;
  let vacancy: VacancyResponse;
  const ids: Record<string, string> = {};

  const count = async (sql: string, params: unknown[] = []) => Number((await testApp.dataSource.query(sql, params))[0].n);
  const stateOf = async (bonusId: string) => (await testApp.dataSource.query(`SELECT state FROM bonuses WHERE id = $1`, [bonusId]))[0].state as string;
  const markEligible = (app: TestApp = testApp) => app.app.get(BonusesService).markDueBonusesEligible();
  const post = (as: SignedInAgent, url: string, body: unknown = {}) => as.agent.post(url).set('X-XSRF-TOKEN', as.csrfToken).send(body as object);

  /** A referral by `referrer` hired on `startDate`; returns its (only) bonus id. */
  async function hiredBonus(referrer: SignedInAgent = emma, startDate = '2026-09-01', on: VacancyResponse = vacancy): Promise<string> {
    const applicationId = await referCandidate(testApp, referrer, on);
    const hired = await moveTo(sophie, applicationId, 'hired', { startDate });
    return hired.hire!.bonus!.id;
  }

  async function eligibleBonus(referrer: SignedInAgent = emma): Promise<string> {
    const bonusId = await hiredBonus(referrer);
    testApp.clock.set(TODAY);
    await markEligible();
    expect(await stateOf(bonusId)).toBe('eligible');
    return bonusId;
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    [sophie, emma, daan, anna, noah] = await Promise.all(['sophie', 'emma', 'daan', 'anna', 'noah'].map((key) => signIn(testApp, key)));
    // Noah becomes a second HR colleague, so four eyes can be tested with two of them.
    const mappings = (await noah.agent.get('/api/role-mappings').expect(200)).body;
    await noah.agent
      .put('/api/role-mappings')
      .set('X-XSRF-TOKEN', noah.csrfToken)
      .send({ mappings: [...mappings, { group: 'referrals-admins', role: 'hr' }] })
      .expect(200);
    noah = await signIn(testApp, 'noah');
    for (const [key, person] of Object.entries({ sophie, emma, daan, anna, noah })) ids[key] = (await person.agent.get('/api/me').expect(200)).body.id;
    await Promise.all([emma, daan, anna].map(acceptRules));
    await noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).send({ maxReferralsPerDay: 1000, maxReferralsPer30Days: 10_000, excludeRecruitersAndHrFromBonuses: false, tierExtraAmountMinor: 0 }).expect(200);
    vacancy = await openVacancy(sophie, { probationMonths: 2, bonusAmountMinor: 150_000, department: 'Engineering' });
  });
  afterAll(() => testApp.close());
  afterEach(() => testApp.clock.reset());

  describe('eligibility', () => {
    it('makes a bonus eligible once, on the probation end date in the company’s time zone', async () => {
      const bonusId = await hiredBonus(emma, '2026-09-30');
      // Probation ends 30 November; at 23:30 UTC on the 29th it is already the 30th in Amsterdam.
      testApp.clock.set(new Date('2026-11-29T12:00:00Z'));
      await markEligible();
      expect(await stateOf(bonusId)).toBe('pending_probation');
      testApp.clock.set(new Date('2026-11-29T23:30:00Z'));
      await markEligible();
      await markEligible();
      expect(await stateOf(bonusId)).toBe('eligible');
      const events = await count(`SELECT count(*) AS n FROM bonus_events WHERE bonus_id = $1 AND to_state = 'eligible'`, [bonusId]);
      expect(events).toBe(1);
    });

    it('does it once across a restart of the server', async () => {
      const bonusId = await hiredBonus(daan, '2026-09-01');
      testApp.clock.set(new Date('2026-10-01T12:00:00Z'));
      await markEligible();
      const restarted = await createTestApp({ databaseUrl: testApp.databaseUrl, dataDir: testApp.dataDir });
      try {
        restarted.clock.set(TODAY);
        await markEligible(restarted);
        await markEligible(restarted);
      } finally {
        await restarted.close();
      }
      testApp.clock.set(TODAY);
      await markEligible();
      expect(await stateOf(bonusId)).toBe('eligible');
      expect(await count(`SELECT count(*) AS n FROM bonus_events WHERE bonus_id = $1 AND to_state = 'eligible'`, [bonusId])).toBe(1);
    });

    it('does it once when two API processes run the job at the same moment', async () => {
      const bonusIds = [await hiredBonus(emma, '2026-08-03'), await hiredBonus(daan, '2026-08-04')];
      const second = await createTestApp({ databaseUrl: testApp.databaseUrl, dataDir: testApp.dataDir });
      try {
        testApp.clock.set(TODAY);
        second.clock.set(TODAY);
        await Promise.all([markEligible(), markEligible(second), markEligible(), markEligible(second)]);
      } finally {
        await second.close();
      }
      for (const bonusId of bonusIds) {
        expect(await stateOf(bonusId)).toBe('eligible');
        expect(await count(`SELECT count(*) AS n FROM bonus_events WHERE bonus_id = $1 AND to_state = 'eligible'`, [bonusId])).toBe(1);
        expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'bonus.eligible'`, [bonusId])).toBe(1);
      }
    });

    it('runs as a durable job on the due day when the job runner is on', async () => {
      const withJobs = await createTestApp({ databaseUrl: testApp.databaseUrl, dataDir: testApp.dataDir, env: { JOBS_ENABLED: 'true', JOBS_POLL_SECONDS: '1' } });
      try {
        const recruiter = await signIn(withJobs, 'sophie');
        const applicationId = await referCandidate(withJobs, emma, vacancy);
        // A probation that ended already: the part is due now, and the job sent with the hire picks it up.
        const hired = await moveTo(recruiter, applicationId, 'hired', { startDate: '2026-01-05' });
        const bonusId = hired.hire!.bonus!.id;
        for (let attempt = 0; attempt < 60 && (await stateOf(bonusId)) !== 'eligible'; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 500));
        expect(await stateOf(bonusId)).toBe('eligible');
      } finally {
        await withJobs.close();
      }
    });

    it('splits a bonus per the vacancy: the part at hire is due on the start date', async () => {
      const split = await openVacancy(sophie, { probationMonths: 3, bonusAmountMinor: 100_001, bonusAtHirePercent: 25 });
      const applicationId = await referCandidate(testApp, emma, split);
      await moveTo(sophie, applicationId, 'hired', { startDate: '2026-11-02' });
      const parts = await testApp.dataSource.query(
        `SELECT b.part, b.amount_minor::int AS "amountMinor", to_char(b.due_on, 'YYYY-MM-DD') AS "dueOn"
           FROM bonuses b JOIN hires h ON h.id = b.hire_id WHERE h.application_id = $1 ORDER BY b.due_on`,
        [applicationId],
      );
      expect(parts).toEqual([
        { part: 'at_hire', amountMinor: 25_000, dueOn: '2026-11-02' },
        { part: 'after_probation', amountMinor: 75_001, dueOn: '2027-02-02' },
      ]);
    });
  });

  it('adds the tier extra from the referrer’s third hire in a calendar year', async () => {
    await noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).send({ tierExtraAmountMinor: 25_000 }).expect(200);
    try {
      const amounts: number[] = [];
      for (const startDate of ['2027-01-04', '2027-02-01', '2027-03-01']) {
        const applicationId = await referCandidate(testApp, daan, vacancy);
        amounts.push((await moveTo(sophie, applicationId, 'hired', { startDate })).hire!.bonus!.amountMinor);
      }
      expect(amounts).toEqual([150_000, 150_000, 175_000]);
    } finally {
      await noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).send({ tierExtraAmountMinor: 0 }).expect(200);
    }
  });

  describe('four-eyes approval', () => {
    it('approves once out of 20 concurrent requests, with one audit event', async () => {
      const bonusId = await eligibleBonus();
      const responses = await Promise.all(Array.from({ length: 20 }, () => post(anna, `/api/bonuses/${bonusId}/approve`, { comment: 'Well done' })));
      expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
      expect(responses.filter((response) => response.status === 409)).toHaveLength(19);
      expect(await stateOf(bonusId)).toBe('approved');
      expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action = 'bonus.approved'`, [bonusId])).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM bonus_events WHERE bonus_id = $1 AND to_state = 'approved'`, [bonusId])).toBe(1);
    });

    it('refuses the referrer and the recorder of the hire with 403', async () => {
      const annasOwn = await eligibleBonus(anna);
      const own = await post(anna, `/api/bonuses/${annasOwn}/approve`);
      expect(own.status).toBe(403);
      expect(own.body.code).toBe('forbidden');
      const list = (await noah.agent.get('/api/bonuses?state=eligible&pageSize=200').expect(200)).body as BonusListResponse;
      expect(list.items.find((item) => item.id === annasOwn)?.canDecide).toBe(true);

      const recorded = await eligibleBonus(emma);
      await testApp.dataSource.query(`UPDATE hires SET recorded_by = $1 WHERE id = (SELECT hire_id FROM bonuses WHERE id = $2)`, [ids['noah'], recorded]);
      expect((await post(noah, `/api/bonuses/${recorded}/approve`)).status).toBe(403);
      expect((await post(emma, `/api/bonuses/${recorded}/approve`)).status).toBe(403);
      expect(await stateOf(recorded)).toBe('eligible');
      expect((await post(anna, `/api/bonuses/${recorded}/approve`)).status).toBe(200);
    });

    it('refuses an approval over the department’s quarterly budget without an override (422), and takes one with a reason', async () => {
      const budgeted = await openVacancy(sophie, { probationMonths: 2, bonusAmountMinor: 150_000, department: 'Finance' });
      const first = await hiredBonus(emma, '2026-09-01', budgeted);
      const second = await hiredBonus(daan, '2026-09-01', budgeted);
      testApp.clock.set(TODAY);
      await markEligible();
      await anna.agent
        .put('/api/budgets')
        .set('X-XSRF-TOKEN', anna.csrfToken)
        .send({ budgets: [{ department: 'Finance', quarter: '2026-Q4', amountMinor: 200_000, currency: 'EUR' }] })
        .expect(200);
      expect((await post(anna, `/api/bonuses/${first}/approve`)).status).toBe(200);
      const over = await post(anna, `/api/bonuses/${second}/approve`);
      expect(over.status).toBe(422);
      expect(over.body).toMatchObject({ code: 'budget_exceeded', department: 'Finance', quarter: '2026-Q4', budgetMinor: 200_000, committedMinor: 150_000 });
      expect(await stateOf(second)).toBe('eligible');
      const overridden = await post(anna, `/api/bonuses/${second}/approve`, { budgetOverrideReason: 'Two strong hires in one quarter' });
      expect(overridden.status).toBe(200);
      expect((overridden.body as BonusResponse).budgetOverrideReason).toBe('Two strong hires in one quarter');
      const budgets = (await anna.agent.get('/api/budgets?quarter=2026-Q4').expect(200)).body;
      expect(budgets.find((row: { department: string }) => row.department === 'Finance')).toMatchObject({ budgetMinor: 200_000, committedMinor: 300_000 });
    });

    it('rejects with a comment, and approves a selection reporting each bonus', async () => {
      const rejected = await eligibleBonus();
      expect((await post(anna, `/api/bonuses/${rejected}/reject`, {})).status).toBe(400);
      expect((await post(anna, `/api/bonuses/${rejected}/reject`, { comment: 'Candidate was already in our pool' })).body).toMatchObject({ state: 'rejected' });
      const first = await eligibleBonus();
      const second = await eligibleBonus(daan);
      const bulk = await post(anna, '/api/bonuses/approve', { bonusIds: [first, second, rejected] });
      expect(bulk.status).toBe(200);
      expect(bulk.body.results).toEqual([
        { bonusId: first, outcome: 'approved' },
        { bonusId: second, outcome: 'approved' },
        expect.objectContaining({ bonusId: rejected, outcome: 'refused', code: 'conflict' }),
      ]);
      const mine = (await emma.agent.get('/api/bonuses/mine?pageSize=200').expect(200)).body.items;
      expect(mine.find((item: { id: string }) => item.id === rejected)).toMatchObject({ state: 'rejected', reason: 'Candidate was already in our pool' });
      await emma.agent.get('/api/bonuses').expect(403);
    });
  });

  it('totals what the queue’s filters match, a search by name included', async () => {
    await eligibleBonus(emma);
    const bonusId = await eligibleBonus(daan);
    const queue = async (query: string) => (await anna.agent.get(`/api/bonuses?${query}&pageSize=200`).expect(200)).body as BonusListResponse;
    const eligible = await queue('state=eligible');
    expect(eligible.totals.map((total) => total.count)).toEqual([eligible.items.length]);
    expect(eligible.totals[0].amountMinor).toBe(eligible.items.reduce((sum, item) => sum + item.amountMinor, 0));
    const byName = await queue(`state=eligible&q=${encodeURIComponent('Daan')}`);
    expect(byName.items.map((item) => item.id)).toContain(bonusId);
    expect(new Set(byName.items.map((item) => item.beneficiary.displayName))).toEqual(new Set(['Daan Jansen']));
    expect(byName.totals.map((total) => total.count)).toEqual([byName.items.length]);
    expect(byName.items.length).toBeLessThan(eligible.items.length);
    expect((await queue('state=eligible&q=nobody-by-this-name')).totals).toEqual([]);
  });

  describe('leaving', () => {
    it('forfeits the bonus when the hire leaves during probation, not after', async () => {
      const during = await hiredBonus(emma, '2026-11-02');
      const hireId = (await testApp.dataSource.query(`SELECT hire_id FROM bonuses WHERE id = $1`, [during]))[0].hire_id;
      const left = await post(anna, `/api/hires/${hireId}/left`, { leftOn: '2026-11-20', reason: 'Moved abroad' });
      expect(left.status).toBe(200);
      expect(await stateOf(during)).toBe('forfeited');
      expect((await post(anna, `/api/hires/${hireId}/left`, { leftOn: '2026-11-21', reason: 'Again' })).status).toBe(409);

      const after = await eligibleBonus(daan);
      const laterHire = (await testApp.dataSource.query(`SELECT hire_id FROM bonuses WHERE id = $1`, [after]))[0].hire_id;
      await post(anna, `/api/hires/${laterHire}/left`, { leftOn: '2026-11-24', reason: 'New job' }).expect(200);
      expect(await stateOf(after)).toBe('eligible');
    });
  });

  describe('payroll', () => {
    it('puts every approved bonus in exactly one batch when two batches are created at once; downloads are byte-identical', async () => {
      const approved = [await eligibleBonus(), await eligibleBonus(daan), await eligibleBonus()];
      for (const bonusId of approved) await post(anna, `/api/bonuses/${bonusId}/approve`).expect(200);
      testApp.clock.reset();
      const responses = await Promise.all([post(anna, '/api/payroll-batches'), post(noah, '/api/payroll-batches')]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 422]);
      const batch = responses.find((response) => response.status === 201)!.body as PayrollBatchResponse;
      expect(await count(`SELECT count(*) AS n FROM bonuses WHERE state = 'approved'`)).toBe(0);
      const inBatches = await testApp.dataSource.query(`SELECT id, batch_id FROM bonuses WHERE state IN ('exported', 'paid')`);
      expect(new Set(inBatches.map((row: { id: string }) => row.id)).size).toBe(inBatches.length);
      for (const bonusId of approved) expect(await stateOf(bonusId)).toBe('exported');

      const csv1 = await anna.agent.get(`/api/payroll-batches/${batch.id}/export.csv`).buffer(true).expect(200);
      const csv2 = await noah.agent.get(`/api/payroll-batches/${batch.id}/export.csv`).buffer(true).expect(200);
      expect(Buffer.compare(Buffer.from(csv1.text), Buffer.from(csv2.text))).toBe(0);
      const lines = csv1.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('employee_id,employee_name,department,amount,currency,vacancy,hire_date,bonus_id,batch_id');
      expect(lines).toHaveLength(batch.bonusCount + 1);
      expect(lines[1]).toContain(',1500.00,EUR,');
      expect(lines[1]).toContain(batch.id);

      const binary = (agent: SignedInAgent) =>
        agent.agent
          .get(`/api/payroll-batches/${batch.id}/export.xlsx`)
          .buffer(true)
          .parse((response, done) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () => done(null, Buffer.concat(chunks)));
          });
      const [xlsx1, xlsx2] = [(await binary(anna)).body as Buffer, (await binary(noah)).body as Buffer];
      expect(xlsx1.subarray(0, 2).toString()).toBe('PK');
      expect(Buffer.compare(xlsx1, xlsx2)).toBe(0);
    });

    it('pays the valid id of a confirmation once and reports a repeated, an unknown and a foreign id', async () => {
      const bonusId = await eligibleBonus();
      await post(anna, `/api/bonuses/${bonusId}/approve`).expect(200);
      testApp.clock.reset();
      const batch = (await post(anna, '/api/payroll-batches').expect(201)).body as PayrollBatchResponse;
      const notInBatch = await eligibleBonus(daan);
      const unknown = '6f1c2b7e-0000-4000-8000-000000000000';
      const file = `bonus_id\r\n${bonusId}\r\n${bonusId}\r\n${unknown}\r\n${notInBatch}\r\nnot-an-id\r\n`;
      const confirm = () =>
        anna.agent
          .post(`/api/payroll-batches/${batch.id}/confirmation`)
          .set('X-XSRF-TOKEN', anna.csrfToken)
          .attach('file', Buffer.from(file), 'confirmation.csv');
      const report = (await confirm().expect(200)).body as ConfirmationReport;
      expect(report.paid).toEqual([bonusId]);
      expect(report.problems).toEqual([
        { line: 3, value: bonusId, problem: 'repeated' },
        { line: 4, value: unknown, problem: 'unknown' },
        { line: 5, value: notInBatch, problem: 'not_in_batch' },
        { line: 6, value: 'not-an-id', problem: 'invalid_id' },
      ]);
      const again = (await confirm().expect(200)).body as ConfirmationReport;
      expect(again.paid).toEqual([]);
      expect(again.problems[0]).toEqual({ line: 2, value: bonusId, problem: 'already_paid' });
      expect(await count(`SELECT count(*) AS n FROM bonus_events WHERE bonus_id = $1 AND to_state = 'paid'`, [bonusId])).toBe(1);
      const mine = (await emma.agent.get('/api/bonuses/mine?pageSize=200').expect(200)).body.items;
      expect(mine.find((item: { id: string }) => item.id === bonusId)).toMatchObject({ state: 'paid', expectedOn: null });
    });

    it('answers nothing_to_export when no bonus waits', async () => {
      testApp.clock.reset();
      // Whatever earlier tests left approved goes out first.
      await post(anna, '/api/payroll-batches');
      const empty = await post(anna, '/api/payroll-batches');
      expect(empty.status).toBe(422);
      expect(empty.body.code).toBe('nothing_to_export');
    });
  });

  describe('credit disputes', () => {
    it('moves a bonus not yet sent to payroll to the colleague a dispute decision credits', async () => {
      const bonusId = await hiredBonus(emma, '2026-11-02');
      const [{ email }] = await testApp.dataSource.query(
        `SELECT c.email FROM bonuses b JOIN hires h ON h.id = b.hire_id JOIN candidates c ON c.id = h.candidate_id WHERE b.id = $1`,
        [bonusId],
      );
      const filed = await post(daan, '/api/disputes', {
        candidateEmail: email,
        statement: 'I introduced this candidate to our team at a meetup two months before Emma referred them.',
      });
      expect(filed.status).toBe(201);
      await post(anna, `/api/disputes/${filed.body.id}/decision`, { outcome: 'upheld', reason: 'The meetup photos show the introduction.' }).expect(200);
      const [bonus] = await testApp.dataSource.query(`SELECT beneficiary_id AS "beneficiaryId", state FROM bonuses WHERE id = $1`, [bonusId]);
      expect(bonus).toEqual({ beneficiaryId: ids['daan'], state: 'pending_probation' });
      const daansBonuses = (await daan.agent.get('/api/bonuses/mine?pageSize=200').expect(200)).body.items;
      expect(daansBonuses.map((item: { id: string }) => item.id)).toContain(bonusId);
    });
  });

  describe('the referrer leaving', () => {
    it('forfeits what they had not earned yet when the setting says so, and keeps what was approved', async () => {
      const pending = await hiredBonus(daan, '2026-11-02');
      const approved = await eligibleBonus(daan);
      await post(anna, `/api/bonuses/${approved}/approve`).expect(200);
      await post(emma, `/api/users/${ids['daan']}/left`, { leftOn: '2026-11-25' }).expect(403);
      const left = await post(anna, `/api/users/${ids['daan']}/left`, { leftOn: '2026-11-25' });
      expect(left.status).toBe(200);
      expect(left.body.forfeitedBonuses).toBeGreaterThanOrEqual(1);
      expect(await stateOf(pending)).toBe('forfeited');
      expect(await stateOf(approved)).toBe('approved');
      await daan.agent.get('/api/me').expect(401);
    });
  });
});
