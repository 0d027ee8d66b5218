import type { NotificationTemplatePreviewResponse, NotificationTemplateResponse } from '@referrals/contracts';
import { NotificationRenderer } from '../../src/notifications/templates/notification-renderer';
import { signIn, type SignedInAgent } from '../support/saml-client';
import { createTestApp, type TestApp } from '../support/test-app';

describe('notification templates', () => {
  let testApp: TestApp;
  let hr: SignedInAgent;
  let renderer: NotificationRenderer;

  beforeAll(async () => {
    testApp = await createTestApp();
    hr = await signIn(testApp, 'anna');
    renderer = testApp.app.get(NotificationRenderer);
  });
  afterAll(() => testApp.close());

  const put = (path: string, body: Record<string, unknown>) => hr.agent.put(`/api/notification-templates/${path}`).set('X-XSRF-TOKEN', hr.csrfToken).send(body);
  const preview = (body: Record<string, unknown>) => hr.agent.post('/api/notification-templates/preview').set('X-XSRF-TOKEN', hr.csrfToken).send(body);
  const storedRows = async () => Number((await testApp.dataSource.query(`SELECT count(*) FROM notification_templates`))[0].count);

  function renderReceived(params: Record<string, unknown>, language: 'en' | 'nl' = 'en') {
    return renderer.renderMany([{ event: 'referral_received', params, language, recipientName: 'Emma Visser', link: '/my-referrals/abc' }]);
  }

  it('lists every event in English and Dutch with the built-in text', async () => {
    const response = await hr.agent.get('/api/notification-templates').expect(200);
    const list = response.body as NotificationTemplateResponse[];
    expect(list).toHaveLength(20);
    expect(list.every((template) => !template.customised && template.version === 0)).toBe(true);
    const dutch = list.find((template) => template.event === 'bonus_paid' && template.language === 'nl');
    expect(dutch).toMatchObject({ subject: 'Je aanbrengpremie van {{bonusAmount}} is uitbetaald', updatedBy: null });
    expect(dutch?.placeholders).toEqual(['candidateName', 'vacancyTitle', 'bonusAmount', 'paidOn', 'recipientName', 'link', 'portalUrl']);
  });

  it('refuses a template with a syntax error on save, with a clear message at the field, and stores nothing', async () => {
    const response = await put('referral_received/en', { subject: 'Thanks', body: 'Hi {{recipientName}},\n\n{{#if vacancyTitle}}for {{vacancyTitle}}', version: 0 }).expect(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      code: 'template_invalid',
      errors: [
        {
          field: 'body',
          message: 'Line 3: a block is not closed: every {{#if}}, {{#unless}} and {{#each}} needs its {{/if}}, {{/unless}} or {{/each}}.',
        },
      ],
    });
    expect(await storedRows()).toBe(0);
  });

  it('refuses an unknown placeholder and unescaped output, naming each field', async () => {
    const response = await put('referral_received/en', { subject: 'Thanks {{candidateNme}}', body: 'Hi {{{candidateName}}}', version: 0 }).expect(422);
    expect(response.body.errors).toEqual([
      { field: 'subject', message: expect.stringMatching(/^Line 1: \{\{candidateNme\}\} is not a placeholder of this mail\. Did you mean \{\{candidateName\}\}\?/) },
      { field: 'body', message: expect.stringContaining('{{{candidateName}}} and {{& candidateName}} would insert a value without escaping it') },
    ]);
    expect(await storedRows()).toBe(0);
  });

  it('previews an unsaved template with sample values in all three forms', async () => {
    const response = await preview({
      event: 'referral_hired',
      language: 'nl',
      subject: '{{candidateName}} begint op {{startDate}}',
      body: 'Hoi {{recipientName}}, je premie is **{{bonusAmount}}**.\n\n[Bekijk]({{link}})',
    }).expect(200);
    const rendered = response.body as NotificationTemplatePreviewResponse;
    expect(rendered.subject).toBe('Sanne de Vries begint op 1 maart 2026');
    expect(rendered.text).toBe('Hoi Anna Smit, je premie is €\u00a01.500,00.\n\nBekijk: http://portal.test/my-referrals/3f6b2a10-5c1d-4e8a-9b7f-2d4c6e8a0b1c');
    expect(rendered.html).toContain('<strong>€\u00a01.500,00</strong>');
    expect(rendered.html).toContain('Referralportaal');
    expect(rendered.html).toContain('href="http://portal.test/me/preferences"');
  });

  it('refuses to preview an invalid template, in the language the editor asks for', async () => {
    const response = await preview({ event: 'stale_candidates', language: 'en', subject: 'x', body: '{{candidateName}}' }).expect(422);
    expect(response.body.errors).toEqual([{ field: 'body', message: 'Line 1: {{candidateName}} is only available inside {{#each candidates}}…{{/each}}.' }]);
    const dutch = await hr.agent
      .post('/api/notification-templates/preview')
      .set('X-XSRF-TOKEN', hr.csrfToken)
      .set('Accept-Language', 'nl-NL,nl;q=0.9,en;q=0.8')
      .send({ event: 'stale_candidates', language: 'en', subject: 'x', body: '{{candidateName}}' })
      .expect(422);
    expect(dutch.body.errors).toEqual([{ field: 'body', message: 'Regel 1: {{candidateName}} is alleen beschikbaar binnen {{#each candidates}}…{{/each}}.' }]);
  });

  it('escapes a value containing HTML in the mail and keeps a Markdown link in a value as text', async () => {
    const [rendered] = await renderReceived({ candidateName: '<script>alert("x")</script><b>Eve</b> [Win](https://evil.example)', vacancyTitle: null });
    expect(rendered.html).not.toMatch(/<script|<b>|href="https:\/\/evil/);
    expect(rendered.html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;&lt;b&gt;Eve&lt;/b&gt; [Win](https://evil.example)');
    expect(rendered.text).toContain('<script>alert("x")</script><b>Eve</b> [Win](https://evil.example)');
  });

  it("saves HR's text, renders with it from then on, audits it, and refuses a stale version", async () => {
    const saved = await put('referral_received/en', {
      subject: 'You are a star, {{recipientName}}',
      body: 'We got **{{candidateName}}**{{#if vacancyTitle}} for {{vacancyTitle}}{{/if}}. Thank you!',
      version: 0,
    }).expect(200);
    expect(saved.body).toMatchObject({ customised: true, version: 1, updatedBy: { displayName: 'Anna Smit' } });

    const [english, dutch] = await renderer.renderMany([
      { event: 'referral_received', params: { candidateName: 'Sanne', vacancyTitle: 'Chef' }, language: 'en', recipientName: 'Emma', link: null },
      { event: 'referral_received', params: { candidateName: 'Sanne', vacancyTitle: 'Chef' }, language: 'nl', recipientName: 'Emma', link: null },
    ]);
    expect(english.subject).toBe('You are a star, Emma');
    expect(english.text).toBe('We got Sanne for Chef. Thank you!');
    expect(dutch.subject).toBe('Bedankt dat je Sanne hebt aangedragen!');

    const stale = await put('referral_received/en', { subject: 'Old', body: 'Old', version: 0 }).expect(409);
    expect(stale.body.code).toBe('conflict');
    await put('referral_received/en', { subject: 'Second', body: 'Second {{candidateName}}', version: 1 }).expect(200);
    await put('referral_received/en', { subject: 'Third', body: 'Third', version: 1 }).expect(409);
    expect((await hr.agent.get('/api/notification-templates/referral_received/en').expect(200)).body).toMatchObject({ subject: 'Second', version: 2 });

    const audit = await testApp.dataSource.query(`SELECT action, before, after FROM audit_log WHERE entity_type = 'notification_template' ORDER BY id`);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'notification_template.saved', before: null, after: expect.objectContaining({ subject: 'You are a star, {{recipientName}}', version: 1 }) }),
      expect.objectContaining({ action: 'notification_template.saved', before: expect.objectContaining({ version: 1 }), after: expect.objectContaining({ version: 2 }) }),
    ]);
  });

  it('resets to the built-in text and audits it', async () => {
    const reset = await hr.agent.delete('/api/notification-templates/referral_received/en').set('X-XSRF-TOKEN', hr.csrfToken).expect(200);
    expect(reset.body).toMatchObject({ customised: false, version: 0, subject: 'Thanks for referring {{candidateName}}!' });
    const [rendered] = await renderReceived({ candidateName: 'Sanne', vacancyTitle: null });
    expect(rendered.subject).toBe('Thanks for referring Sanne!');
    expect(rendered.text).toContain('Follow your referral: http://portal.test/my-referrals/abc');
    const [{ count }] = await testApp.dataSource.query(`SELECT count(*) FROM audit_log WHERE action = 'notification_template.reset'`);
    expect(Number(count)).toBe(1);
    await hr.agent.delete('/api/notification-templates/referral_received/en').set('X-XSRF-TOKEN', hr.csrfToken).expect(200);
  });

  it('answers 400 for an unknown event or language', async () => {
    await hr.agent.get('/api/notification-templates/birthday/en').expect(400);
    await hr.agent.get('/api/notification-templates/referral_received/de').expect(400);
  });

  it('reads the templates of a whole batch with one query', async () => {
    const queries: string[] = [];
    const original = testApp.dataSource.query.bind(testApp.dataSource);
    const spy = jest.spyOn(testApp.dataSource, 'query').mockImplementation((sql: string, parameters?: unknown[]) => {
      queries.push(sql);
      return original(sql, parameters);
    });
    try {
      const requests = Array.from({ length: 30 }, (_, index) => ({
        event: (['referral_received', 'bonus_paid', 'stale_candidates'] as const)[index % 3],
        params: { candidateName: `C${index}`, vacancyTitle: 'V', bonusAmountMinor: 100, bonusCurrency: 'EUR', paidOn: '2026-01-02', count: 0, candidates: [] },
        language: index % 2 === 0 ? ('en' as const) : ('nl' as const),
        recipientName: 'R',
        link: null,
      }));
      const rendered = await renderer.renderMany(requests);
      expect(rendered).toHaveLength(30);
      expect(rendered[1].subject).toBe('Je aanbrengpremie van €\u00a01,00 is uitbetaald');
    } finally {
      spy.mockRestore();
    }
    expect(queries).toHaveLength(1);
  });

  it('is for HR only', async () => {
    const emma = await signIn(testApp, 'emma');
    await emma.agent.get('/api/notification-templates').expect(403);
    await emma.agent.put('/api/notification-templates/referral_received/en').set('X-XSRF-TOKEN', emma.csrfToken).send({ subject: 'x', body: 'y', version: 0 }).expect(403);
    await emma.agent.post('/api/notification-templates/preview').set('X-XSRF-TOKEN', emma.csrfToken).send({ event: 'bonus_paid', language: 'en', subject: 'x', body: 'y' }).expect(403);
    expect(await storedRows()).toBe(0);
  });
});
