import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { Role } from '@referrals/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthStore } from '../../core/auth/auth-store';
import { Language } from '../../core/i18n/language';
import { PreferencesPage } from './preferences-page';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n/en.json'), 'utf8'));
const nl = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n/nl.json'), 'utf8'));
const PREFERENCES = '/api/me/preferences';

async function render(roles: Role[] = ['employee']) {
  const active = signal<'en' | 'nl'>('en');
  const language = { active: active.asReadonly(), use: jest.fn(async (locale: 'en' | 'nl') => active.set(locale)) };
  TestBed.configureTestingModule({
    imports: [
      PreferencesPage,
      TranslocoTestingModule.forRoot({
        langs: { en, nl },
        translocoConfig: { availableLangs: ['en', 'nl'], defaultLang: 'en' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: AuthStore, useValue: { roles: signal(roles) } },
      { provide: Language, useValue: language },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PreferencesPage);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const toggle = (event: string) => element.querySelector<HTMLButtonElement>(`[data-event="${event}"] button[role="switch"]`);
  const radio = (label: string) =>
    [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((input) =>
      input.closest('mat-radio-button')?.textContent?.includes(label),
    );
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  const submit = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
  };
  return { fixture, element, http, settle, toggle, radio, button, submit, language };
}

describe('PreferencesPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the saved language and a switch per mail, essential ones on and locked with the reason', async () => {
    const { http, settle, toggle, radio, element } = await render();
    http.expectOne(PREFERENCES).flush({ language: 'en', emailOff: ['referral_received'] });
    await settle();
    expect(radio('English')?.checked).toBe(true);
    expect(toggle('referral_received')?.getAttribute('aria-checked')).toBe('false');
    expect(toggle('referral_status_changed')?.getAttribute('aria-checked')).toBe('true');
    expect(toggle('bonus_paid')?.getAttribute('aria-checked')).toBe('true');
    expect(toggle('bonus_paid')?.disabled).toBe(true);
    expect(element.textContent).toContain('Status of your referral');
    expect(element.textContent).toContain('Always sent: it is about your money or the rules you agreed to.');
    // Recruiting's and HR's mails are not offered to an employee.
    expect(toggle('stale_candidates')).toBeNull();
  });

  it('saves the mails switched off, and nothing before something changed', async () => {
    const { http, settle, toggle, button, submit, element } = await render();
    http.expectOne(PREFERENCES).flush({ language: 'en', emailOff: [] });
    await settle();
    expect(button('Save preferences')?.disabled).toBe(true);
    toggle('referral_hired')?.click();
    await settle();
    await submit();
    const saved = http.expectOne({ method: 'PUT', url: PREFERENCES });
    expect(saved.request.body).toEqual({ language: 'en', emailOff: ['referral_hired'] });
    saved.flush({ language: 'en', emailOff: ['referral_hired'] });
    await settle();
    expect(document.body.textContent).toContain('Your preferences are saved.');
    expect(button('Save preferences')?.disabled).toBe(true);
    expect(element.querySelector('[data-event="referral_hired"] button[role="switch"]')?.getAttribute('aria-checked')).toBe(
      'false',
    );
  });

  it('switches the portal to the language saved', async () => {
    const { http, settle, radio, submit, language } = await render();
    http.expectOne(PREFERENCES).flush({ language: 'en', emailOff: [] });
    await settle();
    radio('Nederlands')?.click();
    await settle();
    await submit();
    const saved = http.expectOne({ method: 'PUT', url: PREFERENCES });
    expect(saved.request.body).toEqual({ language: 'nl', emailOff: [] });
    saved.flush({ language: 'nl', emailOff: [] });
    await settle();
    expect(language.use).toHaveBeenCalledWith('nl');
  });

  it('keeps the choices when saving fails, to try again', async () => {
    const { http, settle, toggle, submit, button, language } = await render();
    http.expectOne(PREFERENCES).flush({ language: 'en', emailOff: [] });
    await settle();
    toggle('referral_received')?.click();
    await settle();
    await submit();
    http.expectOne({ method: 'PUT', url: PREFERENCES }).flush(null, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(toggle('referral_received')?.getAttribute('aria-checked')).toBe('false');
    expect(button('Save preferences')?.disabled).toBe(false);
    expect(language.use).not.toHaveBeenCalled();
  });

  it("offers recruiters recruiting's mails", async () => {
    const { http, settle, toggle } = await render(['employee', 'recruiter']);
    http.expectOne(PREFERENCES).flush({ language: 'nl', emailOff: ['stale_candidates'] });
    await settle();
    expect(toggle('stale_candidates')?.getAttribute('aria-checked')).toBe('false');
    expect(toggle('candidate_referred')?.getAttribute('aria-checked')).toBe('true');
  });
});
