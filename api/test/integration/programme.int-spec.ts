import type {
  CurrentProgrammeResponse,
  ProgrammeVersionResponse,
  ProgrammeVersionSummary,
  PublishProgrammeDto,
} from '@referrals/contracts';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

describe('programme rules and FAQ', () => {
  let testApp: TestApp;
  let hr: SignedInAgent;
  let emma: SignedInAgent;
  let daan: SignedInAgent;
  let secondHr: SignedInAgent;
  let admin: SignedInAgent;

  const newVersion = (overrides: Partial<PublishProgrammeDto> = {}): PublishProgrammeDto => ({
    rulesEn: '# Rules\n\nRefer people you **know**.',
    faqEn: '## Question?\n\nAnswer.',
    rulesNl: '# Regels\n\nDraag mensen aan die je **kent**.',
    faqNl: '',
    changeSummary: 'Clearer wording',
    ...overrides,
  });

  const publish = (as: SignedInAgent, body: PublishProgrammeDto = newVersion()) =>
    as.agent.post('/api/programme').set('X-XSRF-TOKEN', as.csrfToken).send(body);
  const accept = (as: SignedInAgent, version: number) =>
    as.agent.post(`/api/programme/${version}/accept`).set('X-XSRF-TOKEN', as.csrfToken).send();
  const current = async (as: SignedInAgent): Promise<CurrentProgrammeResponse> =>
    (await as.agent.get('/api/programme/current').expect(200)).body;

  beforeAll(async () => {
    testApp = await createTestApp();
    hr = await signIn(testApp, 'anna');
    emma = await signIn(testApp, 'emma');
    daan = await signIn(testApp, 'daan');
    // Signed in before any test pins the clock, so the assertions' real timestamps stay valid.
    secondHr = await signIn(testApp, 'anna');
    admin = await signIn(testApp, 'noah');
  });
  afterAll(() => testApp.close());

  it('publishes a default version 1 in English and Dutch at the first start, once', async () => {
    const programme = await current(emma);
    expect(programme).toMatchObject({ version: 1, changeSummary: 'First version', publishedBy: null, acceptedAt: null });
    expect(programme.rules.en.markdown).toContain('12 months');
    expect(programme.rules.nl.markdown).toContain('12 maanden');
    expect(programme.rules.nl.html).toContain('<h2>');
    expect(programme.faq.nl.markdown).not.toEqual(programme.faq.en.markdown);
    expect(programme.limits).toEqual({
      ownershipWindowMonths: 12,
      maxReferralsPerDay: 10,
      maxReferralsPer30Days: 30,
      cvMaxBytes: 10 * 1024 * 1024,
      defaultProbationMonths: 2,
    });
    const audit = await testApp.dataSource.query(`SELECT actor_id FROM audit_log WHERE action = 'programme.published'`);
    expect(audit).toEqual([{ actor_id: null }]);
  });

  it('states the limits as currently set', async () => {
    await admin.agent.patch('/api/settings').set('X-XSRF-TOKEN', admin.csrfToken).send({ maxReferralsPerDay: 4 }).expect(200);
    try {
      expect((await current(daan)).limits.maxReferralsPerDay).toBe(4);
    } finally {
      await admin.agent.patch('/api/settings').set('X-XSRF-TOKEN', admin.csrfToken).send({ maxReferralsPerDay: 10 }).expect(200);
    }
  });

  it('refuses publishing to an employee', async () => {
    const response = await publish(emma).expect(403);
    expect(response.body.code).toBe('forbidden');
    await emma.agent.get('/api/programme/versions').expect(403);
    await emma.agent.get('/api/programme/versions/1').expect(403);
  });

  it('refuses a version without enough English text', async () => {
    const response = await publish(hr, newVersion({ rulesEn: 'short' })).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['rulesEn']);
  });

  describe('accepting and publishing', () => {
    let published: ProgrammeVersionResponse;

    it('accepts the current version once, however often it is sent', async () => {
      const { version } = await current(emma);
      testApp.clock.set(new Date('2025-05-01T10:00:00Z'));
      const first = await accept(emma, version).expect(200);
      testApp.clock.set(new Date('2025-05-02T10:00:00Z'));
      const second = await accept(emma, version).expect(200);
      expect(first.body).toEqual({ version, acceptedAt: '2025-05-01T10:00:00.000Z' });
      expect(second.body).toEqual(first.body);
      expect((await current(emma)).acceptedAt).toBe('2025-05-01T10:00:00.000Z');
      expect((await current(daan)).acceptedAt).toBeNull();
      const audit = await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'programme.accepted' AND entity_id = $1`,
        [String(version)],
      );
      expect(audit).toEqual([{ n: 1 }]);
    });

    it('lets HR publish the next version, stores empty Dutch as null and asks everyone to accept again', async () => {
      const before = await current(emma);
      const response = await publish(hr).expect(201);
      published = response.body;
      expect(published.version).toBe(before.version + 1);
      expect(published.publishedBy).toMatchObject({ displayName: expect.any(String) });
      expect(published.rules.nl.html).toBe('<h2>Regels</h2>\n<p>Draag mensen aan die je <strong>kent</strong>.</p>\n');
      // No Dutch FAQ: the English one is shown in its place.
      expect(published.faq.nl).toEqual(published.faq.en);
      const [row] = await testApp.dataSource.query(`SELECT faq_nl FROM programme_versions WHERE version = $1`, [published.version]);
      expect(row.faq_nl).toBeNull();

      const after = await current(emma);
      expect(after.version).toBe(published.version);
      expect(after.acceptedAt).toBeNull();
      expect(after.changeSummary).toBe('Clearer wording');
      const audit = await testApp.dataSource.query(
        `SELECT actor_id FROM audit_log WHERE action = 'programme.published' AND entity_id = $1`,
        [String(published.version)],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).toBe(published.publishedBy?.id);
    });

    it('refuses to accept a superseded version with 409 naming the current one, and an unknown one with 404', async () => {
      const stale = await accept(daan, published.version - 1).expect(409);
      expect(stale.body).toMatchObject({ code: 'conflict', currentVersion: published.version });
      expect((await accept(daan, 999).expect(404)).body.code).toBe('not_found');
      expect((await accept(daan, 99_999_999_999).expect(404)).body.code).toBe('not_found');
      await accept(daan, published.version).expect(200);
    });

    it('lists the versions newest first with how many people accepted each', async () => {
      await accept(emma, published.version).expect(200);
      const versions: ProgrammeVersionSummary[] = (await hr.agent.get('/api/programme/versions').expect(200)).body;
      expect(versions.map((v) => v.version)).toEqual([published.version, published.version - 1]);
      expect(versions.map((v) => v.acceptedCount)).toEqual([2, 1]);
      expect(versions[0]).toMatchObject({ changeSummary: 'Clearer wording', publishedBy: published.publishedBy });
      expect(versions[1]).toMatchObject({ changeSummary: 'First version', publishedBy: null });
    });

    it('shows one version to HR by number', async () => {
      const response = await hr.agent.get(`/api/programme/versions/${published.version}`).expect(200);
      expect(response.body).toEqual(published);
      await hr.agent.get('/api/programme/versions/4242').expect(404);
      await hr.agent.get('/api/programme/versions/abc').expect(400);
    });
  });

  it('gives two simultaneous publications different numbers, never a 500', async () => {
    const { version: before } = await current(hr);
    const responses = await Promise.all([
      publish(hr, newVersion({ changeSummary: 'From the first tab' })),
      publish(secondHr, newVersion({ changeSummary: 'From the second tab' })),
      publish(hr, newVersion({ changeSummary: 'From the third tab' })),
    ]);
    expect(responses.map((r) => r.status).every((s) => s === 201 || s === 409)).toBe(true);
    const created = responses.filter((r) => r.status === 201).map((r) => r.body.version as number);
    expect(new Set(created).size).toBe(created.length);
    expect(Math.max(...created)).toBe(before + created.length);
    const rows = await testApp.dataSource.query(`SELECT version FROM programme_versions WHERE version > $1 ORDER BY version`, [before]);
    expect(rows.map((r: { version: number }) => r.version)).toEqual(created.sort((a, b) => a - b));
  });
});
