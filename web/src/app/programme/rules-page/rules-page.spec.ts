import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { provideAppIcons } from '../../core/icons/app-icons';
import { Language } from '../../core/i18n/language';
import { currentProgramme } from '../testing/programme-fixtures';
import { RulesPage } from './rules-page';

const i18n = (locale: string) =>
  JSON.parse(readFileSync(join(__dirname, `../../../../public/i18n/${locale}.json`), 'utf8'));

async function render(locale: 'en' | 'nl' = 'en') {
  TestBed.configureTestingModule({
    imports: [
      RulesPage,
      TranslocoTestingModule.forRoot({
        langs: { en: i18n('en'), nl: i18n('nl') },
        translocoConfig: { availableLangs: ['en', 'nl'], defaultLang: 'en' },
        preloadLangs: true,
      }),
    ],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideAppIcons()],
  });
  const backend = TestBed.inject(HttpTestingController);
  await TestBed.inject(Language).use(locale);
  const fixture = TestBed.createComponent(RulesPage);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(name));
  return { backend, fixture, element, button };
}

describe('RulesPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the rules, their version and the key numbers', async () => {
    const { backend, fixture, element } = await render();
    backend.expectOne('/api/programme/current').flush(currentProgramme());
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toContain('Programme rules');
    expect(element.textContent).toContain('Version 3, published on 1 Mar 2025');
    expect(element.querySelector('[data-limit="ownership"]')?.textContent).toContain('12 months');
    expect(element.querySelector('[data-limit="referrals"]')?.textContent).toContain('10 a day, 30 in 30 days');
    expect(element.querySelector('[data-limit="cv"]')?.textContent).toContain('up to 10 MB');
    // The document's own title sits under the page heading.
    expect(element.querySelector('.programme-document h2')?.textContent).toBe('Rules');
    expect(element.querySelectorAll('h1')).toHaveLength(1);
  });

  it('accepts the version shown and then says when it was accepted', async () => {
    const { backend, fixture, element, button } = await render();
    backend.expectOne('/api/programme/current').flush(currentProgramme());
    await fixture.whenStable();
    expect(element.textContent).toContain('Limits per day lowered to 10.');

    button('I accept these rules')?.click();
    await fixture.whenStable();
    const accept = backend.expectOne('/api/programme/3/accept');
    expect(accept.request.method).toBe('POST');
    accept.flush({ version: 3, acceptedAt: '2025-03-10T08:30:00.000Z' });
    await fixture.whenStable();

    expect(button('I accept these rules')).toBeUndefined();
    expect(element.querySelector('[data-testid="rules-accepted"]')?.textContent).toContain(
      'You accepted version 3 on 10 Mar 2025',
    );
  });

  it('loads the newer version when the rules changed before accepting', async () => {
    const { backend, fixture, element, button } = await render();
    backend.expectOne('/api/programme/current').flush(currentProgramme());
    await fixture.whenStable();

    button('I accept these rules')?.click();
    await fixture.whenStable();
    backend
      .expectOne('/api/programme/3/accept')
      .flush({ type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    backend.expectOne('/api/programme/current').flush(currentProgramme({ version: 4, changeSummary: 'New FAQ.' }));
    await fixture.whenStable();
    expect(element.textContent).toContain('Version 4');
    expect(element.textContent).toContain('New FAQ.');
    expect(button('I accept these rules')).toBeDefined();
  });

  it('shows the Dutch text to a Dutch reader', async () => {
    const { backend, fixture, element } = await render('nl');
    backend.expectOne('/api/programme/current').flush(currentProgramme({ acceptedAt: '2025-03-02T10:00:00.000Z' }));
    await fixture.whenStable();

    expect(element.querySelector('h1')?.textContent).toContain('Programmaregels');
    expect(element.textContent).toContain('Je hebt versie 3 geaccepteerd op');
    const rules = element.querySelector('.programme-document');
    expect(rules?.getAttribute('lang')).toBe('nl');
    expect(rules?.textContent).toContain('Wie doet er mee');
  });

  it('says so when no rules were published yet', async () => {
    const { backend, fixture, element } = await render();
    backend
      .expectOne('/api/programme/current')
      .flush({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(element.textContent).toContain('has no published rules yet');
  });
});
