import type { DataSource } from 'typeorm';
import type { MyReferralResponse, Page, VacancySummaryResponse } from '@referrals/contracts';
import { ConfigError, loadAppConfig } from '../../src/config/app-config';
import { DemoDataSeeder } from '../../src/demo-data/demo-data.seeder';
import { signIn } from '../support/saml-client';
import { createTestApp, createTestDatabase, type TestApp } from '../support/test-app';

const DEMO = { DEMO_DATA: 'true' };

async function counts(dataSource: DataSource): Promise<Record<string, number>> {
  const [row] = await dataSource.query(`
    SELECT (SELECT count(*) FROM users)::int AS users,
           (SELECT count(*) FROM vacancies)::int AS vacancies,
           (SELECT count(*) FROM vacancy_recruiters)::int AS "vacancyRecruiters",
           (SELECT count(*) FROM candidates)::int AS candidates,
           (SELECT count(*) FROM applications)::int AS applications,
           (SELECT count(*) FROM application_events)::int AS events,
           (SELECT count(*) FROM referrals)::int AS referrals,
           (SELECT count(*) FROM audit_log WHERE action = 'demo.seeded')::int AS "seededEntries"`);
  return row;
}

function titles(page: Page<VacancySummaryResponse>): string[] {
  return page.items.map((item) => item.title);
}

describe('the demo company', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ env: DEMO });
  });
  afterAll(() => testApp.close());

  it('is on by default only with the development IdP, and refuses a vague value', () => {
    expect(loadAppConfig({ NODE_ENV: 'test' }).demoData).toBe(true);
    expect(loadAppConfig({ NODE_ENV: 'test', DEMO_DATA: 'false' }).demoData).toBe(false);
    const realIdp = { NODE_ENV: 'production', SAML_IDP_METADATA_URL: 'https://idp.example/metadata' };
    expect(loadAppConfig(realIdp).demoData).toBe(false);
    expect(loadAppConfig({ ...realIdp, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(() => loadAppConfig({ NODE_ENV: 'test', DEMO_DATA: 'yes' })).toThrow(ConfigError);
  });

  it('gives every hired demo candidate a hire, and the bonuses the rules create for them', async () => {
    const [row] = await testApp.dataSource.query(`
      SELECT (SELECT count(*) FROM applications WHERE stage = 'hired' AND vacancy_id IS NOT NULL)::int AS hired,
             (SELECT count(*) FROM hires)::int AS hires,
             (SELECT count(*) FROM bonuses)::int AS bonuses,
             (SELECT count(*) FROM bonus_events WHERE from_state IS NULL)::int AS created,
             (SELECT count(*) FROM hires WHERE probation_ends_on < start_date)::int AS "backwards"`);
    expect(row.hires).toBe(row.hired);
    expect(row.bonuses).toBeGreaterThan(0);
    expect(row.created).toBe(row.bonuses);
    expect(row.backwards).toBe(0);
  });

  it('seeds about thirty vacancies in every state, once, with an audit entry', async () => {
    const seeded = await counts(testApp.dataSource);
    expect(seeded).toMatchObject({ seededEntries: 1 });
    expect(seeded['users']).toBeGreaterThanOrEqual(31);
    expect(seeded['vacancies']).toBeGreaterThanOrEqual(28);
    expect(seeded['candidates']).toBeGreaterThanOrEqual(35);
    expect(seeded['referrals']).toBeGreaterThanOrEqual(40);
    const states: { status: string; count: number }[] = await testApp.dataSource.query(
      `SELECT status, count(*)::int AS count FROM vacancies GROUP BY status`,
    );
    expect(Object.fromEntries(states.map((row) => [row.status, row.count]))).toEqual({
      draft: expect.any(Number),
      open: expect.any(Number),
      on_hold: expect.any(Number),
      closed_filled: expect.any(Number),
      closed_cancelled: expect.any(Number),
    });
    const [{ future }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS future FROM vacancies WHERE opened_at > now() OR created_at > now()`,
    );
    expect(future).toBe(0);
  });

  it('lets an employee find open vacancies by Dutch and by English words', async () => {
    const emma = await signIn(testApp, 'emma');
    const all = await emma.agent.get('/api/vacancies?pageSize=100').expect(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(15);
    expect(all.body.items.every((item: VacancySummaryResponse) => item.status === 'open')).toBe(true);
    expect(titles((await emma.agent.get('/api/vacancies').query({ q: 'ontwikkelaars' }).expect(200)).body)).toContain(
      'Frontend-ontwikkelaar Angular',
    );
    expect(titles((await emma.agent.get('/api/vacancies').query({ q: 'klantenservice' }).expect(200)).body)).toContain(
      'Medewerker Klantenservice',
    );
    expect(titles((await emma.agent.get('/api/vacancies').query({ q: 'engineers' }).expect(200)).body)).toContain(
      'Senior Backend Engineer (TypeScript/Node.js)',
    );
    const detail = await emma.agent.get(`/api/vacancies/${all.body.items[0].id}`).expect(200);
    expect(detail.body.descriptionHtml).toContain('<h2>');
    expect(detail.body.descriptionHtml).toContain('<li>');
    expect(detail.body.recruiters.length).toBeGreaterThan(0);
  });

  it('shows a recruiter the drafts and closed vacancies too', async () => {
    const sophie = await signIn(testApp, 'sophie');
    for (const status of ['draft', 'on_hold', 'closed_filled', 'closed_cancelled']) {
      const page = await sophie.agent.get('/api/vacancies').query({ status }).expect(200);
      expect(page.body.items.length).toBeGreaterThan(0);
    }
  });

  it('has referrals at every stage, each with its history of moves', async () => {
    const stages: { stage: string }[] = await testApp.dataSource.query(`SELECT DISTINCT stage FROM applications ORDER BY stage`);
    expect(stages.map((row) => row.stage)).toEqual(['hired', 'interview', 'new', 'offer', 'rejected', 'screening', 'withdrawn']);
    const mismatched = await testApp.dataSource.query(`
      SELECT a.id FROM applications a
       WHERE a.stage <> (SELECT e.to_stage FROM application_events e WHERE e.application_id = a.id
                          ORDER BY e.occurred_at DESC LIMIT 1)`);
    expect(mismatched).toEqual([]);
    const unclaimed = await testApp.dataSource.query(`
      SELECT c.id FROM candidates c JOIN referrals r ON r.id = c.claim_referral_id
       WHERE c.claim_holder_id IS DISTINCT FROM r.referrer_id OR c.claim_since IS DISTINCT FROM r.created_at`);
    expect(unclaimed).toEqual([]);
    const [{ claimed }] = await testApp.dataSource.query(`SELECT count(*)::int AS claimed FROM candidates WHERE claim_referral_id IS NOT NULL`);
    expect(claimed).toBe((await counts(testApp.dataSource))['candidates']);
  });

  it('signs Emma in as the seeded Emma, unchanged, with her referrals alive', async () => {
    const [seeded] = await testApp.dataSource.query(`SELECT id FROM users WHERE email = 'emma.devries@demo.example'`);
    const emma = await signIn(testApp, 'emma');
    const me = await emma.agent.get('/api/me').expect(200);
    expect(me.body).toMatchObject({ id: seeded.id, roles: ['employee'], employeeId: 'E1001', department: 'Engineering' });
    // Signing in synced nothing: the seeded profile is what the IdP says.
    const synced = await testApp.dataSource.query(`SELECT id FROM audit_log WHERE action = 'user.synced_from_sso'`);
    expect(synced).toEqual([]);
    const mine = await emma.agent.get('/api/referrals/mine').query({ pageSize: 50 }).expect(200);
    const statuses = new Set(mine.body.items.map((item: MyReferralResponse) => item.status));
    expect(mine.body.items.length).toBeGreaterThanOrEqual(5);
    expect(statuses).toEqual(new Set(['submitted', 'in_review', 'interviewing', 'offer', 'hired', 'not_selected']));
  });

  it('gives the recruiter and the hiring manager the roles their groups map to', async () => {
    const people: { email: string; roles: string[] }[] = await testApp.dataSource.query(
      `SELECT email, roles FROM users WHERE email IN ('sophie.bakker@demo.example', 'lucas.visser@demo.example') ORDER BY email`,
    );
    expect(people).toEqual([
      { email: 'lucas.visser@demo.example', roles: ['employee', 'hiring_manager'] },
      { email: 'sophie.bakker@demo.example', roles: ['employee', 'recruiter'] },
    ]);
  });

  it('adds nothing when a second instance starts on the same database', async () => {
    const before = await counts(testApp.dataSource);
    const second = await createTestApp({ databaseUrl: testApp.databaseUrl, env: DEMO });
    try {
      expect(await counts(second.dataSource)).toEqual(before);
    } finally {
      await second.close();
    }
  });
});

describe('demo seeding on a database that is not empty', () => {
  it('seeds once when two instances try at the same moment', async () => {
    const databaseUrl = await createTestDatabase();
    const first = await createTestApp({ databaseUrl });
    const second = await createTestApp({ databaseUrl });
    try {
      const results = await Promise.all([
        first.app.get(DemoDataSeeder).seedIfEmpty(),
        second.app.get(DemoDataSeeder).seedIfEmpty(),
      ]);
      expect(results.sort()).toEqual([false, true]);
      expect(await counts(first.dataSource)).toMatchObject({ seededEntries: 1 });
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('leaves a database with one user alone', async () => {
    const empty = await createTestApp();
    await signIn(empty, 'noah');
    await empty.close();
    const restarted = await createTestApp({ databaseUrl: empty.databaseUrl, env: DEMO });
    try {
      expect(await counts(restarted.dataSource)).toMatchObject({ users: 1, vacancies: 0, referrals: 0, seededEntries: 0 });
    } finally {
      await restarted.close();
    }
  });

  it('seeds nothing with DEMO_DATA=false', async () => {
    const testApp = await createTestApp({ env: { DEMO_DATA: 'false' } });
    try {
      expect(await counts(testApp.dataSource)).toMatchObject({ users: 0, vacancies: 0, candidates: 0, seededEntries: 0 });
    } finally {
      await testApp.close();
    }
  });
});
