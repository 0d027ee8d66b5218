import 'reflect-metadata';
import { DEFAULT_TEMPLATES } from './default-templates';
import { notificationView } from './notification-view';
import { renderTemplate } from './template-renderer';

const portalUrl = 'https://portal.example';

function render(params: Record<string, unknown>, body: string, subject = 'About {{candidateName}}') {
  const view = notificationView('referral_received', params, { language: 'en', recipientName: 'Emma', link: '/my-referrals/1', publicUrl: portalUrl });
  return renderTemplate({ subject, body }, view, { language: 'en', portalUrl, essential: false });
}

describe('renderTemplate', () => {
  it('escapes HTML in values in the HTML part and keeps it as written in the text and subject', () => {
    const rendered = render({ candidateName: '<script>alert(1)</script> <b>Bold</b>', vacancyTitle: null }, 'Thanks for **{{candidateName}}**.');
    expect(rendered.html).toContain('<strong>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;Bold&lt;/b&gt;</strong>');
    expect(rendered.html).not.toContain('<script>');
    expect(rendered.html).not.toContain('<b>');
    expect(rendered.text).toBe('Thanks for <script>alert(1)</script> <b>Bold</b>.');
    expect(rendered.subject).toBe('About <script>alert(1)</script> <b>Bold</b>');
  });

  it('keeps Markdown in values as text: no links, emphasis or headings come from a value', () => {
    const rendered = render({ candidateName: '[Claim your prize](https://evil.example) **now** evil.example', vacancyTitle: '# Big' }, '{{candidateName}}\n\n{{vacancyTitle}}');
    expect(rendered.html).toContain('<p style="margin:0 0 16px">[Claim your prize](https://evil.example) **now** evil.example</p>');
    expect(rendered.html).toContain('<p style="margin:0 0 16px"># Big</p>');
    expect(rendered.html).not.toContain('evil.example"');
    expect(rendered.text).toBe('[Claim your prize](https://evil.example) **now** evil.example\n\n# Big');
  });

  it("turns the template's own Markdown into HTML and readable text, with the absolute link", () => {
    const rendered = render(
      { candidateName: 'Sanne', vacancyTitle: 'Designer' },
      'Hi {{recipientName}},\n\nThanks for **{{candidateName}}**{{#if vacancyTitle}} ({{vacancyTitle}}){{/if}}.\n\n{{#if link}}[Follow it]({{link}}){{/if}}',
    );
    expect(rendered.html).toContain('<a style="color:#1a4d8f;font-weight:600" href="https://portal.example/my-referrals/1" rel="noopener noreferrer nofollow" target="_blank">Follow it</a>');
    expect(rendered.text).toBe('Hi Emma,\n\nThanks for Sanne (Designer).\n\nFollow it: https://portal.example/my-referrals/1');
    expect(rendered.html).toContain('<html lang="en">');
    expect(rendered.html).toContain('href="https://portal.example/me/preferences"');
  });

  it('puts a multi-line value on separate lines without letting it start a list or a heading', () => {
    const view = notificationView('programme_updated', { version: 2, changeSummary: 'One\n- two\n\n# three' }, { language: 'en', recipientName: 'E', link: null, publicUrl: portalUrl });
    const rendered = renderTemplate({ subject: 'v{{version}}', body: '{{changeSummary}}' }, view, { language: 'en', portalUrl, essential: true });
    expect(rendered.text).toBe('One\n- two\n# three');
    expect(rendered.html).toContain('One<br />\n- two<br />\n# three');
    expect(rendered.html).toContain('Mails about your bonus and the programme rules are always sent.');
  });

  it('repeats list items and writes the built-in stale-candidates digest in Dutch', () => {
    const view = notificationView(
      'stale_candidates',
      { count: 2, candidates: [{ candidateName: 'Ann', vacancyTitle: 'Chef', waitingDays: 9 }, { candidateName: 'Bo <i>', vacancyTitle: 'Cook', waitingDays: 14 }] },
      { language: 'nl', recipientName: 'Sophie', link: '/pipeline', publicUrl: portalUrl },
    );
    const rendered = renderTemplate(DEFAULT_TEMPLATES.stale_candidates.nl, view, { language: 'nl', portalUrl, essential: false });
    expect(rendered.subject).toBe('Kandidaten wachten op een volgende stap (2)');
    expect(rendered.text).toContain('- Ann, Chef: al 9 dagen geen stap\n- Bo <i>, Cook: al 14 dagen geen stap');
    expect(rendered.html).toContain('<li><strong>Bo &lt;i&gt;</strong>, Cook: al 14 dagen geen stap</li>');
    expect(rendered.html).toContain('Pas je mailvoorkeuren aan');
  });

  it('leaves a number of zero falsy for #if', () => {
    const view = notificationView('approvals_waiting', { count: 0, oldestWaitingDays: 0 }, { language: 'en', recipientName: 'Anna', link: null, publicUrl: portalUrl });
    const rendered = renderTemplate({ subject: 's', body: '{{#if count}}some{{else}}none{{/if}}' }, view, { language: 'en', portalUrl, essential: false });
    expect(rendered.text).toBe('none');
  });
});
