import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { LOCALES, NOTIFICATION_EVENTS, type NotificationTemplateResponse } from '@referrals/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TemplateList } from './template-list';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../../public/i18n/en.json'), 'utf8'));
const texts = en.notificationTemplates;

function templates(customised: string[]): NotificationTemplateResponse[] {
  // The API's order is not the page's: the page orders by the contracts.
  return [...NOTIFICATION_EVENTS].reverse().flatMap((event) =>
    LOCALES.map((language) => ({
      event,
      language,
      subject: 's',
      body: 'b',
      customised: customised.includes(`${event}/${language}`),
      version: customised.includes(`${event}/${language}`) ? 1 : 0,
      placeholders: [],
      updatedAt: null,
      updatedBy: null,
    })),
  );
}

async function render() {
  TestBed.configureTestingModule({
    imports: [
      TemplateList,
      TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { availableLangs: ['en'], defaultLang: 'en' }, preloadLangs: true }),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(TemplateList);
  fixture.detectChanges();
  return { fixture, http, element: fixture.nativeElement as HTMLElement };
}

describe('TemplateList', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists every event in the life of a referral, with per language whether HR changed it', async () => {
    const { fixture, http, element } = await render();
    http.expectOne('/api/notification-templates').flush(templates(['bonus_paid/nl']));
    await fixture.whenStable();
    fixture.detectChanges();

    const names = [...element.querySelectorAll('.template__name')].map((name) => name.textContent?.replace(/\s+/g, ' ').trim());
    expect(names[0]).toBe(texts.events.referral_received.name);
    expect(names[6]).toBe(`${texts.events.bonus_paid.name} ${texts.list.alwaysSent}`);
    expect(names).toHaveLength(10);

    const bonusPaid = element.querySelectorAll('.template')[6];
    const links = [...bonusPaid.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/bonus_paid/en', '/bonus_paid/nl']);
    expect(links.map((link) => link.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      `${texts.languages.en} ${texts.list.builtIn}`,
      `${texts.languages.nl} ${texts.list.customised}`,
    ]);
    expect(links[1].getAttribute('aria-label')).toBe(`Edit the Dutch text of “${texts.events.bonus_paid.name}” (${texts.list.customised})`);
  });

  it('offers to try again when the list cannot be loaded', async () => {
    const { fixture, http, element } = await render();
    http.expectOne('/api/notification-templates').flush(null, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(texts.list.loadFailed);
    element.querySelector('button')?.click();
    http.expectOne('/api/notification-templates').flush(templates([]));
  });
});
