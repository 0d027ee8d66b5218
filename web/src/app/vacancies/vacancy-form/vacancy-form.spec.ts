import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { MeResponse, VacancyResponse } from '@referrals/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthStore } from '../../core/auth/auth-store';
import { provideAppIcons } from '../../core/icons/app-icons';
import { VacancyForm } from './vacancy-form';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n/en.json'), 'utf8'));
const texts = en.vacancies.form;

const sophie: MeResponse = {
  id: 'u-sophie',
  email: 'sophie.bakker@demo.example',
  displayName: 'Sophie Bakker',
  employeeId: 'E1003',
  department: 'People',
  roles: ['employee', 'recruiter'],
  locale: 'en',
};

const vacancy: VacancyResponse = {
  id: 'v1',
  title: 'Backend ontwikkelaar',
  department: 'Engineering',
  location: 'Utrecht',
  employmentType: 'full_time',
  category: 'Software',
  status: 'open',
  bonusAmountMinor: 150_000,
  bonusCurrency: 'EUR',
  openedAt: '2025-03-01T09:00:00.000Z',
  description: 'Bouw mee.',
  descriptionHtml: '<p>Bouw mee.</p>',
  hiringManagerId: null,
  hiringManager: null,
  recruiters: [{ id: 'u-sophie', displayName: 'Sophie Bakker' }],
  probationMonths: 2,
  publicApply: false,
  version: 4,
  createdAt: '2025-02-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
};

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  body: { type: 'about:blank', title: code, status, code, ...extra },
  init: { status, statusText: code },
});

async function render(id?: string) {
  TestBed.configureTestingModule({
    imports: [
      VacancyForm,
      TranslocoTestingModule.forRoot({
        langs: { en },
        translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      provideRouter([]),
      { provide: AuthStore, useValue: { me: () => sophie, can: () => true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(VacancyForm);
  if (id) fixture.componentRef.setInput('id', id);
  fixture.detectChanges();
  http.expectOne('/api/vacancies/facets').flush({
    departments: ['Engineering'],
    locations: ['Utrecht'],
    categories: ['Software'],
  });
  if (id) http.expectOne(`/api/vacancies/${id}`).flush(vacancy);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const field = (name: string) => {
    const found = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
    if (!found) throw new Error(`no field ${name}`);
    return found;
  };
  const type = async (name: string, value: string) => {
    const input = field(name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const submit = async () => {
    element.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const errorOf = (name: string) =>
    field(name).closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(name)) as
      | HTMLButtonElement
      | undefined;
  return {
    element,
    http,
    navigate,
    field,
    type,
    submit,
    errorOf,
    button,
    stable: () => fixture.whenStable(),
  };
}

async function fillNew(type: (name: string, value: string) => Promise<void>, bonus: string) {
  await type('title', 'Data engineer');
  await type('department', 'Engineering');
  await type('location', 'Delft');
  await type('category', 'Data');
  await type('description', 'Je bouwt **pijplijnen**.');
  await type('bonusAmount', bonus);
}

describe('VacancyForm', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('creates a vacancy with the bonus in minor units and the creator as recruiter, then opens it', async () => {
    const { http, type, submit, navigate, element } = await render();
    expect(element.querySelector('h1')?.textContent?.trim()).toBe(texts.newHeading);
    expect(element.querySelector('mat-chip-row')?.textContent).toContain('Sophie Bakker');
    await fillNew(type, '1500,50');
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/vacancies' });
    expect(request.request.body).toEqual({
      title: 'Data engineer',
      department: 'Engineering',
      location: 'Delft',
      employmentType: 'full_time',
      category: 'Data',
      description: 'Je bouwt **pijplijnen**.',
      hiringManagerId: null,
      recruiterIds: ['u-sophie'],
      bonusAmountMinor: 150_050,
      bonusCurrency: 'EUR',
      publicApply: false,
    });
    request.flush({ ...vacancy, id: 'v9' }, { status: 201, statusText: 'Created' });
    expect(navigate).toHaveBeenCalledWith(['/vacancies', 'v9']);
  });

  it('sends nothing while the bonus does not read as money, and says why', async () => {
    const { http, type, submit, errorOf } = await render();
    await fillNew(type, '15,00,0');
    await submit();
    http.expectNone({ method: 'POST' });
    expect(errorOf('bonusAmount')).toBe(texts.errors.amount);
  });

  it('wants a hiring manager picked from the list, not just typed', async () => {
    const { http, type, submit, errorOf } = await render();
    await fillNew(type, '1500');
    await type('hiringManager', 'Lucas');
    await submit();
    http.expectNone({ method: 'POST' });
    expect(errorOf('hiringManager')).toBe(texts.errors.person);
    // The suggestions asked for along the way are not what this test is about.
    await new Promise((resolve) => setTimeout(resolve, 300));
    http.match((request) => request.url === '/api/users');
  });

  it('shows the field errors of a refused save next to their fields', async () => {
    const { http, type, submit, errorOf, element, stable } = await render();
    await fillNew(type, '1500');
    await submit();
    const refusal = problem(400, 'validation_failed', {
      errors: [
        { field: 'recruiterIds.0', message: 'not an active recruiter' },
        {
          field: 'title',
          message: 'title must be shorter than or equal to 200 characters',
        },
      ],
    });
    http.expectOne({ method: 'POST', url: '/api/vacancies' }).flush(refusal.body, refusal.init);
    await stable();
    expect(errorOf('title')).toBe(texts.errors.server);
    expect(
      element
        .querySelector('mat-chip-grid')
        ?.closest('mat-form-field')
        ?.querySelector('mat-error')
        ?.textContent?.trim(),
    ).toBe(texts.errors.recruiter);
    expect(errorOf('location')).toBeUndefined();
  });

  it('edits only what changed, sending the version it started from', async () => {
    const { http, field, type, submit, navigate, element } = await render('v1');
    expect(element.querySelector('h1')?.textContent?.trim()).toBe(texts.editHeading);
    expect(field('title').value).toBe('Backend ontwikkelaar');
    expect(field('bonusAmount').value).toBe('1500');
    await type('title', 'Senior backend ontwikkelaar');
    await type('bonusAmount', '1750.25');
    await submit();
    const request = http.expectOne({
      method: 'PATCH',
      url: '/api/vacancies/v1',
    });
    expect(request.request.body).toEqual({
      title: 'Senior backend ontwikkelaar',
      bonusAmountMinor: 175_025,
      version: 4,
    });
    request.flush({
      ...vacancy,
      title: 'Senior backend ontwikkelaar',
      version: 5,
    });
    expect(navigate).toHaveBeenCalledWith(['/vacancies', 'v1']);
  });

  it('says when someone else saved first and reloads their version on request', async () => {
    const { http, field, type, submit, element, button, stable } = await render('v1');
    await type('title', 'Mijn titel');
    await submit();
    const latest = { ...vacancy, title: 'Titel van een collega', version: 5 };
    const conflict = problem(409, 'conflict', { current: latest });
    http.expectOne({ method: 'PATCH', url: '/api/vacancies/v1' }).flush(conflict.body, conflict.init);
    await stable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(texts.conflict);

    button(texts.reload)?.click();
    await stable();
    expect(field('title').value).toBe('Titel van een collega');
    expect(element.querySelector('[role="alert"]')).toBeNull();

    await type('location', 'Delft');
    await submit();
    const retry = http.expectOne({ method: 'PATCH', url: '/api/vacancies/v1' });
    expect(retry.request.body).toEqual({ location: 'Delft', version: 5 });
    retry.flush({ ...latest, location: 'Delft', version: 6 });
  });
});
