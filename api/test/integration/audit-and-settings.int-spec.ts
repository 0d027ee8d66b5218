import { signIn } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';
import { SETTINGS_CACHE_MS } from '../../src/settings/settings.service';

describe('audit log and settings', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('lets the database refuse UPDATE, DELETE and TRUNCATE on the audit log', async () => {
    await signIn(testApp, 'emma');
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*) FROM audit_log`);
    expect(Number(count)).toBeGreaterThan(0);
    await expect(testApp.dataSource.query(`UPDATE audit_log SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(testApp.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(testApp.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    const [{ count: after }] = await testApp.dataSource.query(`SELECT count(*) FROM audit_log WHERE action <> 'tampered'`);
    expect(after).toBe(count);
  });

  it('serves the defaults of DOMAIN.md until someone changes them', async () => {
    const { agent } = await signIn(testApp, 'noah');
    const response = await agent.get('/api/settings').expect(200);
    expect(response.body.values).toMatchObject({
      ownershipWindowMonths: 12,
      maxReferralsPerDay: 10,
      maxReferralsPer30Days: 30,
      defaultProbationMonths: 2,
      staleAfterDays: 7,
      companyTimeZone: 'Europe/Amsterdam',
    });
  });

  it('changes a setting, audits the change with before and after, and pages the audit log', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'noah');
    const me = (await agent.get('/api/me')).body;
    const response = await agent.patch('/api/settings').set('X-XSRF-TOKEN', csrfToken).send({ ownershipWindowMonths: 6 }).expect(200);
    expect(response.body.values.ownershipWindowMonths).toBe(6);
    expect((await agent.get('/api/settings')).body.values.ownershipWindowMonths).toBe(6);

    const audit = await agent.get('/api/audit?entityType=setting&pageSize=1').expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        actorId: me.id,
        action: 'setting.changed',
        entityId: 'ownershipWindowMonths',
        before: 12,
        after: 6,
      }),
    ]);
    expect(audit.body.hasMore).toBe(false);
    const all = await agent.get('/api/audit?pageSize=2').expect(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.hasMore).toBe(true);
  });

  it('keeps settings briefly: its own change is seen at once, one made by another instance within SETTINGS_CACHE_MS', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'noah');
    const changedAt = performance.now();
    await agent.patch('/api/settings').set('X-XSRF-TOKEN', csrfToken).send({ maxReferralsPerDay: 7 }).expect(200);
    expect((await agent.get('/api/settings').expect(200)).body.values.maxReferralsPerDay).toBe(7);

    // Another instance changes it: this one keeps its copy for a moment, then reads the new value.
    await testApp.dataSource.query(`UPDATE settings SET value = '8'::jsonb WHERE key = 'maxReferralsPerDay'`);
    const seen = (await agent.get('/api/settings').expect(200)).body.values.maxReferralsPerDay;
    if (performance.now() - changedAt < SETTINGS_CACHE_MS) expect(seen).toBe(7);
    await new Promise((resolve) => setTimeout(resolve, SETTINGS_CACHE_MS + 100));
    expect((await agent.get('/api/settings').expect(200)).body.values.maxReferralsPerDay).toBe(8);
  });

  it('refuses an invalid setting with per-field errors and changes nothing', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'noah');
    const before = (await agent.get('/api/settings')).body.values;
    const response = await agent
      .patch('/api/settings')
      .set('X-XSRF-TOKEN', csrfToken)
      .send({ maxReferralsPerDay: 5, staleAfterDays: -1, unknownSetting: true })
      .expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'staleAfterDays', message: 'must be between 1 and 365' },
        { field: 'unknownSetting', message: 'is not a known setting' },
      ]),
    );
    expect((await agent.get('/api/settings')).body.values).toEqual(before);
  });

  it('lets an admin replace the group-to-role mapping, audited', async () => {
    const { agent, csrfToken } = await signIn(testApp, 'noah');
    const mappings = [
      { group: 'referrals-admins', role: 'admin' },
      { group: 'talent-team', role: 'recruiter' },
    ];
    await agent.put('/api/role-mappings').set('X-XSRF-TOKEN', csrfToken).send({ mappings }).expect(200);
    expect((await agent.get('/api/role-mappings')).body).toEqual(
      expect.arrayContaining(mappings),
    );
    await agent
      .put('/api/role-mappings')
      .set('X-XSRF-TOKEN', csrfToken)
      .send({ mappings: [{ group: 'x', role: 'superuser' }] })
      .expect(400);
    const audit = await agent.get('/api/audit?action=role_mappings.replaced').expect(200);
    expect(audit.body.items).toHaveLength(1);
  });
});
