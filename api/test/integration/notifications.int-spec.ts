import type { NotificationResponse, Page, VacancyResponse } from '@referrals/contracts';
import { ApprovalsDigestService } from '../../src/bonuses/approvals-digest.service';
import { BonusesService } from '../../src/bonuses/bonuses.service';
import { NotificationOutbox } from '../../src/notifications/notification-outbox.service';
import { StaleDigestService } from '../../src/pipeline/stale-digest.service';
import { StaleFlagsService } from '../../src/pipeline/stale-flags.service';
import { moveApplication, moveTo, referCandidate } from '../support/pipeline-fixtures';
import { acceptRules, openVacancy, submitReferral } from '../support/referral-fixtures';
import { openNotificationStream } from '../support/notification-stream';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

describe('notifications', () => {
  let testApp: TestApp;
  let sophie: SignedInAgent;
  let emma: SignedInAgent;
  let daan: SignedInAgent;
  let anna: SignedInAgent;
  let noah: SignedInAgent;
  let vacancy: VacancyResponse;
  const ids: Record<string, string> = {};

  const post = (as: SignedInAgent, url: string, body: unknown = {}) => as.agent.post(url).set('X-XSRF-TOKEN', as.csrfToken).send(body as object);
  const inbox = async (as: SignedInAgent, query = ''): Promise<Page<NotificationResponse>> => (await as.agent.get(`/api/notifications${query}`).expect(200)).body;
  const unread = async (as: SignedInAgent): Promise<number> => (await as.agent.get('/api/notifications/unread-count').expect(200)).body.unread;
  const stored = async (event: string, userId: string) =>
    Number((await testApp.dataSource.query(`SELECT count(*) AS n FROM notifications WHERE event = $1 AND recipient_id = $2`, [event, userId]))[0].n);
  const mails = async (event: string, userId: string) =>
    Number(
      (
        await testApp.dataSource.query(
          `SELECT count(*) AS n FROM email_deliveries d JOIN notifications n ON n.id = d.notification_id WHERE n.event = $1 AND n.recipient_id = $2`,
          [event, userId],
        )
      )[0].n,
    );

  beforeAll(async () => {
    testApp = await createTestApp();
    [sophie, emma, daan, anna, noah] = await Promise.all(['sophie', 'emma', 'daan', 'anna', 'noah'].map((key) => signIn(testApp, key)));
    for (const [key, person] of Object.entries({ sophie, emma, daan, anna, noah })) ids[key] = (await person.agent.get('/api/me').expect(200)).body.id;
    await Promise.all([emma, daan].map(acceptRules));
    await noah.agent.patch('/api/settings').set('X-XSRF-TOKEN', noah.csrfToken).send({ maxReferralsPerDay: 1000, maxReferralsPer30Days: 10_000 }).expect(200);
    vacancy = await openVacancy(sophie, { title: 'Payments engineer', probationMonths: 2, bonusAmountMinor: 150_000 });
  });
  afterAll(() => testApp.close());
  afterEach(() => testApp.clock.reset());

  describe('a referral', () => {
    it('thanks the referrer and tells the vacancy’s recruiter, each with a mail in the outbox', async () => {
      const response = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: 'lotte@mail.example', candidateName: 'Lotte Bakker' });
      expect(response.status).toBe(201);
      const emmas = await inbox(emma);
      const thanks = emmas.items.find((item) => item.event === 'referral_received');
      expect(thanks).toMatchObject({ link: `/my-referrals/${response.body.id}`, readAt: null });
      expect(`${thanks!.title} ${thanks!.body}`).toContain('Lotte Bakker');
      const sophies = await inbox(sophie);
      const candidate = sophies.items.find((item) => item.event === 'candidate_referred');
      expect(candidate?.link).toMatch(/^\/pipeline\/candidates\//);
      expect(`${candidate!.title} ${candidate!.body}`).toContain('Lotte Bakker');
      expect(await mails('referral_received', ids['emma'])).toBe(1);
      expect(await mails('candidate_referred', ids['sophie'])).toBe(1);
      // Nobody else hears of it.
      expect(await stored('candidate_referred', ids['anna'])).toBe(0);
    });

    it('writes nothing when the referral is refused', async () => {
      const before = Number((await testApp.dataSource.query(`SELECT count(*) AS n FROM notifications`))[0].n);
      const refused = await submitReferral(emma, { vacancyId: vacancy.id, candidateEmail: 'lotte@mail.example', candidateName: 'Lotte Bakker' });
      expect(refused.status).toBe(422);
      expect(Number((await testApp.dataSource.query(`SELECT count(*) AS n FROM notifications`))[0].n)).toBe(before);
    });
  });

  describe('a recruiter moving the candidate', () => {
    it('tells the referrer when the simplified status changes, and only then', async () => {
      const template = await post(sophie, '/api/stage-templates', {
        name: 'Two interview rounds',
        steps: [
          { key: 'new', label: null, stage: 'new' },
          { key: 'interview_1', label: 'First interview', stage: 'interview' },
          { key: 'interview_2', label: 'Second interview', stage: 'interview' },
          { key: 'hired', label: null, stage: 'hired' },
        ],
      }).expect(201);
      const twoRounds = await openVacancy(sophie, { stageTemplateId: template.body.id });
      const applicationId = await referCandidate(testApp, daan, twoRounds);
      const before = await stored('referral_status_changed', ids['daan']);
      await moveTo(sophie, applicationId, 'interview_1');
      expect(await stored('referral_status_changed', ids['daan'])).toBe(before + 1);
      const latest = (await inbox(daan)).items[0];
      expect(latest.event).toBe('referral_status_changed');
      // Daan never chose a language: the company's (Dutch) is used, with the status in Dutch words.
      expect(`${latest.title} ${latest.body}`.toLowerCase()).toContain('gesprek');
      // Whose screen is in English reads the same entry in English, as long as they never chose a language.
      const onEnglishScreen = (await daan.agent.get('/api/notifications').set('Accept-Language', 'en-GB,en;q=0.9').expect(200)).body;
      expect(onEnglishScreen.items[0].title).toContain('Interviewing');

      await moveTo(sophie, applicationId, 'interview_2');
      // From the first interview to the second is still "interviewing" for the referrer: no news.
      expect(await stored('referral_status_changed', ids['daan'])).toBe(before + 1);
      await moveTo(sophie, applicationId, 'interview_1', { reason: 'Second round was booked too early' });
      await moveTo(sophie, applicationId, 'new', { reason: 'Back to the start' });
      expect(await stored('referral_status_changed', ids['daan'])).toBe(before + 2);
    });

    it('tells the referrer of a hire with the bonus, once', async () => {
      const applicationId = await referCandidate(testApp, emma, vacancy);
      await moveTo(sophie, applicationId, 'hired', { startDate: '2026-12-01' });
      const hired = (await inbox(emma)).items.filter((item) => item.event === 'referral_hired');
      expect(hired).toHaveLength(1);
      expect(`${hired[0].title} ${hired[0].body}`).toMatch(/1[.,]500/);
    });

    it('tells nobody when the move fails', async () => {
      const applicationId = await referCandidate(testApp, daan, vacancy);
      const before = await stored('referral_status_changed', ids['daan']);
      const stale = await moveApplication(sophie, applicationId, { toStage: 'screening', version: 999 });
      expect(stale.status).toBe(409);
      expect(await stored('referral_status_changed', ids['daan'])).toBe(before);
    });
  });

  describe('the bonus', () => {
    it('tells the beneficiary when it becomes eligible, is approved and is paid', async () => {
      const applicationId = await referCandidate(testApp, emma, vacancy);
      const hired = await moveTo(sophie, applicationId, 'hired', { startDate: '2026-09-01' });
      const bonusId = hired.hire!.bonus!.id;
      testApp.clock.set(new Date('2026-11-25T10:00:00Z'));
      await testApp.app.get(BonusesService).markDueBonusesEligible();
      expect(await stored('bonus_eligible', ids['emma'])).toBe(1);

      // HR hears of the waiting approval in the daily digest; a second run the same day tells nobody again.
      await testApp.app.get(ApprovalsDigestService).sendDigest();
      await testApp.app.get(ApprovalsDigestService).sendDigest();
      expect(await stored('approvals_waiting', ids['anna'])).toBe(1);
      expect(await stored('approvals_waiting', ids['emma'])).toBe(0);

      await post(anna, `/api/bonuses/${bonusId}/approve`, { comment: 'Thank you' }).expect(200);
      expect(await stored('bonus_approved', ids['emma'])).toBe(1);
      const approved = (await inbox(emma)).items.find((item) => item.event === 'bonus_approved');
      expect(approved?.link).toBe('/my-referrals/bonuses');
    });
  });

  describe('digests', () => {
    it('sends each recruiter one digest of their stale candidates a day', async () => {
      const applicationId = await referCandidate(testApp, daan, vacancy);
      testApp.clock.set(new Date(Date.now() + 30 * 86_400_000));
      await testApp.app.get(StaleFlagsService).flagIdleCandidates();
      await testApp.app.get(StaleDigestService).sendDigests();
      await testApp.app.get(StaleDigestService).sendDigests();
      expect(await stored('stale_candidates', ids['sophie'])).toBe(1);
      const digest = (await inbox(sophie)).items.find((item) => item.event === 'stale_candidates');
      expect(digest?.link).toBe('/pipeline?stale=true');
      const params = (await testApp.dataSource.query(`SELECT params FROM notifications WHERE event = 'stale_candidates'`))[0].params;
      expect(params.count).toBeGreaterThanOrEqual(1);
      expect(params.candidates.length).toBe(Math.min(params.count, 10));
      expect(applicationId).toBeTruthy();
    });

  });

  describe('preferences', () => {
    it('shows someone who never chose a language the one on their screen, else the company\'s', async () => {
      const preferencesOf = async (acceptLanguage?: string) => {
        const call = daan.agent.get('/api/me/preferences');
        return (await (acceptLanguage ? call.set('Accept-Language', acceptLanguage) : call).expect(200)).body.language;
      };
      expect(await preferencesOf('en-GB,en;q=0.9')).toBe('en');
      expect(await preferencesOf('nl-NL')).toBe('nl');
      expect(await preferencesOf('de-DE')).toBe('nl');
      expect(await preferencesOf()).toBe('nl');
    });

    it('keeps the inbox entry but sends no mail for an event switched off, and never switches off an essential one', async () => {
      const saved = await emma.agent
        .put('/api/me/preferences')
        .set('X-XSRF-TOKEN', emma.csrfToken)
        .send({ language: 'en', emailOff: ['referral_received', 'bonus_paid'] })
        .expect(200);
      expect(saved.body).toEqual({ language: 'en', emailOff: ['referral_received'] });
      expect((await emma.agent.get('/api/me/preferences').expect(200)).body).toEqual(saved.body);
      const mailsBefore = await mails('referral_received', ids['emma']);
      const inboxBefore = await stored('referral_received', ids['emma']);
      await referCandidate(testApp, emma, vacancy);
      expect(await stored('referral_received', ids['emma'])).toBe(inboxBefore + 1);
      expect(await mails('referral_received', ids['emma'])).toBe(mailsBefore);
      // Now in English.
      const latest = (await inbox(emma)).items.find((item) => item.event === 'referral_received');
      expect(latest!.title).toMatch(/thank/i);
    });

    it('refuses an unknown language or event', async () => {
      const response = await emma.agent.put('/api/me/preferences').set('X-XSRF-TOKEN', emma.csrfToken).send({ language: 'de', emailOff: ['nonsense'] });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('validation_failed');
    });
  });

  describe('the inbox', () => {
    it('marks one read, then all, and never another person’s', async () => {
      const outbox = testApp.app.get(NotificationOutbox);
      await testApp.dataSource.transaction(async (manager) => {
        for (const n of [1, 2, 3]) {
          await outbox.notify(manager, { event: 'approvals_waiting', params: { count: n, oldestWaitingDays: n }, link: '/bonuses', key: `test:${n}` }, [ids['noah']]);
        }
        // The same key again: nobody is told twice.
        expect(await outbox.notify(manager, { event: 'approvals_waiting', params: { count: 1, oldestWaitingDays: 1 }, link: '/bonuses', key: 'test:1' }, [ids['noah']])).toBe(0);
      });
      const start = await unread(noah);
      const page = await inbox(noah, '?unreadOnly=true&pageSize=2');
      expect(page.items).toHaveLength(2);
      expect(page.hasMore).toBe(true);
      const read = await post(noah, `/api/notifications/${page.items[0].id}/read`).expect(200);
      expect(read.body.readAt).not.toBeNull();
      expect(await unread(noah)).toBe(start - 1);
      expect((await post(emma, `/api/notifications/${page.items[1].id}/read`)).status).toBe(404);
      expect((await post(noah, '/api/notifications/read-all').expect(200)).body).toEqual({ unread: 0 });
      expect((await inbox(noah, '?unreadOnly=true')).items).toHaveLength(0);
    });

    it('pushes the unread count over server-sent events as soon as a notification commits', async () => {
      const stream = await openNotificationStream(testApp, emma);
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers['content-type']).toContain('text/event-stream');
      // Compressed, its small messages would wait in the compressor's buffer.
      expect(stream.response.headers['content-encoding']).toBeUndefined();
      const messages = stream.counts;
      const waitFor = async (predicate: () => boolean) => {
        for (let i = 0; i < 100 && !predicate(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(predicate()).toBe(true);
      };
      await waitFor(() => messages.length === 1);
      const first = messages[0];
      expect(first).toBe(await unread(emma));
      await referCandidate(testApp, emma, vacancy);
      await waitFor(() => messages.length >= 2);
      expect(messages.at(-1)).toBe(first + 1);
      await post(emma, '/api/notifications/read-all').expect(200);
      await waitFor(() => messages.at(-1) === 0);
      stream.close();
    });

    it('comes compressed to a client that accepts gzip, as every larger answer does', async () => {
      const response = await anna.agent.get('/api/notification-templates').set('Accept-Encoding', 'gzip').expect(200);
      expect(JSON.stringify(response.body).length).toBeGreaterThan(1024);
      expect(response.headers['content-encoding']).toBe('gzip');
    });

    it('needs a session', async () => {
      const { default: request } = await import('supertest');
      const response = await request(testApp.app.getHttpServer()).get('/api/notifications');
      expect(response.status).toBe(401);
    });
  });

  // Last: new rules must be accepted again before anyone refers, which the tests above do freely.
  describe('new programme rules', () => {
    it('tells every active employee of new programme rules, with a mail even to those who muted optional mails', async () => {
      await anna.agent.put('/api/me/preferences').set('X-XSRF-TOKEN', anna.csrfToken).send({ language: 'en', emailOff: ['programme_updated', 'referral_status_changed'] }).expect(200);
      const published = await post(anna, '/api/programme', {
        rulesEn: '# Rules\nRefer people you know.',
        faqEn: '# FAQ\nAsk HR.',
        changeSummary: 'Bonus now paid after probation',
      });
      expect(published.status).toBe(201);
      for (const key of ['sophie', 'emma', 'daan', 'anna', 'noah']) expect(await stored('programme_updated', ids[key])).toBe(1);
      // Essential: anna's switch does not apply to it.
      expect(await mails('programme_updated', ids['anna'])).toBe(1);
    });
  });
});
