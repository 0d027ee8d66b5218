import type { ApplicationListItemResponse, MyBonusResponse, MyReferralResponse, NotificationResponse, Page } from '@referrals/contracts';
import { type AccessWorld, buildAccessWorld } from '../support/access-fixtures';
import { appRoutes } from '../support/app-routes';
import { demoUser, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Object-level access, beyond what a route's permission says. The app's convention: a person's own things
 * (referrals, notifications) do not exist for anyone else (404, so an id reveals nothing); staff whose view is
 * limited to some vacancies (hiring managers) are refused outside it (403), and their lists leave it out.
 */
describe('object-level access', () => {
  let testApp: TestApp;
  let world: AccessWorld;
  let emma: SignedInAgent;
  let daan: SignedInAgent;
  let lucas: SignedInAgent;
  let sophie: SignedInAgent;

  const post = (as: SignedInAgent, url: string, body: object = {}) => as.agent.post(url).set('X-XSRF-TOKEN', as.csrfToken).send(body);
  const count = async (sql: string, params: unknown[]) => Number((await testApp.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    testApp = await createTestApp();
    world = await buildAccessWorld(testApp);
    ({ emma, daan, lucas, sophie } = world.people);
  }, 120_000);
  afterAll(() => testApp?.close());

  describe('a referrer’s own things', () => {
    it('lets Emma neither read nor withdraw Daan’s referral (404), which stays in process', async () => {
      const daans = world.referrals.daan.id;
      expect((await daan.agent.get(`/api/referrals/${daans}`).expect(200)).body.status).toBe('submitted');

      const read = await emma.agent.get(`/api/referrals/${daans}`);
      expect(read.status).toBe(404);
      expect(read.body.code).toBe('not_found');
      expect(JSON.stringify(read.body)).not.toContain(world.referrals.daan.candidateEmail);
      expect((await post(emma, `/api/referrals/${daans}/withdraw`, { reason: 'Not mine to keep' })).status).toBe(404);

      const after = (await daan.agent.get(`/api/referrals/${daans}`).expect(200)).body;
      expect(after).toMatchObject({ status: 'submitted', canWithdraw: true });
      expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'referral.withdrawn' AND entity_id = $1`, [daans])).toBe(0);
      const mine = (await emma.agent.get('/api/referrals/mine?pageSize=100').expect(200)).body as Page<MyReferralResponse>;
      expect(mine.items.map((item) => item.id)).toContain(world.referrals.emma.id);
      expect(mine.items.map((item) => item.id)).not.toContain(daans);
    });

    it('shows Emma her own bonuses only', async () => {
      const ids = async (as: SignedInAgent) => ((await as.agent.get('/api/bonuses/mine?pageSize=100').expect(200)).body as Page<MyBonusResponse>).items.map((item) => item.id);
      const [emmas, daans] = [await ids(emma), await ids(daan)];
      expect(emmas).toContain(world.bonuses.emma);
      expect(daans).toContain(world.bonuses.daan);
      expect(emmas).not.toContain(world.bonuses.daan);
      expect(daans).not.toContain(world.bonuses.emma);
    });

    it('lets Emma neither mark Daan’s notification read (404) nor see it in her inbox', async () => {
      const daans = world.notifications.daan;
      const refused = await post(emma, `/api/notifications/${daans}/read`);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('not_found');
      const inbox = (await daan.agent.get('/api/notifications?pageSize=100').expect(200)).body as Page<NotificationResponse>;
      expect(inbox.items.find((item) => item.id === daans)?.readAt).toBeNull();
      await post(emma, '/api/notifications/read-all').expect(200);
      const stillUnread = (await daan.agent.get('/api/notifications?pageSize=100').expect(200)).body as Page<NotificationResponse>;
      expect(stillUnread.items.find((item) => item.id === daans)?.readAt).toBeNull();
      const hers = (await emma.agent.get('/api/notifications?pageSize=100').expect(200)).body as Page<NotificationResponse>;
      expect(hers.items.map((item) => item.id)).not.toContain(daans);
    });

    it('tells Emma nothing of Daan’s referrals, bonus, notifications or claim on any page she can open', async () => {
      const secrets = [
        world.referrals.daan.id,
        world.referrals.daan.candidateEmail,
        world.referrals.daanOther.candidateEmail,
        world.referrals.daanGeneral.candidateEmail,
        world.bonuses.daan,
        world.notifications.daan,
        world.disputeId,
        // Daan's evidence in his claim on Emma's candidate, which only HR reads.
        'meetup months before Emma',
        demoUser('daan').displayName,
      ];
      // Every GET without path parameters (the event stream never ends; the development mailbox is, by design,
      // everyone's in the demo and admin-only elsewhere), and Emma's own referral and vacancy pages.
      const pages = appRoutes(testApp.app)
        .filter((route) => route.method === 'GET' && !route.isPublic && !route.path.includes(':'))
        .map((route) => route.path)
        .filter((path) => path !== '/api/notifications/stream' && !path.startsWith('/api/dev-mailbox'))
        .concat([`/api/referrals/${world.referrals.emma.id}`, `/api/vacancies/${world.vacancies.lucas.id}`]);
      const leaks: string[] = [];
      let read = 0;
      for (const path of pages) {
        const response = await emma.agent.get(`${path}?pageSize=100`);
        if (response.status === 403) continue;
        expect(`${path} ${response.status}`).toBe(`${path} 200`);
        read += 1;
        for (const secret of secrets) if (response.text.includes(secret)) leaks.push(`${path} shows ${secret}`);
      }
      expect(read).toBeGreaterThan(10);
      expect(leaks).toEqual([]);
    });

    it('does not show an employee a vacancy that is not open, not even when she searches for drafts', async () => {
      const draft = world.vacancies.draft.id;
      expect((await emma.agent.get(`/api/vacancies/${draft}`)).status).toBe(404);
      const searched = (await emma.agent.get('/api/vacancies?status=draft&pageSize=100').expect(200)).body as Page<{ id: string }>;
      expect(searched.items.map((item) => item.id)).not.toContain(draft);
      await sophie.agent.get(`/api/vacancies/${draft}`).expect(200);
      const recruiting = (await sophie.agent.get('/api/vacancies?status=draft&pageSize=100').expect(200)).body as Page<{ id: string }>;
      expect(recruiting.items.map((item) => item.id)).toContain(draft);
    });
  });

  describe('CVs', () => {
    const cvReads = (actor: string) => count(`SELECT count(*) AS n FROM audit_log WHERE action = 'cv.read' AND actor_id = $1`, [actor]);

    it('gives an employee no CV, not even of their own referral, and logs no read', async () => {
      const { daan: daans, emma: emmas } = world.referrals;
      for (const path of [`/api/referrals/${daans.id}/cv`, `/api/applications/${daans.applicationId}/cv`, `/api/referrals/${emmas.id}/cv`]) {
        const response = await emma.agent.get(path);
        expect(`${path} ${response.status} ${response.body.code}`).toBe(`${path} 403 forbidden`);
      }
      expect(await cvReads(world.userIds.emma)).toBe(0);
    });

    it('gives a hiring manager the CVs of his own vacancies’ candidates only', async () => {
      const own = world.referrals.daan;
      await lucas.agent.get(`/api/referrals/${own.id}/cv`).expect(200);
      await lucas.agent.get(`/api/applications/${own.applicationId}/cv`).expect(200);
      const before = await cvReads(world.userIds.lucas);
      for (const other of [world.referrals.daanOther, world.referrals.daanGeneral]) {
        for (const path of [`/api/referrals/${other.id}/cv`, `/api/applications/${other.applicationId}/cv`]) {
          const response = await lucas.agent.get(path);
          expect(`${path} ${response.status} ${response.body.code}`).toBe(`${path} 403 forbidden`);
        }
      }
      expect(await cvReads(world.userIds.lucas)).toBe(before);
      // A recruiter reads them all.
      await sophie.agent.get(`/api/applications/${world.referrals.daanOther.applicationId}/cv`).expect(200);
    });
  });

  describe('a hiring manager', () => {
    it('lists only the candidates of his own vacancies', async () => {
      const list = async (as: SignedInAgent, query = '') =>
        ((await as.agent.get(`/api/applications?pageSize=100&includeEnded=true${query}`).expect(200)).body as Page<ApplicationListItemResponse>).items;
      const his = await list(lucas);
      const ids = his.map((item) => item.id);
      expect(ids).toEqual(expect.arrayContaining([world.referrals.emma.applicationId, world.referrals.daan.applicationId]));
      expect(ids).not.toContain(world.referrals.daanOther.applicationId);
      expect(ids).not.toContain(world.referrals.daanGeneral.applicationId);
      expect(his.every((item) => item.vacancy?.id === world.vacancies.lucas.id)).toBe(true);
      expect(await list(lucas, `&vacancyId=${world.vacancies.other.id}`)).toEqual([]);
      // The recruiter's list has the others, so their absence above is the scope, not missing data.
      const all = (await list(sophie)).map((item) => item.id);
      expect(all).toEqual(expect.arrayContaining([world.referrals.daanOther.applicationId, world.referrals.daanGeneral.applicationId]));
    });

    it('is refused (403) another manager’s candidates, board and referral list, and general referrals', async () => {
      const refused = [
        `/api/applications/${world.referrals.daanOther.applicationId}`,
        `/api/applications/${world.referrals.daanGeneral.applicationId}`,
        `/api/vacancies/${world.vacancies.other.id}/board`,
        `/api/vacancies/${world.vacancies.other.id}/referrals`,
        '/api/referrals/general',
      ];
      for (const path of refused) {
        const response = await lucas.agent.get(path);
        expect(`${path} ${response.status} ${response.body.code}`).toBe(`${path} 403 forbidden`);
      }
      await lucas.agent.get(`/api/vacancies/${world.vacancies.lucas.id}/board`).expect(200);
      await lucas.agent.get(`/api/applications/${world.referrals.daan.applicationId}`).expect(200);
    });

    it('cannot write feedback on another manager’s candidate (403), and none is stored', async () => {
      const other = world.referrals.daanOther.applicationId;
      const response = await post(lucas, `/api/applications/${other}/notes`, { body: 'Looks good to me' });
      expect(response.status).toBe(403);
      expect(await count(`SELECT count(*) AS n FROM application_notes WHERE application_id = $1`, [other])).toBe(0);
      await post(lucas, `/api/applications/${world.referrals.daan.applicationId}/notes`, { body: 'Looks good to me' }).expect(201);
    });
  });
});
