import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Permission, VacancyReferralResponse, VacancyResponse } from '@referrals/contracts';
import { AuthStore } from '../../core/auth/auth-store';
import { provideAppIcons } from '../../core/icons/app-icons';
import { VacancyDetail } from './vacancy-detail';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const texts = en.vacancies;

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
  bonusAtHirePercent: 0,
  openedAt: '2025-03-01T09:00:00.000Z',
  description: 'Bouw **mee**.',
  descriptionHtml: '<p>Bouw <strong>mee</strong>.</p>',
  hiringManagerId: 'u-lucas',
  hiringManager: { id: 'u-lucas', displayName: 'Lucas Visser' },
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

const referral: VacancyReferralResponse = {
  id: 'r1',
  applicationId: 'a1',
  candidate: {
    name: 'Daniël Koster',
    email: 'daniel@example.nl',
    phone: '+31600000129',
    linkedinUrl: 'https://www.linkedin.com/in/daniel',
  },
  referrer: { id: 'u-daan', displayName: 'Daan Jansen' },
  stage: 'screening',
  submittedAt: '2025-03-04T10:00:00.000Z',
  relationship: 'fellow_student',
  motivation: 'Liep stage bij ons.',
  channel: 'form',
  noBonusReason: 'hiring_manager_own_vacancy',
  cv: {
    fileName: 'daniel-koster.pdf',
    sizeBytes: 245_000,
    mediaType: 'application/pdf',
  },
};

async function render(permissions: Permission[], shown: VacancyResponse = vacancy) {
  TestBed.configureTestingModule({
    imports: [
      VacancyDetail,
      translocoInEnglish(),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      provideRouter([]),
      {
        provide: AuthStore,
        useValue: {
          can: (permission: Permission) => permissions.includes(permission),
        },
      },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(VacancyDetail);
  fixture.componentRef.setInput('id', shown.id);
  fixture.detectChanges();
  http.expectOne(`/api/vacancies/${shown.id}`).flush(shown);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const buttons = () =>
    [...element.querySelectorAll('.vacancy__actions button')].map((button) => button.textContent?.trim());
  const button = (name: string, root: ParentNode = element) =>
    [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name) as
      | HTMLButtonElement
      | undefined;
  /** The dialog just opened; earlier tests' overlays may still be leaving the document. */
  const dialog = () => [...document.querySelectorAll('mat-dialog-container')].at(-1) ?? document;
  /** The dialog hands over its result once it has left the page, a few ticks after the click. */
  const dialogClosed = async () => {
    for (let tick = 0; tick < 100 && document.querySelector('mat-dialog-container'); tick++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await fixture.whenStable();
  };
  return { element, http, buttons, button, dialog, dialogClosed, stable: () => fixture.whenStable() };
}

describe('VacancyDetail', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows an employee the bonus, the probation and the way to refer, and nothing to manage', async () => {
    const { element } = await render(['referCandidates']);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Backend ontwikkelaar');
    expect(element.textContent).toContain('Referral bonus €1,500');
    expect(element.textContent).toContain(texts.detail.probationMany.replace('{{months}}', '2'));
    expect(element.querySelector('.vacancy__markdown strong')?.textContent).toBe('mee');
    const refer = element.querySelector<HTMLAnchorElement>('a.vacancy__refer');
    expect(refer?.getAttribute('href')).toBe('/referrals/new?vacancy=v1');
    expect(element.querySelector('.vacancy__manage')).toBeNull();
    expect(element.querySelector('app-vacancy-referrals')).toBeNull();
  });

  it('shows the split when part of the bonus is paid at hire', async () => {
    const { element } = await render(['referCandidates'], { ...vacancy, bonusAtHirePercent: 25 });
    expect(element.querySelector('.vacancy__bonus')?.textContent).toContain(
      '25% is paid once your candidate has started (€375), the rest after probation (€1,125).',
    );
  });

  it('says nothing of a split when everything is paid after probation', async () => {
    const { element } = await render(['referCandidates']);
    expect(element.querySelector('.vacancy__bonus')?.textContent).not.toContain('once your candidate has started');
  });

  it('offers no referral on a vacancy that is not open', async () => {
    const { element, http } = await render(['referCandidates', 'manageVacancies'], { ...vacancy, status: 'on_hold' });
    expect(element.querySelector('a.vacancy__refer')).toBeNull();
    expect(element.textContent).toContain(texts.detail.notOpen);
    http.expectNone('/api/vacancies/v1/referrals');
  });

  it('gives a recruiter the moves the lifecycle allows from the current status', async () => {
    const { buttons, http } = await render(['referCandidates', 'manageVacancies', 'viewCandidates']);
    http
      .expectOne((request) => request.url === '/api/vacancies/v1/referrals')
      .flush({ items: [], page: 1, pageSize: 10, hasMore: false });
    expect(buttons()).toEqual([texts.actions.on_hold, texts.actions.closed_filled, texts.actions.closed_cancelled]);
  });

  it('asks before closing and sends nothing when the recruiter goes back', async () => {
    const { button, http, stable, dialog, dialogClosed } = await render(['manageVacancies']);
    button(texts.actions.closed_filled)?.click();
    await stable();
    expect(dialog().textContent).toContain(texts.confirm.closed_filled.title);
    button(texts.confirm.back, dialog())?.click();
    await dialogClosed();
    http.expectNone({ method: 'POST' });
  });

  it('closes after confirmation, with the version it showed', async () => {
    const { button, http, buttons, dialog, dialogClosed, stable } = await render(['manageVacancies']);
    button(texts.actions.closed_cancelled)?.click();
    await stable();
    button(texts.actions.closed_cancelled, dialog())?.click();
    await dialogClosed();
    const request = http.expectOne({
      method: 'POST',
      url: '/api/vacancies/v1/status',
    });
    expect(request.request.body).toEqual({
      status: 'closed_cancelled',
      version: 4,
    });
    request.flush({ ...vacancy, status: 'closed_cancelled', version: 5 });
    await stable();
    expect(buttons()).toEqual([]);
  });

  it('shows the latest version with a clear message when someone else changed the vacancy first', async () => {
    const { button, http, stable, element, buttons } = await render(['manageVacancies']);
    button(texts.actions.on_hold)?.click();
    await stable();
    const current = {
      ...vacancy,
      status: 'on_hold' as const,
      title: 'Backend ontwikkelaar (herzien)',
      version: 5,
    };
    http.expectOne({ method: 'POST', url: '/api/vacancies/v1/status' }).flush(
      {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'conflict',
        current,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe(texts.detail.conflict);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Backend ontwikkelaar (herzien)');
    expect(buttons()).toEqual([texts.actions.reopen, texts.actions.closed_filled, texts.actions.closed_cancelled]);
  });

  it('lists the referrals with their CV for recruiting, and flags a no-bonus referral', async () => {
    const { http, element, stable } = await render(['viewCandidates']);
    const request = http.expectOne((candidate) => candidate.url === '/api/vacancies/v1/referrals');
    expect(request.request.params.get('page')).toBe('1');
    request.flush({ items: [referral], page: 1, pageSize: 10, hasMore: false });
    await stable();
    const item = element.querySelector('.referral');
    expect(item?.querySelector('h3')?.textContent).toBe('Daniël Koster');
    expect(item?.textContent).toContain('Fellow student');
    expect(item?.textContent).toContain('Daan Jansen');
    expect(item?.textContent).toContain(texts.referrals.stages.screening);
    expect(item?.querySelector('.referral__flag')?.textContent).toContain(texts.referrals.noBonus);
    const cv = item?.querySelector<HTMLAnchorElement>('a[download]');
    expect(cv?.getAttribute('href')).toBe('/api/referrals/r1/cv');
    expect(cv?.textContent?.trim()).toBe('daniel-koster.pdf');
    expect(item?.textContent).toContain('239 kB');
    expect(item?.querySelector<HTMLAnchorElement>('a[href^="https://www.linkedin.com"]')?.rel).toContain('noopener');
  });

  it('leaves the referrals out quietly when the API refuses them (another manager’s vacancy)', async () => {
    const { http, element, stable } = await render(['viewCandidates', 'runPipeline']);
    http
      .expectOne((candidate) => candidate.url === '/api/vacancies/v1/referrals')
      .flush(
        {
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          code: 'forbidden',
        },
        { status: 403, statusText: 'Forbidden' },
      );
    await stable();
    expect(element.querySelector('app-vacancy-referrals')?.textContent?.trim()).toBe('');
    expect(element.textContent).not.toContain(texts.referrals.heading);
  });

  it('shows recruiting the vacancy’s steps in order and the way to its board', async () => {
    const { element, http } = await render(['manageVacancies', 'runPipeline', 'viewCandidates']);
    http.expectOne((request) => request.url === '/api/vacancies/v1/referrals').flush({ items: [], page: 1, pageSize: 10, hasMore: false });
    const steps = [...element.querySelectorAll('.vacancy__step-list li')].map((step) => step.textContent?.replace('→', '').trim());
    expect(steps).toEqual(['New', 'Screening', 'Case study', 'Hired']);
    expect(element.querySelector<HTMLAnchorElement>('a.vacancy__board')?.getAttribute('href')).toBe('/pipeline/vacancies/v1');
  });

  it('keeps the steps from employees, and the board link from those outside the Pipeline area', async () => {
    const employee = await render(['referCandidates']);
    expect(employee.element.querySelector('.vacancy__steps')).toBeNull();
    TestBed.resetTestingModule();
    const hr = await render(['viewCandidates']);
    hr.http.expectOne((request) => request.url === '/api/vacancies/v1/referrals').flush({ items: [], page: 1, pageSize: 10, hasMore: false });
    expect(hr.element.querySelector('.vacancy__steps')).not.toBeNull();
    expect(hr.element.querySelector('a.vacancy__board')).toBeNull();
  });
});
