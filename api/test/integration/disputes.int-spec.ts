import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { DisputeCaseResponse, FileDisputeDto, MyDisputeResponse, VacancyResponse } from '@referrals/contracts';
import { acceptRules, openVacancy, submitReferral } from '../support/referral-fixtures';
import { demoUser, signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

const STATEMENT = 'I introduced Kim to our team lead at the meetup in March, before anyone else did.';

describe('credit disputes', () => {
  let testApp: TestApp;
  let recruiter: SignedInAgent;
  let emma: SignedInAgent;
  let daan: SignedInAgent;
  let hr: SignedInAgent;
  let ids: Record<'emma' | 'daan' | 'anna', string>;
  let vacancy: VacancyResponse;
  let emailSequence = 0;
  const newCandidateEmail = () => `disputed${++emailSequence}@mail.example`;

  const userId = async (person: SignedInAgent) => (await person.agent.get('/api/me').expect(200)).body.id as string;
  const fileDispute = (person: SignedInAgent, body: Partial<FileDisputeDto> & { candidateEmail: string }) =>
    person.agent.post('/api/disputes').set('X-XSRF-TOKEN', person.csrfToken).send({ statement: STATEMENT, ...body });
  const decide = (person: SignedInAgent, id: string, outcome: 'upheld' | 'dismissed', reason = 'The meetup photos show the introduction.') =>
    person.agent.post(`/api/disputes/${id}/decision`).set('X-XSRF-TOKEN', person.csrfToken).send({ outcome, reason });

  /** A candidate referred over the API: the referrer holds the claim from now. */
  async function referredCandidate(referrer: SignedInAgent, motivation = 'Kim led our payments team for three years.') {
    const email = newCandidateEmail();
    const response = await submitReferral(referrer, { vacancyId: vacancy.id, candidateEmail: email, motivation }).expect(201);
    const [candidate] = await testApp.dataSource.query(
      `SELECT id, claim_holder_id, claim_referral_id, claim_since FROM candidates WHERE email = $1`,
      [email],
    );
    return { email, referralId: response.body.id as string, candidate };
  }

  /** A candidate who applied directly (there is no public apply endpoint yet): a claim without a holder. */
  async function directApplicant(): Promise<{ email: string; id: string }> {
    const email = newCandidateEmail();
    const [row] = await testApp.dataSource.query(
      `INSERT INTO candidates (email, full_name, claim_holder_id, claim_since) VALUES ($1, 'Sam Direct', NULL, now()) RETURNING id`,
      [email],
    );
    return { email, id: row.id };
  }

  async function auditActions(entityId: string): Promise<{ action: string; before: unknown; after: unknown }[]> {
    return testApp.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId]);
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    let admin: SignedInAgent;
    [recruiter, emma, daan, hr, admin] = await Promise.all(['sophie', 'emma', 'daan', 'anna', 'noah'].map((key) => signIn(testApp, key)));
    await Promise.all([emma, daan, hr].map(acceptRules));
    // Each test refers fresh candidates; the referral limits are not what is tested here.
    await admin.agent
      .patch('/api/settings')
      .set('X-XSRF-TOKEN', admin.csrfToken)
      .send({ maxReferralsPerDay: 1000, maxReferralsPer30Days: 10_000 })
      .expect(200);
    ids = { emma: await userId(emma), daan: await userId(daan), anna: await userId(hr) };
    vacancy = await openVacancy(recruiter);
  });
  afterAll(() => testApp.close());
  afterEach(() => testApp.clock.set(new Date()));

  describe('filing', () => {
    it('files a claim on a candidate someone else holds, recording the holder at that moment', async () => {
      const owned = await referredCandidate(emma);
      const response = await fileDispute(daan, { candidateEmail: owned.email.toUpperCase(), vacancyId: vacancy.id }).expect(201);
      const body: MyDisputeResponse = response.body;
      expect(body).toEqual({
        id: expect.any(String),
        candidateEmail: owned.email,
        vacancy: { id: vacancy.id, title: vacancy.title },
        statement: STATEMENT,
        status: 'open',
        filedAt: expect.any(String),
        decidedAt: null,
        decisionReason: null,
      });
      const [row] = await testApp.dataSource.query(`SELECT claimant_id, holder_id, holder_referral_id FROM credit_disputes WHERE id = $1`, [body.id]);
      expect(row).toEqual({ claimant_id: ids.daan, holder_id: ids.emma, holder_referral_id: owned.referralId });
      expect((await auditActions(body.id)).map((entry) => entry.action)).toEqual(['dispute.filed']);
    });

    it('answers an unknown candidate, the filer’s own candidate and a lapsed claim alike, revealing nothing', async () => {
      const own = await referredCandidate(daan);
      const lapsing = await referredCandidate(emma);
      const unknown = await fileDispute(daan, { candidateEmail: 'nobody@mail.example' }).expect(422);
      const mine = await fileDispute(daan, { candidateEmail: own.email }).expect(422);
      testApp.clock.set(new Date(Date.now() + 13 * 31 * 24 * 3600 * 1000));
      const lapsed = await fileDispute(daan, { candidateEmail: lapsing.email }).expect(422);
      for (const response of [unknown, mine, lapsed]) {
        expect(response.body.code).toBe('dispute_not_applicable');
        expect(response.body.detail).toBe(unknown.body.detail);
      }
      expect(JSON.stringify(lapsed.body)).not.toContain(demoUser('emma').displayName);
    });

    it('files a claim on a candidate who applied directly', async () => {
      const direct = await directApplicant();
      const response = await fileDispute(emma, { candidateEmail: direct.email }).expect(201);
      const [row] = await testApp.dataSource.query(`SELECT holder_id, holder_referral_id FROM credit_disputes WHERE id = $1`, [response.body.id]);
      expect(row).toEqual({ holder_id: null, holder_referral_id: null });
    });

    it('refuses a second open claim on the same candidate, also when both arrive at once', async () => {
      const owned = await referredCandidate(emma);
      await fileDispute(daan, { candidateEmail: owned.email }).expect(201);
      const again = await fileDispute(daan, { candidateEmail: owned.email }).expect(409);
      expect(again.body.code).toBe('conflict');

      const racing = await referredCandidate(emma);
      const statuses = (await Promise.all([1, 2, 3].map(() => fileDispute(daan, { candidateEmail: racing.email })))).map((r) => r.status);
      expect(statuses.sort()).toEqual([201, 409, 409]);
    });

    it('refuses a vacancy that does not exist and a statement that is too short', async () => {
      const owned = await referredCandidate(emma);
      const unknownVacancy = await fileDispute(daan, { candidateEmail: owned.email, vacancyId: '00000000-0000-4000-8000-000000000000' }).expect(400);
      expect(unknownVacancy.body.errors).toEqual([{ field: 'vacancyId', message: 'no such vacancy' }]);
      const short = await fileDispute(daan, { candidateEmail: owned.email, statement: 'me first' }).expect(400);
      expect(short.body.errors.map((e: { field: string }) => e.field)).toEqual(['statement']);
    });
  });

  describe('reading', () => {
    it('shows an employee only their own claims, never who holds the candidate', async () => {
      const owned = await referredCandidate(emma);
      const filed = (await fileDispute(daan, { candidateEmail: owned.email }).expect(201)).body as MyDisputeResponse;
      const emmaFiled = (await fileDispute(emma, { candidateEmail: (await referredCandidate(daan)).email }).expect(201)).body;

      for (const path of ['/api/disputes', '/api/disputes/mine']) {
        const response = await daan.agent.get(`${path}?pageSize=200`).expect(200);
        const items: MyDisputeResponse[] = response.body.items;
        expect(items.map((item) => item.id)).toContain(filed.id);
        expect(items.map((item) => item.id)).not.toContain(emmaFiled.id);
        const text = JSON.stringify(response.body);
        expect(text).not.toContain(demoUser('emma').displayName);
        expect(text).not.toContain(demoUser('emma').email);
        expect(text).not.toContain(ids.emma);
        expect(text).not.toContain(owned.referralId);
        expect(Object.keys(items[0]).sort()).toEqual(
          ['candidateEmail', 'decidedAt', 'decisionReason', 'filedAt', 'id', 'statement', 'status', 'vacancy'].sort(),
        );
      }
      // Newest first for the filer.
      const mine: MyDisputeResponse[] = (await daan.agent.get('/api/disputes/mine').expect(200)).body.items;
      expect(mine[0].id).toBe(filed.id);
    });

    it('shows HR both sides, oldest open first', async () => {
      const owned = await referredCandidate(emma, 'We studied together in Delft and built a compiler.');
      const filed = (await fileDispute(daan, { candidateEmail: owned.email, vacancyId: vacancy.id }).expect(201)).body as MyDisputeResponse;
      const direct = await directApplicant();
      const onDirect = (await fileDispute(daan, { candidateEmail: direct.email }).expect(201)).body as MyDisputeResponse;

      const response = await hr.agent.get('/api/disputes?status=open&pageSize=200').expect(200);
      const items: DisputeCaseResponse[] = response.body.items;
      const filedAt = items.map((item) => item.filedAt);
      expect(filedAt).toEqual([...filedAt].sort());
      expect(items.every((item) => item.status === 'open')).toBe(true);

      const referralCase = items.find((item) => item.id === filed.id);
      expect(referralCase).toMatchObject({
        candidate: { email: owned.email, name: 'Kim de Vries' },
        claimant: { id: ids.daan, displayName: demoUser('daan').displayName, email: demoUser('daan').email },
        holder: {
          kind: 'referral',
          referrer: { id: ids.emma, displayName: demoUser('emma').displayName, email: demoUser('emma').email },
          vacancy: { id: vacancy.id, title: vacancy.title },
          relationship: 'former_colleague',
          motivation: 'We studied together in Delft and built a compiler.',
        },
        decidedBy: null,
      });
      expect(items.find((item) => item.id === onDirect.id)?.holder).toMatchObject({
        kind: 'direct_application',
        referrer: null,
        relationship: null,
        motivation: null,
      });
    });

    it('builds a page of cases in the same number of queries however many disputes it holds', async () => {
      // The oldest open dispute (the first one filed above) names a vacancy and a holding referral, so even a
      // page of one needs every lookup.
      const queriesFor = async (pageSize: number) => {
        const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
        try {
          const response = await hr.agent.get(`/api/disputes?pageSize=${pageSize}`).expect(200);
          expect(response.body.items).toHaveLength(pageSize);
          return spy.mock.calls.length;
        } finally {
          spy.mockRestore();
        }
      };
      const one = await queriesFor(1);
      expect(one).toBeGreaterThan(3);
      expect(await queriesFor(5)).toBe(one);
    });
  });

  describe('deciding', () => {
    it('refuses the decision to an employee', async () => {
      const owned = await referredCandidate(emma);
      const filed = (await fileDispute(daan, { candidateEmail: owned.email }).expect(201)).body;
      expect((await decide(daan, filed.id, 'upheld').expect(403)).body.code).toBe('forbidden');
      expect((await decide(emma, filed.id, 'dismissed').expect(403)).body.code).toBe('forbidden');
    });

    it('refuses the decision to HR who are the claimant or the holder', async () => {
      const heldByEmma = await referredCandidate(emma);
      const asClaimant = (await fileDispute(hr, { candidateEmail: heldByEmma.email }).expect(201)).body;
      expect((await decide(hr, asClaimant.id, 'upheld').expect(403)).body.code).toBe('forbidden');

      const heldByHr = await referredCandidate(hr);
      const againstHr = (await fileDispute(daan, { candidateEmail: heldByHr.email }).expect(201)).body;
      expect((await decide(hr, againstHr.id, 'dismissed').expect(403)).body.code).toBe('forbidden');
      const [row] = await testApp.dataSource.query(`SELECT status FROM credit_disputes WHERE id = $1`, [againstHr.id]);
      expect(row.status).toBe('open');
    });

    it('upholds a claim: the claimant holds the candidate from the same date and earns the credit of the holder’s referrals', async () => {
      const owned = await referredCandidate(emma);
      const filed = (await fileDispute(daan, { candidateEmail: owned.email }).expect(201)).body as MyDisputeResponse;
      testApp.clock.set(new Date('2030-01-02T03:04:05Z'));
      const response = await decide(hr, filed.id, 'upheld', 'Daan’s email to the team lead predates Emma’s referral.').expect(200);
      expect(response.body).toMatchObject({
        status: 'upheld',
        decidedAt: '2030-01-02T03:04:05.000Z',
        decisionReason: 'Daan’s email to the team lead predates Emma’s referral.',
        decidedBy: { id: ids.anna, displayName: demoUser('anna').displayName },
      });

      const [candidate] = await testApp.dataSource.query(
        `SELECT claim_holder_id, claim_referral_id, claim_since FROM candidates WHERE id = $1`,
        [owned.candidate.id],
      );
      expect(candidate).toEqual({ claim_holder_id: ids.daan, claim_referral_id: null, claim_since: owned.candidate.claim_since });
      const [referral] = await testApp.dataSource.query(`SELECT referrer_id, credited_referrer_id FROM referrals WHERE id = $1`, [owned.referralId]);
      expect(referral).toEqual({ referrer_id: ids.emma, credited_referrer_id: ids.daan });

      expect((await auditActions(filed.id)).map((entry) => entry.action)).toEqual(['dispute.filed', 'dispute.decided']);
      const moved = (await auditActions(owned.candidate.id)).find((entry) => entry.action === 'candidate.ownership_moved');
      expect(moved).toMatchObject({
        before: { holderId: ids.emma, claimReferralId: owned.referralId },
        after: { holderId: ids.daan, claimReferralId: null, disputeId: filed.id, creditedReferralIds: [owned.referralId] },
      });

      // The filer sees the outcome and the reason, still not who held the candidate.
      const mine = (await daan.agent.get('/api/disputes/mine').expect(200)).body.items.find((item: MyDisputeResponse) => item.id === filed.id);
      expect(mine).toMatchObject({ status: 'upheld', decidedAt: '2030-01-02T03:04:05.000Z', decisionReason: expect.any(String) });
      expect(JSON.stringify(mine)).not.toContain(demoUser('emma').displayName);

      // The former holder can now dispute in turn; HR see the new holder without a referral of their own.
      testApp.clock.set(new Date());
      const counter = (await fileDispute(emma, { candidateEmail: owned.email }).expect(201)).body;
      const counterCase = (await hr.agent.get('/api/disputes?status=open&pageSize=200').expect(200)).body.items.find(
        (item: DisputeCaseResponse) => item.id === counter.id,
      );
      expect(counterCase.holder).toMatchObject({ kind: 'referral', referrer: { id: ids.daan }, vacancy: null, motivation: null });
    });

    it('refuses a second decision with 409, also when two arrive at once', async () => {
      const owned = await referredCandidate(emma);
      const filed = (await fileDispute(daan, { candidateEmail: owned.email }).expect(201)).body;
      const statuses = (await Promise.all([decide(hr, filed.id, 'upheld'), decide(hr, filed.id, 'dismissed')])).map((r) => r.status);
      expect(statuses.sort()).toEqual([200, 409]);
      const again = await decide(hr, filed.id, 'dismissed').expect(409);
      expect(again.body.code).toBe('conflict');
      const decisions = (await auditActions(filed.id)).filter((entry) => entry.action === 'dispute.decided');
      expect(decisions).toHaveLength(1);
    });

    it('dismisses a claim without touching the candidate or the credit', async () => {
      const owned = await referredCandidate(emma);
      const filed = (await fileDispute(daan, { candidateEmail: owned.email }).expect(201)).body;
      await decide(hr, filed.id, 'dismissed', 'No evidence of an earlier introduction.').expect(200);
      const [candidate] = await testApp.dataSource.query(`SELECT claim_holder_id, claim_referral_id FROM candidates WHERE id = $1`, [owned.candidate.id]);
      expect(candidate).toEqual({ claim_holder_id: ids.emma, claim_referral_id: owned.referralId });
      const [referral] = await testApp.dataSource.query(`SELECT credited_referrer_id FROM referrals WHERE id = $1`, [owned.referralId]);
      expect(referral.credited_referrer_id).toBe(ids.emma);
      expect((await auditActions(owned.candidate.id)).map((entry) => entry.action)).not.toContain('candidate.ownership_moved');
      // A dismissed claim no longer blocks a new one.
      await fileDispute(daan, { candidateEmail: owned.email }).expect(201);
    });

    it('answers an unknown dispute with 404', async () => {
      await decide(hr, '00000000-0000-4000-8000-000000000000', 'upheld').expect(404);
    });
  });
});
