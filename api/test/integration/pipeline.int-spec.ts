import type { ApplicationDetailResponse, BoardResponse, VacancyResponse } from '@referrals/contracts';
import { StaleFlagsService } from '../../src/pipeline/stale-flags.service';
import { moveApplication, moveTo as moveAs, referCandidate as referToVacancy } from '../support/pipeline-fixtures';
import { acceptRules, openVacancy } from '../support/referral-fixtures';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';
// After the test app, which loads reflect-metadata for the contracts' DTOs.
import { BOARD_CARDS_PER_COLUMN } from '@referrals/contracts';

const DAY_MS = 86_400_000;

describe('recruiter pipeline', () => {
  let testApp: TestApp;
  let sophie: SignedInAgent;
  let emma: SignedInAgent;
  let daan: SignedInAgent;
  let lucas: SignedInAgent;
  let anna: SignedInAgent;
  let noah: SignedInAgent;
  let ids: Record<string, string>;

  const count = async (sql: string, params: unknown[] = []) => Number((await testApp.dataSource.query(sql, params))[0].n);
  const eventsOf = (applicationId: string) => count(`SELECT count(*) AS n FROM application_events WHERE application_id = $1`, [applicationId]);

  const referCandidate = (vacancy: VacancyResponse, referrer: SignedInAgent = emma, withCv = false) => referToVacancy(testApp, referrer, vacancy, withCv);

  const detail = async (applicationId: string, as: SignedInAgent = sophie): Promise<ApplicationDetailResponse> =>
    (await as.agent.get(`/api/applications/${applicationId}`).expect(200)).body;

  const move = (applicationId: string, body: Record<string, unknown>, as: SignedInAgent = sophie) => moveApplication(as, applicationId, body);
  const moveTo = (applicationId: string, toStage: string, extra: Record<string, unknown> = {}) => moveAs(sophie, applicationId, toStage, extra);

  async function rejectReasonId(code: string): Promise<string> {
    const reasons = (await sophie.agent.get('/api/reject-reasons').expect(200)).body as { id: string; code: string | null }[];
    return reasons.find((reason) => reason.code === code)!.id;
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    [sophie, emma, daan, lucas, anna, noah] = await Promise.all(['sophie', 'emma', 'daan', 'lucas', 'anna', 'noah'].map((key) => signIn(testApp, key)));
    await Promise.all([emma, daan].map(acceptRules));
    await noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).send({ maxReferralsPerDay: 1000, maxReferralsPer30Days: 10_000 }).expect(200);
    ids = {};
    for (const [key, person] of Object.entries({ sophie, emma, daan, lucas, anna })) {
      ids[key] = (await person.agent.get('/api/me').expect(200)).body.id;
    }
  });
  afterAll(() => testApp.close());
  afterEach(() => testApp.clock.reset());

  describe('moves', () => {
    let vacancy: VacancyResponse;
    beforeAll(async () => {
      vacancy = await openVacancy(sophie, { hiringManagerId: ids['lucas'], probationMonths: 2 });
    });

    it('moves forward, skipping steps, and records who, when, from and to', async () => {
      const applicationId = await referCandidate(vacancy);
      const moved = await moveTo(applicationId, 'interview');
      expect(moved).toMatchObject({ stepKey: 'interview', stage: 'interview', version: 2 });
      expect(moved.history.at(-1)).toMatchObject({ actor: { id: ids['sophie'] }, fromStepKey: 'new', toStepKey: 'interview', reason: null });
      const audit = await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'application.moved' AND entity_id = $1`, [applicationId]);
      expect(audit).toBe(1);
    });

    it('refuses an illegal move with 422 problem+json and writes no event', async () => {
      const applicationId = await referCandidate(vacancy);
      await moveTo(applicationId, 'interview');
      const before = await eventsOf(applicationId);
      const { version } = await detail(applicationId);

      const back = await move(applicationId, { toStage: 'screening', version });
      expect(back.status).toBe(422);
      expect(back.headers['content-type']).toContain('application/problem+json');
      expect(back.body).toMatchObject({ code: 'invalid_transition', refusal: 'reason_required' });

      const reject = await move(applicationId, { toStage: 'rejected', version, reason: 'Not a fit' });
      expect(reject.body).toMatchObject({ status: 422, refusal: 'reject_reason_required' });
      const unknown = await move(applicationId, { toStage: 'final_round', version });
      expect(unknown.body).toMatchObject({ status: 422, refusal: 'unknown_stage' });

      expect(await eventsOf(applicationId)).toBe(before);
      expect((await detail(applicationId)).version).toBe(version);
    });

    it('moves back with a reason, rejects with a reason from the list and reopens with a reason', async () => {
      const applicationId = await referCandidate(vacancy);
      await moveTo(applicationId, 'interview');
      await moveTo(applicationId, 'screening', { reason: 'Second screening call first' });
      const rejected = await moveTo(applicationId, 'rejected', { rejectReasonId: await rejectReasonId('skills_mismatch'), reason: 'Java only' });
      expect(rejected).toMatchObject({ stage: 'rejected', stepKey: 'rejected' });
      expect(rejected.endedAt).not.toBeNull();
      expect(rejected.history.at(-1)).toMatchObject({ toStepKey: 'rejected', reason: 'Java only', rejectReason: { code: 'skills_mismatch' } });

      const reopenWithout = await move(applicationId, { toStage: 'screening', version: rejected.version });
      expect(reopenWithout.body).toMatchObject({ status: 422, refusal: 'reason_required' });
      const reopened = await moveTo(applicationId, 'screening', { reason: 'Team now also uses Kotlin' });
      expect(reopened).toMatchObject({ stage: 'screening', endedAt: null });
    });

    it('refuses a retired or unknown reject reason as a field error', async () => {
      const applicationId = await referCandidate(vacancy);
      const { version } = await detail(applicationId);
      const response = await move(applicationId, { toStage: 'rejected', version, rejectReasonId: '00000000-0000-4000-8000-000000000000' });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'rejectReasonId' })]);
    });

    it('lets one of two concurrent moves win: one 200, one 409 with the current state, one event', async () => {
      const applicationId = await referCandidate(vacancy);
      const { version } = await detail(applicationId);
      const before = await eventsOf(applicationId);
      const responses = await Promise.all([
        move(applicationId, { toStage: 'screening', version }),
        move(applicationId, { toStage: 'interview', version }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const conflict = responses.find((response) => response.status === 409)!;
      const winner = responses.find((response) => response.status === 200)!;
      expect(conflict.body).toMatchObject({ code: 'conflict', current: { id: applicationId, version: version + 1, stepKey: winner.body.stepKey } });
      expect(await eventsOf(applicationId)).toBe(before + 1);
    });

    it('shows the referrer the simplified status and date, and never a note', async () => {
      const applicationId = await referCandidate(vacancy);
      await moveTo(applicationId, 'interview');
      const note = 'Salary wish is far above the band';
      await sophie.agent.post(`/api/applications/${applicationId}/notes`).set('X-XSRF-TOKEN', sophie.csrfToken).send({ body: note }).expect(201);
      await lucas.agent
        .post(`/api/applications/${applicationId}/notes`)
        .set('X-XSRF-TOKEN', lucas.csrfToken)
        .send({ body: 'Strong system design answers' })
        .expect(201);

      const referralId = (await testApp.dataSource.query(`SELECT id FROM referrals WHERE application_id = $1`, [applicationId]))[0].id;
      const mine = await emma.agent.get('/api/referrals/mine?pageSize=200').expect(200);
      const listed = mine.body.items.find((item: { id: string }) => item.id === referralId);
      expect(listed).toMatchObject({ status: 'interviewing' });
      expect(listed.statusSince).toEqual((await detail(applicationId)).stageEnteredAt);
      const own = await emma.agent.get(`/api/referrals/${referralId}`).expect(200);
      expect(own.body.timeline.map((entry: { status: string }) => entry.status)).toEqual(['submitted', 'interviewing']);
      for (const body of [JSON.stringify(mine.body), JSON.stringify(own.body)]) {
        expect(body).not.toContain('Salary wish');
        expect(body).not.toContain('system design');
        expect(body).not.toContain('"interview"');
      }
      // The referrer cannot open the candidate in the pipeline either.
      await emma.agent.get(`/api/applications/${applicationId}`).expect(403);

      const seen = await detail(applicationId);
      expect(seen.notes.map((entry) => [entry.kind, entry.author.id])).toEqual([
        ['note', ids['sophie']],
        ['feedback', ids['lucas']],
      ]);
    });

    it('serves the CV inline or as a download, and audits each read', async () => {
      const applicationId = await referCandidate(vacancy, emma, true);
      const inline = await sophie.agent.get(`/api/applications/${applicationId}/cv?inline=true`).expect(200);
      expect(inline.headers['content-type']).toBe('application/pdf');
      expect(inline.headers['content-disposition']).toMatch(/^inline;/);
      const download = await sophie.agent.get(`/api/applications/${applicationId}/cv`).expect(200);
      expect(download.headers['content-disposition']).toMatch(/^attachment;/);
      const reads = await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'cv.read' AND entity_id = $1`, [applicationId]);
      expect(reads).toBe(2);
    });

    it('assigns a recruiter on the current version only', async () => {
      const applicationId = await referCandidate(vacancy);
      const { version } = await detail(applicationId);
      const assign = (body: Record<string, unknown>) =>
        sophie.agent.put(`/api/applications/${applicationId}/recruiter`).set('X-XSRF-TOKEN', sophie.csrfToken).send(body);
      expect((await assign({ recruiterId: ids['sophie'], version })).body.assignedRecruiter).toEqual({ id: ids['sophie'], displayName: expect.any(String) });
      expect((await assign({ recruiterId: null, version })).status).toBe(409);
      expect((await assign({ recruiterId: ids['emma'], version: version + 1 })).status).toBe(400);
    });
  });

  describe('who sees what', () => {
    let lucasVacancy: VacancyResponse;
    let annasVacancy: VacancyResponse;
    beforeAll(async () => {
      lucasVacancy = await openVacancy(sophie, { hiringManagerId: ids['lucas'] });
      annasVacancy = await openVacancy(sophie, { hiringManagerId: ids['anna'] });
    });

    it('gives a hiring manager their own board read-only and 403 on another manager’s vacancy', async () => {
      const own = await referCandidate(lucasVacancy);
      const other = await referCandidate(annasVacancy);
      const board = (await lucas.agent.get(`/api/vacancies/${lucasVacancy.id}/board`).expect(200)).body as BoardResponse;
      expect(board.canMove).toBe(false);
      expect(board.columns.find((column) => column.step.key === 'new')?.applications.map((card) => card.id)).toContain(own);

      const refused = await lucas.agent.get(`/api/vacancies/${annasVacancy.id}/board`);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('forbidden');
      await lucas.agent.get(`/api/applications/${other}`).expect(403);
      await lucas.agent.post(`/api/applications/${other}/notes`).set('X-XSRF-TOKEN', lucas.csrfToken).send({ body: 'Hi' }).expect(403);
      const listed = (await lucas.agent.get('/api/applications?pageSize=200').expect(200)).body.items.map((item: { id: string }) => item.id);
      expect(listed).toContain(own);
      expect(listed).not.toContain(other);
      // Moving is recruiting's work.
      await move(own, { toStage: 'screening', version: 1 }, lucas).expect(403);
    });

    it('lets HR read candidates but not move them', async () => {
      const applicationId = await referCandidate(annasVacancy);
      const seen = await detail(applicationId, anna);
      expect(seen.permissions).toEqual({ canMove: false, canAssign: false, canComment: false, canCorrectProbation: true });
      await move(applicationId, { toStage: 'screening', version: 1 }, anna).expect(403);
    });
  });

  describe('hire', () => {
    let vacancy: VacancyResponse;
    beforeAll(async () => {
      vacancy = await openVacancy(sophie, { probationMonths: 2, bonusAmountMinor: 150_000 });
    });

    it('asks for a start date and records probation end = start + the vacancy’s months', async () => {
      const applicationId = await referCandidate(vacancy);
      await moveTo(applicationId, 'offer');
      const { version } = await detail(applicationId);
      expect((await move(applicationId, { toStage: 'hired', version })).body).toMatchObject({ status: 422, refusal: 'start_date_required' });
      expect((await move(applicationId, { toStage: 'hired', version, startDate: '2026-02-30' })).status).toBe(400);

      testApp.clock.set(new Date('2026-11-25T10:00:00Z'));
      const hired = await moveTo(applicationId, 'hired', { startDate: '2026-12-31' });
      expect(hired.hire).toMatchObject({ startDate: '2026-12-31', probationEndsOn: '2027-02-28', recordedBy: { id: ids['sophie'] } });
      expect(hired.hire?.bonus).toMatchObject({ state: 'pending_probation', amountMinor: 150_000, currency: 'EUR' });

      const refusal = await move(applicationId, { toStage: 'offer', version: hired.version, reason: 'Oops' });
      expect(refusal.body).toMatchObject({ status: 422, refusal: 'hire_is_final' });
    });

    it('creates exactly one bonus record when two hire requests race', async () => {
      const applicationId = await referCandidate(vacancy, daan);
      await moveTo(applicationId, 'offer');
      const { version } = await detail(applicationId);
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => move(applicationId, { toStage: 'hired', version, startDate: '2027-01-04' })),
      );
      expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
      expect(responses.filter((response) => response.status === 409)).toHaveLength(4);
      const hires = await count(`SELECT count(*) AS n FROM hires WHERE application_id = $1`, [applicationId]);
      const bonuses = await count(
        `SELECT count(*) AS n FROM bonuses b JOIN hires h ON h.id = b.hire_id WHERE h.application_id = $1 AND b.state = 'pending_probation'`,
        [applicationId],
      );
      expect([hires, bonuses]).toEqual([1, 1]);
    });

    it('creates no bonus for a hiring manager’s referral into their own vacancy', async () => {
      await acceptRules(lucas);
      const own = await openVacancy(sophie, { hiringManagerId: ids['lucas'] });
      const applicationId = await referCandidate(own, lucas);
      const hired = await moveTo(applicationId, 'hired', { startDate: '2027-01-04' });
      expect(hired.hire).toMatchObject({ noBonusReason: 'hiring_manager_own_vacancy', bonus: null });
    });

    it('lets HR correct the probation end, and the waiting bonus follows', async () => {
      const applicationId = await referCandidate(vacancy);
      const hired = await moveTo(applicationId, 'hired', { startDate: '2027-01-04' });
      const hireId = hired.hire!.id;
      const correct = (as: SignedInAgent, probationEndsOn: string) =>
        as.agent.patch(`/api/hires/${hireId}`).set('X-XSRF-TOKEN', as.csrfToken).send({ probationEndsOn });
      expect((await correct(sophie, '2027-04-04')).status).toBe(403);
      expect((await correct(anna, '2026-12-01')).status).toBe(400);
      expect((await correct(anna, '2027-04-04')).body).toMatchObject({ probationEndsOn: '2027-04-04' });
      const [bonus] = await testApp.dataSource.query(`SELECT to_char(due_on, 'YYYY-MM-DD') AS "dueOn" FROM bonuses WHERE hire_id = $1`, [hireId]);
      expect(bonus.dueOn).toBe('2027-04-04');
    });
  });

  describe('step templates', () => {
    const twoRounds = {
      name: 'Two interview rounds',
      steps: [
        { key: 'new', label: null, stage: 'new' },
        { key: 'phone_screen', label: 'Phone screen', stage: 'screening' },
        { key: 'first_interview', label: 'First interview', stage: 'interview' },
        { key: 'case', label: 'Case', stage: 'interview' },
        { key: 'offer', label: null, stage: 'offer' },
        { key: 'hired', label: null, stage: 'hired' },
      ],
    };
    const createTemplate = (body: unknown) => sophie.agent.post('/api/stage-templates').set('X-XSRF-TOKEN', sophie.csrfToken).send(body);

    it('refuses a list that breaks the rules with stage_list_invalid', async () => {
      const response = await createTemplate({ ...twoRounds, steps: twoRounds.steps.slice(0, -1) });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'stage_list_invalid', problem: 'must_end_with_hired' });
      await emma.agent.post('/api/stage-templates').set('X-XSRF-TOKEN', emma.csrfToken).send(twoRounds).expect(403);
    });

    it('gives a vacancy its own steps, which the board shows and the referrer sees as stages', async () => {
      const template = (await createTemplate(twoRounds).expect(201)).body;
      const templates = (await sophie.agent.get('/api/stage-templates').expect(200)).body;
      expect(templates.map((entry: { name: string }) => entry.name)).toEqual(['Standard', 'Two interview rounds']);

      const vacancy = await openVacancy(sophie, { stageTemplateId: template.id });
      expect(vacancy.steps.map((step) => step.key)).toEqual(twoRounds.steps.map((step) => step.key));
      const applicationId = await referCandidate(vacancy);
      await moveTo(applicationId, 'first_interview');
      const moved = await moveTo(applicationId, 'case');
      expect(moved).toMatchObject({ stepKey: 'case', stage: 'interview' });
      expect((await move(applicationId, { toStage: 'interview', version: moved.version })).body.refusal).toBe('unknown_stage');

      const board = (await sophie.agent.get(`/api/vacancies/${vacancy.id}/board`).expect(200)).body as BoardResponse;
      expect(board.columns.map((column) => [column.step.key, column.count])).toEqual([
        ['new', 0],
        ['phone_screen', 0],
        ['first_interview', 0],
        ['case', 1],
        ['offer', 0],
        ['hired', 0],
        ['rejected', 0],
        ['withdrawn', 0],
      ]);
      const mine = (await emma.agent.get('/api/referrals/mine?pageSize=200').expect(200)).body.items;
      expect(JSON.stringify(mine)).not.toContain('case');

      // The standard list lacks "case", where the candidate is: the vacancy keeps its steps.
      const standard = templates.find((entry: { builtIn: boolean }) => entry.builtIn);
      const current = (await sophie.agent.get(`/api/vacancies/${vacancy.id}`).expect(200)).body;
      const change = await sophie.agent
        .patch(`/api/vacancies/${vacancy.id}`)
        .set('X-XSRF-TOKEN', sophie.csrfToken)
        .send({ stageTemplateId: standard.id, version: current.version });
      expect(change.status).toBe(422);
      expect(change.body).toMatchObject({ code: 'stage_list_invalid', problem: 'steps_in_use', steps: ['case'] });
    });
  });

  describe('board and list at size', () => {
    it('answers the board with counts and the first cards per step in board order, the rest through the list', async () => {
      const vacancy = await openVacancy(sophie);
      // Many applications straight into the tables: the board is what is tested here, not submission.
      await testApp.dataSource.query(
        `WITH people AS (
           INSERT INTO candidates (email, full_name)
           SELECT 'bulk' || n || '@mail.example', 'Bulk candidate ' || n FROM generate_series(1, 150) AS n
           RETURNING id, substring(email from '^bulk(\\d+)@')::int AS n)
         INSERT INTO applications (candidate_id, vacancy_id, source, stage, step, stage_entered_at, ended_at)
         SELECT id, $1, 'direct', stage, stage, entered, CASE WHEN stage = 'rejected' THEN entered END
           FROM (SELECT id, CASE WHEN n <= 120 THEN 'screening' ELSE 'rejected' END AS stage,
                        now() - (random() * interval '30 days') AS entered FROM people) AS bulk`,
        [vacancy.id],
      );
      const board = (await sophie.agent.get(`/api/vacancies/${vacancy.id}/board`).expect(200)).body as BoardResponse;
      const screening = board.columns.find((column) => column.step.key === 'screening')!;
      expect(screening).toMatchObject({ count: 120, hasMore: true });
      expect(screening.applications).toHaveLength(BOARD_CARDS_PER_COLUMN);
      // Waiting longest first, and exactly the longest waiting.
      const waiting = await testApp.dataSource.query(
        `SELECT id FROM applications WHERE vacancy_id = $1 AND step = 'screening' ORDER BY stage_entered_at, id LIMIT $2`,
        [vacancy.id, BOARD_CARDS_PER_COLUMN],
      );
      expect(screening.applications.map((card) => card.id)).toEqual(waiting.map((row: { id: string }) => row.id));
      // An end state shows the latest first.
      const rejected = board.columns.find((column) => column.step.key === 'rejected')!;
      expect(rejected).toMatchObject({ count: 30, hasMore: true });
      const ended = rejected.applications.map((card) => card.stageEnteredAt);
      expect(ended).toHaveLength(BOARD_CARDS_PER_COLUMN);
      expect(ended).toEqual([...ended].sort().reverse());
      const latest = await testApp.dataSource.query(
        `SELECT max(stage_entered_at) AS latest FROM applications WHERE vacancy_id = $1 AND step = 'rejected'`,
        [vacancy.id],
      );
      expect(new Date(ended[0]).getTime()).toBe((latest[0].latest as Date).getTime());
      expect(board.columns.find((column) => column.step.key === 'interview')).toMatchObject({ count: 0, applications: [], hasMore: false });

      const seen = new Set(screening.applications.map((card) => card.id));
      let page = 2;
      for (;;) {
        const next = (
          await sophie.agent.get(`/api/applications?vacancyId=${vacancy.id}&step=screening&pageSize=${BOARD_CARDS_PER_COLUMN}&page=${page}`).expect(200)
        ).body;
        next.items.forEach((item: { id: string }) => seen.add(item.id));
        if (!next.hasMore) break;
        page += 1;
      }
      expect(seen.size).toBe(120);

      // A search by name or email reads the candidates before the page is chosen.
      const found = (await sophie.agent.get(`/api/applications?vacancyId=${vacancy.id}&q=${encodeURIComponent('BULK7@mail')}`).expect(200)).body;
      expect(found.items.map((item: { candidateName: string }) => item.candidateName)).toEqual(['Bulk candidate 7']);

      // "Show more" on an end state continues where the board stopped, in the board's order.
      const more = (
        await sophie.agent
          .get(`/api/applications?vacancyId=${vacancy.id}&step=rejected&includeEnded=true&pageSize=${BOARD_CARDS_PER_COLUMN}&page=2`)
          .expect(200)
      ).body;
      const rejectedIds = [...rejected.applications, ...more.items].map((item: { id: string }) => item.id);
      expect(new Set(rejectedIds).size).toBe(30);
      const allRejected = await testApp.dataSource.query(
        `SELECT id FROM applications WHERE vacancy_id = $1 AND step = 'rejected' ORDER BY stage_entered_at DESC, id`,
        [vacancy.id],
      );
      expect(rejectedIds).toEqual(allRejected.map((row: { id: string }) => row.id));
    });

    it('runs on an embedded server that prices random reads for cached data, so names are looked up per card', async () => {
      // At PostgreSQL's default (4) the board at 1,000,000 referrals hash-joined all 20,000 users (see bench/).
      const [setting] = await testApp.dataSource.query(`SHOW random_page_cost`);
      expect(setting.random_page_cost).toBe('1.1');
    });

    it('flags candidates idle past the setting for their recruiter, and a move clears the flag', async () => {
      const vacancy = await openVacancy(sophie);
      const applicationId = await referCandidate(vacancy);
      const { version } = await detail(applicationId);
      await sophie.agent.put(`/api/applications/${applicationId}/recruiter`).set('X-XSRF-TOKEN', sophie.csrfToken).send({ recruiterId: ids['sophie'], version }).expect(200);
      const staleFlags = testApp.app.get(StaleFlagsService);
      const staleIds = async () =>
        (await sophie.agent.get('/api/applications?stale=true&recruiter=me&pageSize=200').expect(200)).body.items.map((item: { id: string }) => item.id);

      testApp.clock.set(new Date(Date.now() + 6 * DAY_MS));
      await staleFlags.flagIdleCandidates();
      expect(await staleIds()).not.toContain(applicationId);

      testApp.clock.set(new Date(Date.now() + 8 * DAY_MS));
      await staleFlags.flagIdleCandidates();
      expect(await staleIds()).toContain(applicationId);
      expect((await detail(applicationId)).stale).toBe(true);

      testApp.clock.reset();
      await moveTo(applicationId, 'screening');
      expect(await staleIds()).not.toContain(applicationId);
    });
  });
});
