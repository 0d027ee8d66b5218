import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { NotificationTemplateResponse } from '@referrals/contracts';
import { firstValueFrom, isObservable, of } from 'rxjs';
import { provideAppIcons } from '../../../core/icons/app-icons';
import { buttonNamed, dialogsClosed, openDialog, typeInto } from '../../../bonuses/testing/dom';
import { TemplateEditor } from './template-editor';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../../testing/transloco-in-english';

const texts = en.notificationTemplates.editor;
const URL = '/api/notification-templates/referral_received/en';
const PREVIEW_URL = '/api/notification-templates/preview';

function template(overrides: Partial<NotificationTemplateResponse> = {}): NotificationTemplateResponse {
  return {
    event: 'referral_received',
    language: 'en',
    subject: 'Thanks for referring {{candidateName}}!',
    body: 'Hi {{recipientName}},\n\nThank you.',
    customised: false,
    version: 0,
    placeholders: ['candidateName', 'vacancyTitle', 'recipientName', 'link', 'portalUrl'],
    updatedAt: null,
    updatedBy: null,
    ...overrides,
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function render(loaded = template()) {
  TestBed.configureTestingModule({
    imports: [
      TemplateEditor,
      translocoInEnglish(),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideAppIcons()],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(TemplateEditor);
  fixture.componentRef.setInput('event', 'referral_received');
  fixture.componentRef.setInput('lang', 'en');
  fixture.detectChanges();
  http.expectOne(URL).flush(loaded);
  const stable = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  await stable();
  const element = fixture.nativeElement as HTMLElement;
  const field = (name: 'subject' | 'body') => element.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[data-field="${name}"]`);
  const errorsOf = (name: 'subject' | 'body') => field(name)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim() ?? '';
  /** The preview request, which comes a debounce after the last change (however slow the machine is). */
  const previewRequest = async (): Promise<TestRequest> => {
    for (let waited = 0; waited < 5_000; waited += 50) {
      await pause(50);
      const requests = http.match(PREVIEW_URL);
      if (requests.length > 0) {
        expect(requests).toHaveLength(1);
        return requests[0];
      }
    }
    throw new Error('no preview was requested');
  };
  return { fixture, element, http, stable, field, errorsOf, previewRequest };
}

describe('TemplateEditor', () => {
  afterEach(async () => {
    await dialogsClosed();
    TestBed.inject(HttpTestingController).verify();
  });

  it('shows the text with its placeholders and previews it, once, after typing stops', async () => {
    const { element, field, stable, previewRequest, http } = await render();
    expect(field('subject')?.value).toBe('Thanks for referring {{candidateName}}!');
    expect(element.textContent).toContain(texts.builtIn);
    expect([...element.querySelectorAll('.editor__token')].map((button) => button.textContent?.trim())).toEqual([
      '{{candidateName}}',
      '{{vacancyTitle}}',
      '{{recipientName}}',
      '{{link}}',
      '{{portalUrl}}',
    ]);
    (await previewRequest()).flush({ subject: 'Thanks for referring Sanne!', text: 'Hi Anna', html: '<p>Hi Anna</p>' });

    typeInto(field('subject'), 'A');
    typeInto(field('subject'), 'AB');
    typeInto(field('subject'), 'ABC {{candidateName}}');
    const request = await previewRequest();
    expect(request.request.body).toEqual({ event: 'referral_received', language: 'en', subject: 'ABC {{candidateName}}', body: 'Hi {{recipientName}},\n\nThank you.' });
    request.flush({ subject: 'ABC Sanne', text: 'Hi Anna,\n\nThank you.', html: '<!DOCTYPE html><p>Hi Anna</p>' });
    await pause(500);
    http.expectNone(PREVIEW_URL);
    await stable();

    expect(element.querySelector('.preview__subject')?.textContent).toContain('ABC Sanne');
    const frame = element.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.getAttribute('srcdoc')).toContain('<p>Hi Anna</p>');
    expect(element.textContent).toContain(texts.unsaved);
  });

  it('inserts a placeholder at the cursor of the field used last', async () => {
    const { element, field, stable, previewRequest } = await render();
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
    const body = field('body');
    if (!body) throw new Error('no body');
    body.focus();
    body.setSelectionRange(3, 3);
    buttonNamed('{{candidateName}}', element)?.click();
    await stable();
    expect(body.value).toBe('Hi {{candidateName}}{{recipientName}},\n\nThank you.');
    expect(body.selectionStart).toBe(20);

    const subject = field('subject');
    subject?.focus();
    subject?.setSelectionRange(0, 6);
    buttonNamed('{{link}}', element)?.click();
    await stable();
    expect(subject?.value).toBe('{{link}} for referring {{candidateName}}!');
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
  });

  it('shows template errors at their fields and saves nothing more', async () => {
    const { element, field, stable, previewRequest, http, errorsOf } = await render();
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
    typeInto(field('body'), 'Hi {{candidateNme}}');
    const preview = await previewRequest();
    preview.flush(
      { status: 422, code: 'template_invalid', errors: [{ field: 'body', message: 'Line 1: {{candidateNme}} is not a placeholder of this mail.' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(errorsOf('body')).toBe('Line 1: {{candidateNme}} is not a placeholder of this mail.');
    expect(errorsOf('subject')).toBe('');
    expect(element.textContent).toContain(texts.previewBlocked);

    buttonNamed(texts.save, element)?.click();
    await stable();
    const save = http.expectOne({ method: 'PUT', url: URL });
    expect(save.request.body).toEqual({ subject: 'Thanks for referring {{candidateName}}!', body: 'Hi {{candidateNme}}', version: 0 });
    save.flush(
      { status: 422, code: 'template_invalid', errors: [{ field: 'subject', message: 'Line 1: bad subject' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(errorsOf('subject')).toBe('Line 1: bad subject');
    expect(document.activeElement).toBe(field('subject'));
  });

  it('saves with the version it started from and continues from the saved text', async () => {
    const { element, field, stable, previewRequest, http } = await render(template({ customised: true, version: 3, updatedAt: '2026-05-01T10:00:00Z', updatedBy: { id: 'u', displayName: 'Anna Smit' } }));
    expect(element.textContent).toContain('Changed by Anna Smit');
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
    typeInto(field('subject'), 'New subject');
    buttonNamed(texts.save, element)?.click();
    await stable();
    const save = http.expectOne({ method: 'PUT', url: URL });
    expect(save.request.body.version).toBe(3);
    save.flush(template({ subject: 'New subject', customised: true, version: 4, updatedAt: '2026-05-02T10:00:00Z', updatedBy: { id: 'u', displayName: 'Anna Smit' } }));
    await stable();
    expect(element.textContent).not.toContain(texts.unsaved);
    expect(document.querySelector('simple-snack-bar')?.textContent).toContain(texts.saved);
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
  });

  it('says so when someone else saved first, keeps the text, and loads theirs on request', async () => {
    const { element, field, stable, previewRequest, http } = await render();
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
    typeInto(field('subject'), 'Mine');
    buttonNamed(texts.save, element)?.click();
    await stable();
    http.expectOne({ method: 'PUT', url: URL }).flush({ status: 409, code: 'conflict' }, { status: 409, statusText: 'Conflict' });
    await stable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(texts.conflict);
    expect(field('subject')?.value).toBe('Mine');

    buttonNamed(texts.loadLatest, element)?.click();
    http.expectOne(URL).flush(template({ subject: 'Theirs', customised: true, version: 1 }));
    await stable();
    expect(field('subject')?.value).toBe('Theirs');
    expect(element.textContent).not.toContain(texts.conflict);
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
  });

  it('resets to the built-in text only after confirming', async () => {
    const { element, stable, previewRequest, http, field } = await render(template({ subject: 'Custom', customised: true, version: 2 }));
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
    buttonNamed(texts.reset, element)?.click();
    await stable();
    expect(openDialog()?.textContent).toContain(texts.resetConfirm.title);
    buttonNamed(texts.resetConfirm.cancel, openDialog() ?? document)?.click();
    await dialogsClosed();
    http.expectNone({ method: 'DELETE', url: URL });

    buttonNamed(texts.reset, element)?.click();
    await stable();
    buttonNamed(texts.resetConfirm.confirm, openDialog() ?? document)?.click();
    await dialogsClosed();
    http.expectOne({ method: 'DELETE', url: URL }).flush(template());
    await stable();
    expect(field('subject')?.value).toBe('Thanks for referring {{candidateName}}!');
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
  });

  it('lets the page go without asking while nothing changed, and asks once something did', async () => {
    const { fixture, field, stable, previewRequest } = await render();
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
    expect(fixture.componentInstance.canLeave()).toBe(true);
    typeInto(field('body'), 'Changed');
    await stable();
    const answer = fixture.componentInstance.canLeave();
    expect(isObservable(answer)).toBe(true);
    const leaving = firstValueFrom(isObservable(answer) ? answer : of(answer));
    await stable();
    expect(openDialog()?.textContent).toContain(texts.discard.title);
    buttonNamed(texts.discard.cancel, openDialog() ?? document)?.click();
    expect(await leaving).toBe(false);
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
  });

  it('asks for a subject before saving and sends nothing without one', async () => {
    const { element, field, stable, previewRequest, errorsOf, http } = await render();
    (await previewRequest()).flush({ subject: 's', text: 't', html: '' });
    typeInto(field('subject'), '');
    buttonNamed(texts.save, element)?.click();
    await stable();
    expect(errorsOf('subject')).toBe('Required, at most 200 characters.');
    http.expectNone({ method: 'PUT', url: URL });
    await pause(500);
    await stable();
    http.expectNone(PREVIEW_URL);
    expect(element.textContent).toContain(texts.previewBlocked);
  });
});
