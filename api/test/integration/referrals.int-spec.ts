import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { VacancyResponse } from '@referrals/contracts';
import { elfExecutable, minimalDocx, minimalPdf } from '../support/cv-fixtures';
import { acceptRules, openVacancy, submitReferral } from '../support/referral-fixtures';
import { demoUser, signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

const GENEROUS_LIMITS = { maxReferralsPerDay: 1000, maxReferralsPer30Days: 10_000 };

describe('referrals', () => {
  let testApp: TestApp;
  let recruiter: SignedInAgent;
  let emma: SignedInAgent;
  let daan: SignedInAgent;
  let lucas: SignedInAgent;
  let anna: SignedInAgent;
  let noah: SignedInAgent;
  let vacancy: VacancyResponse;
  let emailSequence = 0;
  const newCandidateEmail = () => `candidate${++emailSequence}@mail.example`;

  const count = async (table: string) => Number((await testApp.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const uploadedFiles = () => {
    const folder = join(testApp.dataDir, 'uploads', 'cv');
    return existsSync(folder) ? readdirSync(folder) : [];
  };
  const userId = async (person: SignedInAgent) => (await person.agent.get('/api/me').expect(200)).body.id as string;
  const setSettings = (patch: Record<string, unknown>) =>
    noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).send(patch).expect(200);

  beforeAll(async () => {
    testApp = await createTestApp();
    [recruiter, emma, daan, lucas, anna, noah] = await Promise.all(
      ['sophie', 'emma', 'daan', 'lucas', 'anna', 'noah'].map((key) => signIn(testApp, key)),
    );
    await Promise.all([emma, daan, lucas].map(acceptRules));
    // Most tests here submit many referrals; the limits have their own tests.
    await setSettings(GENEROUS_LIMITS);
    vacancy = await openVacancy(recruiter);
  });
  afterAll(() => testApp.close());
  afterEach(() => testApp.clock.reset());

  describe('submission', () => {
    it('accepts a referral with a PDF CV, stores the phone in E.164 and makes the referrer the owner', async () => {
      const email = newCandidateEmail();
      const response = await submitReferral(
        emma,
        { vacancyId: vacancy.id, candidateEmail: `  ${email.toUpperCase()} `, candidatePhone: '06 1234 5678', linkedinUrl: 'https://www.linkedin.com/in/kim-de-vries' },
        { data: minimalPdf(), fileName: 'Kim CV.pdf' },
      ).expect(201);
      expect(response.body).toMatchObject({
        candidateName: 'Kim de Vries',
        candidateEmail: email,
        candidatePhone: '+31612345678',
        vacancy: { id: vacancy.id, title: vacancy.title },
        status: 'submitted',
        canWithdraw: true,
        cvFileName: 'Kim CV.pdf',
        noBonusReason: null,
        timeline: [{ status: 'submitted' }],
      });
      const [candidate] = await testApp.dataSource.query(`SELECT claim_holder_id, claim_referral_id FROM candidates WHERE email = $1`, [email]);
      expect(candidate).toEqual({ claim_holder_id: await userId(emma), claim_referral_id: response.body.id });
      const [file] = await testApp.dataSource.query(
        `SELECT f.media_type, f.storage_key FROM stored_files f JOIN applications a ON a.cv_file_id = f.id JOIN referrals r ON r.application_id = a.id WHERE r.id = $1`,
        [response.body.id],
      );
      expect(file.media_type).toBe('application/pdf');
      expect(existsSync(join(testApp.dataDir, 'uploads', file.storage_key))).toBe(true);
      const audit = await testApp.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [response.body.id]);
      expect(audit).toEqual([{ action: 'referral.submitted' }]);
    });

    it('accepts a DOCX CV, recognised by its content', async () => {
      const response = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }, { data: await minimalDocx(), fileName: 'cv.docx' }).expect(201);
      expect(response.body.cvFileName).toBe('cv.docx');
    });

    it('accepts a general referral without a vacancy', async () => {
      const response = await submitReferral(emma, { candidateEmail: newCandidateEmail() }).expect(201);
      expect(response.body.vacancy).toBeNull();
    });

    it('refuses a referral before the current rules are accepted', async () => {
      const newcomer = await signIn(testApp, 'noah');
      const response = await submitReferral(newcomer, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }).expect(422);
      expect(response.body).toMatchObject({ code: 'referral_refused', reason: 'programme_not_accepted' });
    });

    it('refuses referring yourself', async () => {
      const response = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: demoUser('emma').email.toUpperCase() }).expect(422);
      expect(response.body).toMatchObject({ code: 'referral_refused', reason: 'self_referral' });
    });

    it('refuses referring an active employee', async () => {
      const response = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: demoUser('daan').email }).expect(422);
      expect(response.body.reason).toBe('active_employee');
    });

    it('refuses a vacancy that is not open', async () => {
      const draft = await recruiter.agent
        .post('/api/vacancies')
        .set('X-XSRF-TOKEN', recruiter.csrfToken)
        .send({ title: 'Draft role', department: 'Sales', location: 'Utrecht', employmentType: 'full_time', category: 'Sales', description: 'x', bonusAmountMinor: 0, bonusCurrency: 'EUR' })
        .expect(201);
      const response = await submitReferral(emma, { vacancyId: draft.body.id, candidateEmail: newCandidateEmail() }).expect(422);
      expect(response.body.reason).toBe('vacancy_not_open');
    });

    it('refuses a candidate already in process for the same vacancy, but lets the owner refer them to another', async () => {
      const email = newCandidateEmail();
      await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
      const again = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(422);
      expect(again.body.reason).toBe('duplicate_in_vacancy');
      const other = await openVacancy(recruiter);
      await submitReferral(emma, { vacancyId: other.id, candidateEmail: email }).expect(201);
    });

    it("refuses someone else's candidate inside the ownership window with a neutral message", async () => {
      const email = newCandidateEmail();
      await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
      const other = await openVacancy(recruiter, { title: 'Payments engineer' });
      const response = await submitReferral(daan, { vacancyId: other.id, candidateEmail: email }).expect(422);
      expect(response.body).toMatchObject({ code: 'referral_refused', reason: 'candidate_unavailable' });
      // In the very same vacancy too: "already in process here" would tell them more than they may know.
      const sameVacancy = await submitReferral(daan, { vacancyId: vacancy.id, candidateEmail: email }).expect(422);
      expect(sameVacancy.body).toEqual({ ...response.body, instance: sameVacancy.body.instance, requestId: sameVacancy.body.requestId });
      const body = JSON.stringify(response.body);
      for (const secret of [demoUser('emma').email, demoUser('emma').displayName, vacancy.id, vacancy.title, 'submitted', 'new']) {
        expect(body).not.toContain(secret);
      }
    });

    it('treats a second email with the same phone number as the same candidate', async () => {
      await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail(), candidatePhone: '+31 6 8765 4321' }).expect(201);
      const response = await submitReferral(daan, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail(), candidatePhone: '0687654321' }).expect(422);
      expect(response.body.reason).toBe('candidate_unavailable');
    });

    it('accepts someone else\'s candidate once the window has passed, and moves ownership', async () => {
      const email = newCandidateEmail();
      const start = new Date();
      testApp.clock.set(start);
      await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
      const other = await openVacancy(recruiter);
      testApp.clock.set(new Date(start.getTime() + 364 * 24 * 3600 * 1000));
      await submitReferral(daan, { vacancyId: other.id, candidateEmail: email }).expect(422);
      testApp.clock.set(new Date(start.getTime() + 367 * 24 * 3600 * 1000));
      const accepted = await submitReferral(daan, { vacancyId: other.id, candidateEmail: email }).expect(201);
      const [candidate] = await testApp.dataSource.query(`SELECT claim_holder_id, claim_referral_id FROM candidates WHERE email = $1`, [email]);
      expect(candidate).toEqual({ claim_holder_id: await userId(daan), claim_referral_id: accepted.body.id });
    });

    it("flags a hiring manager's referral into their own vacancy as earning no bonus", async () => {
      const own = await openVacancy(recruiter, { hiringManagerId: await userId(lucas) });
      const response = await submitReferral(lucas, { vacancyId: own.id, candidateEmail: newCandidateEmail() }).expect(201);
      expect(response.body.noBonusReason).toBe('hiring_manager_own_vacancy');
    });

    it('refuses an invalid phone number and LinkedIn address with field errors, storing nothing', async () => {
      const before = await count('candidates');
      const response = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail(), candidatePhone: '12', linkedinUrl: 'https://example.com/kim' }).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['linkedinUrl']);
      const phone = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail(), candidatePhone: '12' }).expect(400);
      expect(phone.body.errors).toEqual([expect.objectContaining({ field: 'candidatePhone' })]);
      expect(await count('candidates')).toBe(before);
    });

    it('refuses a referral without the candidate\'s consent', async () => {
      const response = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail(), candidateConsent: 'false' }).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('candidateConsent');
    });
  });

  describe('limits', () => {
    afterEach(() => setSettings(GENEROUS_LIMITS));

    it('refuses the referral past the daily limit with 429, and accepts again a day later', async () => {
      const limited = await signIn(testApp, 'daan');
      const start = new Date(Date.now() + 400 * 24 * 3600 * 1000);
      testApp.clock.set(start);
      await setSettings({ maxReferralsPerDay: 2, maxReferralsPer30Days: 3 });
      await submitReferral(limited, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }).expect(201);
      await submitReferral(limited, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }).expect(201);
      const refused = await submitReferral(limited, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }).expect(429);
      expect(refused.body).toMatchObject({ code: 'referral_limit_reached', reason: 'daily_limit' });
      expect(refused.headers['content-type']).toContain('application/problem+json');

      testApp.clock.set(new Date(start.getTime() + 25 * 3600 * 1000));
      await submitReferral(limited, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }).expect(201);
      const rolling = await submitReferral(limited, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }).expect(429);
      expect(rolling.body.reason).toBe('rolling_limit');
    });

    it('holds the daily limit when submissions arrive at the same moment', async () => {
      const start = new Date(Date.now() + 800 * 24 * 3600 * 1000);
      testApp.clock.set(start);
      await setSettings({ maxReferralsPerDay: 2 });
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 201, 429, 429, 429]);
    });
  });

  describe('two employees referring the same candidate at the same moment', () => {
    it('accepts exactly one', async () => {
      const email = newCandidateEmail();
      const responses = await Promise.all([
        submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }),
        submitReferral(daan, { vacancyId: vacancy.id, candidateEmail: email }),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 422]);
      expect(responses.find((r) => r.status === 422)?.body.reason).toMatch(/candidate_unavailable|duplicate_in_vacancy/);
      const rows = await testApp.dataSource.query(`SELECT r.id FROM referrals r JOIN candidates c ON c.id = r.candidate_id WHERE c.email = $1`, [email]);
      expect(rows).toHaveLength(1);
    });
  });

  describe('uploads', () => {
    const refusedUpload = async (cv: { data: Buffer; fileName: string }, status: number, code: string) => {
      const email = newCandidateEmail();
      const before = { referrals: await count('referrals'), files: await count('stored_files'), onDisk: uploadedFiles().length };
      const response = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }, cv).expect(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body.code).toBe(code);
      expect({ referrals: await count('referrals'), files: await count('stored_files'), onDisk: uploadedFiles().length }).toEqual(before);
      expect(await testApp.dataSource.query(`SELECT id FROM candidates WHERE email = $1`, [email])).toEqual([]);
      return response;
    };

    it('refuses an executable renamed .pdf', async () => {
      await refusedUpload({ data: elfExecutable(), fileName: 'cv.pdf' }, 415, 'file_type_unsupported');
    });

    it('refuses a file over the size limit from the settings', async () => {
      await setSettings({ cvMaxBytes: 100 * 1024 });
      try {
        const response = await refusedUpload({ data: Buffer.concat([minimalPdf(), Buffer.alloc(150 * 1024, 0x20)]), fileName: 'big.pdf' }, 413, 'payload_too_large');
        expect(response.body.maxBytes).toBe(100 * 1024);
      } finally {
        await setSettings({ cvMaxBytes: 10 * 1024 * 1024 });
      }
    });

    it('refuses an empty file', async () => {
      const response = await refusedUpload({ data: Buffer.alloc(0), fileName: 'cv.pdf' }, 400, 'validation_failed');
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cv' })]);
    });

    it('removes the stored file when the rules refuse the referral after the upload', async () => {
      const email = newCandidateEmail();
      await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
      const before = uploadedFiles().length;
      await submitReferral(daan, { vacancyId: vacancy.id, candidateEmail: email }, { data: minimalPdf(), fileName: 'cv.pdf' }).expect(422);
      expect(uploadedFiles()).toHaveLength(before);
    });
  });

  describe('my referrals', () => {
    it("lists the referrer's own referrals with the simplified status, newest first", async () => {
      const fresh = await signIn(testApp, 'lucas');
      const first = await submitReferral(fresh, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail(), candidateName: 'First Person' }).expect(201);
      const second = await submitReferral(fresh, { candidateEmail: newCandidateEmail(), candidateName: 'Second Person' }).expect(201);
      const list = await fresh.agent.get('/api/referrals/mine?pageSize=100').expect(200);
      const ids = list.body.items.map((item: { id: string }) => item.id);
      expect(ids.indexOf(second.body.id)).toBeLessThan(ids.indexOf(first.body.id));
      expect(list.body.items[0]).not.toHaveProperty('motivation');
      expect(list.body.items.every((item: { status: string }) => item.status === 'submitted')).toBe(true);
    });

    it('withdraws a referral once, with a timeline entry', async () => {
      const created = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }).expect(201);
      const withdrawn = await emma.agent
        .post(`/api/referrals/${created.body.id}/withdraw`)
        .set('X-XSRF-TOKEN', emma.csrfToken)
        .send({ reason: 'Kim took another job' })
        .expect(200);
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', canWithdraw: false });
      expect(withdrawn.body.timeline.map((entry: { status: string }) => entry.status)).toEqual(['submitted', 'withdrawn']);
      const again = await emma.agent.post(`/api/referrals/${created.body.id}/withdraw`).set('X-XSRF-TOKEN', emma.csrfToken).send({}).expect(422);
      expect(again.body.code).toBe('invalid_transition');
    });

    it("releases the referrer's claim when they withdraw their only referral of the candidate", async () => {
      const email = newCandidateEmail();
      const created = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
      await submitReferral(daan, { vacancyId: vacancy.id, candidateEmail: email }).expect(422);
      await emma.agent.post(`/api/referrals/${created.body.id}/withdraw`).set('X-XSRF-TOKEN', emma.csrfToken).send({}).expect(200);
      const [candidate] = await testApp.dataSource.query(`SELECT claim_holder_id, claim_since FROM candidates WHERE email = $1`, [email]);
      expect(candidate).toEqual({ claim_holder_id: null, claim_since: null });
      await submitReferral(daan, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
    });

    it('keeps the claim while the referrer still has another referral of the candidate in process', async () => {
      const email = newCandidateEmail();
      const first = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
      const other = await openVacancy(recruiter);
      await submitReferral(emma, { vacancyId: other.id, candidateEmail: email }).expect(201);
      await emma.agent.post(`/api/referrals/${first.body.id}/withdraw`).set('X-XSRF-TOKEN', emma.csrfToken).send({}).expect(200);
      const refused = await submitReferral(daan, { vacancyId: vacancy.id, candidateEmail: email }).expect(422);
      expect(refused.body.reason).toBe('candidate_unavailable');
    });

    it('lets the withdrawn candidate be referred to the same vacancy again', async () => {
      const email = newCandidateEmail();
      const created = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
      await emma.agent.post(`/api/referrals/${created.body.id}/withdraw`).set('X-XSRF-TOKEN', emma.csrfToken).send({}).expect(200);
      await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: email }).expect(201);
    });
  });

  describe('recruiting', () => {
    it('lists the general referrals newest first, and none made to a vacancy', async () => {
      const older = await submitReferral(emma, { candidateEmail: newCandidateEmail() }).expect(201);
      const newer = await submitReferral(emma, { candidateEmail: newCandidateEmail() }).expect(201);
      const toVacancy = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }).expect(201);
      const list = await recruiter.agent.get('/api/referrals/general?pageSize=100').expect(200);
      const ids = (list.body.items as { id: string }[]).map((item) => item.id);
      expect(ids.slice(0, 2)).toEqual([newer.body.id, older.body.id]);
      expect(ids).not.toContain(toVacancy.body.id);
    });

    it("lists a vacancy's referrals for its recruiter with the referrer and the CV, and audits every CV read", async () => {
      const own = await openVacancy(recruiter);
      const created = await submitReferral(emma, { vacancyId: own.id, candidateEmail: newCandidateEmail() }, { data: minimalPdf('Kim'), fileName: 'kim.pdf' }).expect(201);
      const list = await recruiter.agent.get(`/api/vacancies/${own.id}/referrals`).expect(200);
      expect(list.body.items).toEqual([
        expect.objectContaining({
          id: created.body.id,
          referrer: { id: await userId(emma), displayName: demoUser('emma').displayName },
          stage: 'new',
          cv: { fileName: 'kim.pdf', sizeBytes: minimalPdf('Kim').length, mediaType: 'application/pdf' },
        }),
      ]);
      const cv = await recruiter.agent.get(`/api/referrals/${created.body.id}/cv`).buffer(true).expect(200);
      expect(cv.headers['content-type']).toBe('application/pdf');
      expect(cv.headers['content-disposition']).toBe('attachment; filename="kim.pdf"');
      expect(Buffer.compare(cv.body as Buffer, minimalPdf('Kim'))).toBe(0);
      await anna.agent.get(`/api/referrals/${created.body.id}/cv`).expect(200);
      const reads = await testApp.dataSource.query(`SELECT actor_id FROM audit_log WHERE action = 'cv.read' AND entity_id = $1`, [created.body.id]);
      expect(reads).toHaveLength(2);
    });

    it('shows a hiring manager the candidates of their own vacancies only', async () => {
      const managed = await openVacancy(recruiter, { hiringManagerId: await userId(lucas) });
      const created = await submitReferral(emma, { vacancyId: managed.id, candidateEmail: newCandidateEmail() }, { data: minimalPdf(), fileName: 'cv.pdf' }).expect(201);
      await lucas.agent.get(`/api/vacancies/${managed.id}/referrals`).expect(200);
      await lucas.agent.get(`/api/referrals/${created.body.id}/cv`).expect(200);
      const other = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }, { data: minimalPdf(), fileName: 'cv.pdf' }).expect(201);
      await lucas.agent.get(`/api/vacancies/${vacancy.id}/referrals`).expect(403);
      await lucas.agent.get(`/api/referrals/${other.body.id}/cv`).expect(403);
      await lucas.agent.get('/api/referrals/general').expect(403);
    });
  });

  describe('authorisation', () => {
    let emmasReferral: string;
    beforeAll(async () => {
      const created = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: newCandidateEmail() }, { data: minimalPdf(), fileName: 'cv.pdf' }).expect(201);
      emmasReferral = created.body.id;
    });

    it("hides another employee's referral (404)", async () => {
      const response = await daan.agent.get(`/api/referrals/${emmasReferral}`).expect(404);
      expect(response.body.code).toBe('not_found');
    });

    it("does not let another employee withdraw it (404)", async () => {
      await daan.agent.post(`/api/referrals/${emmasReferral}/withdraw`).set('X-XSRF-TOKEN', daan.csrfToken).send({}).expect(404);
    });

    it("does not list it under another employee's referrals", async () => {
      const list = await daan.agent.get('/api/referrals/mine?pageSize=100').expect(200);
      expect(list.body.items.map((item: { id: string }) => item.id)).not.toContain(emmasReferral);
    });

    it('refuses any CV to employees, their own referral included (403)', async () => {
      await daan.agent.get(`/api/referrals/${emmasReferral}/cv`).expect(403);
      await emma.agent.get(`/api/referrals/${emmasReferral}/cv`).expect(403);
    });

    it("refuses a vacancy's referrals and the general referrals to employees and admins (403)", async () => {
      await emma.agent.get(`/api/vacancies/${vacancy.id}/referrals`).expect(403);
      await noah.agent.get(`/api/vacancies/${vacancy.id}/referrals`).expect(403);
      await emma.agent.get('/api/referrals/general').expect(403);
    });

    it('refuses a submission without the CSRF token and without a session', async () => {
      await emma.agent.post('/api/referrals').field('candidateEmail', newCandidateEmail()).expect(403);
      const anonymous = await (await import('supertest')).default(testApp.app.getHttpServer()).get('/api/referrals/mine');
      expect(anonymous.status).toBe(401);
    });
  });
});
