import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { MeResponse, StageTemplateResponse, VacancyResponse } from '@referrals/contracts';
import { DEFAULT_STEPS } from '@referrals/domain';
import { AuthStore } from '../../core/auth/auth-store';
import { provideAppIcons } from '../../core/icons/app-icons';
import { VacancyForm } from './vacancy-form';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

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
  stageTemplateId: null,
  steps: [
    { key: 'new', label: null, stage: 'new' },
    { key: 'screening', label: null, stage: 'screening' },
    { key: 'case', label: 'Case study', stage: 'interview' },
    { key: 'hired', label: null, stage: 'hired' },
  ],
  publicApply: false,
  version: 4,
  createdAt: '2025-02-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
};

const templates: StageTemplateResponse[] = [
  { id: 't-standard', name: 'Standard', steps: [...DEFAULT_STEPS], builtIn: true, createdBy: null, createdAt: '2025-01-01T00:00:00.000Z' },
  {
    id: 't-case',
    name: 'Engineering with a case',
    steps: [
      { key: 'new', label: null, stage: 'new' },
      { key: 'case', label: 'Case study', stage: 'interview' },
      { key: 'hired', label: null, stage: 'hired' },
    ],
    builtIn: false,
    createdBy: { id: 'u-sophie', displayName: 'Sophie Bakker' },
    createdAt: '2025-02-01T00:00:00.000Z',
  },
];

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  body: { type: 'about:blank', title: code, status, code, ...extra },
  init: { status, statusText: code },
});

async function render(id?: string) {
  TestBed.configureTestingModule({
    imports: [
      VacancyForm,
      translocoInEnglish(),
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
  http.expectOne('/api/stage-templates').flush(templates);
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
  /** Opens a mat-select by its form control name and picks the option with this text. */
  const choose = async (name: string, option: string) => {
    element.querySelector<HTMLElement>(`mat-select[formcontrolname="${name}"] .mat-mdc-select-trigger`)?.click();
    await fixture.whenStable();
    const found = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (candidate) => candidate.textContent?.trim() === option,
    );
    if (!found) throw new Error(`no option ${option}`);
    found.click();
    await fixture.whenStable();
  };
  const selectErrorOf = (name: string) =>
    element
      .querySelector(`mat-select[formcontrolname="${name}"]`)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim();
  return {
    element,
    http,
    choose,
    selectErrorOf,
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
      stageTemplateId: 't-standard',
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

  it('starts a new vacancy on the built-in steps and sends the list picked instead', async () => {
    const { http, type, submit, choose, element } = await render();
    const hint = () => element.querySelector('mat-select[formcontrolname="stageTemplateId"]')?.closest('mat-form-field');
    expect(hint()?.textContent).toContain(texts.standardSteps);
    expect(hint()?.textContent).toContain('New → Screening → Interview → Offer → Hired');
    await choose('stageTemplateId', 'Engineering with a case');
    expect(hint()?.textContent).toContain('New → Case study → Hired');
    await fillNew(type, '1500');
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/vacancies' });
    expect(request.request.body.stageTemplateId).toBe('t-case');
    request.flush({ ...vacancy, id: 'v9' }, { status: 201, statusText: 'Created' });
  });

  it('sends a changed step list on edit, and says so when candidates sit in steps the new list lacks', async () => {
    const { http, submit, choose, selectErrorOf, element, stable } = await render('v1');
    await choose('stageTemplateId', 'Engineering with a case');
    await submit();
    const request = http.expectOne({ method: 'PATCH', url: '/api/vacancies/v1' });
    expect(request.request.body).toEqual({ stageTemplateId: 't-case', version: 4 });
    const refusal = problem(422, 'stage_list_invalid', { problem: 'steps_in_use' });
    request.flush(refusal.body, refusal.init);
    await stable();
    expect(selectErrorOf('stageTemplateId')).toBe(texts.errors.stepsInUse);
    expect(element.textContent).not.toContain(texts.refused);
  });
});
