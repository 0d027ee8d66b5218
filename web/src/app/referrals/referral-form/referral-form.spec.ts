import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import type { CurrentProgrammeResponse, ReferralDetailResponse, VacancyResponse } from '@referrals/contracts';
import { REFERRAL_REFUSALS, type ReferralRefusal } from '@referrals/domain';
import { provideAppIcons } from '../../core/icons/app-icons';
import { ReferralForm } from './referral-form';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const VACANCY_ID = '0b6f2f5e-4a7d-4b8e-9a51-6a2a4b7f1c01';

const programme = (acceptedAt: string | null): CurrentProgrammeResponse => ({
  version: 3,
  rules: { en: { markdown: '', html: '' }, nl: { markdown: '', html: '' } },
  faq: { en: { markdown: '', html: '' }, nl: { markdown: '', html: '' } },
  changeSummary: 'Limits per day lowered to 10.',
  publishedAt: '2025-03-01T09:00:00.000Z',
  publishedBy: null,
  acceptedAt,
  limits: {
    ownershipWindowMonths: 12,
    maxReferralsPerDay: 10,
    maxReferralsPer30Days: 30,
    cvMaxBytes: 10 * 1024 * 1024,
    defaultProbationMonths: 2,
  },
});

const vacancy = {
  id: VACANCY_ID,
  title: 'Backend developer',
  department: 'Engineering',
  location: 'Utrecht',
  status: 'open',
  bonusAmountMinor: 150_000,
  bonusCurrency: 'EUR',
} as VacancyResponse;

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) => ({
  type: 'about:blank',
  title: 'English title',
  status,
  code,
  ...extra,
});

async function render(options: { vacancy?: string; acceptedAt?: string | null; noProgramme?: boolean } = {}) {
  TestBed.configureTestingModule({
    imports: [
      ReferralForm,
      translocoInEnglish(),
    ],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideAppIcons()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(ReferralForm);
  if (options.vacancy) fixture.componentRef.setInput('vacancy', options.vacancy);
  fixture.detectChanges();
  const current = backend.expectOne('/api/programme/current');
  if (options.noProgramme) {
    current.flush(problem(404, 'not_found'), { status: 404, statusText: 'Not Found' });
  } else {
    current.flush(programme(options.acceptedAt === undefined ? '2025-03-02T10:00:00.000Z' : options.acceptedAt));
  }
  await fixture.whenStable();
  if (options.vacancy) {
    backend.expectOne(`/api/vacancies/${options.vacancy}`).flush(vacancy);
    await fixture.whenStable();
  }
  const element = fixture.nativeElement as HTMLElement;

  const type = async (selector: string, value: string) => {
    const input = element.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await fixture.whenStable();
  };
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  const chooseRelationship = async (label: string) => {
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatSelectHarness.with({ selector: '#relationship' }),
    );
    await select.open();
    await select.clickOptions({ text: label });
    await fixture.whenStable();
  };
  const fillIn = async () => {
    await type('#candidateName', 'Jan Peeters');
    await type('#candidateEmail', 'jan@example.com');
    await type('#candidatePhone', '06 1234 5678');
    await chooseRelationship('Former colleague');
    await type('#motivation', 'Built our billing system with me for three years.');
    element.querySelector<HTMLInputElement>('#candidateConsent input')?.click();
    await fixture.whenStable();
  };
  const chooseFile = async (file: File) => {
    const input = element.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const submit = async () => {
    element.querySelector('form#referral-form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  const alertText = () => element.querySelector('.referral__alert[role="alert"]')?.textContent?.trim() ?? '';
  const sendClaim = async () => {
    element.querySelector('app-claim-form form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  return { fixture, element, backend, navigate, type, button, fillIn, chooseFile, submit, alertText, sendClaim };
}

describe('the refusal for a candidate someone else holds', () => {
  it('says nothing about who holds them or where they are', () => {
    for (const text of [en.referrals.refusals.candidate_unavailable as string]) {
      expect(text).not.toMatch(/referred by|colleague|stage|process|interview|already|someone|another/i);
    }
  });
});

describe('ReferralForm', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks to accept the current rules first, and shows the form once accepted', async () => {
    const { element, backend, button, fixture } = await render({ acceptedAt: null });
    expect(element.textContent).toContain('First, accept the programme rules');
    expect(element.textContent).toContain('version 3');
    expect(element.textContent).toContain('Limits per day lowered to 10.');
    expect(element.querySelector('a[href="/rules"]')).not.toBeNull();
    expect(element.querySelector('form#referral-form')).toBeNull();

    // Not ticked: explained, nothing sent.
    button('Accept and continue')?.click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Tick the box to accept the rules.');
    backend.expectNone('/api/programme/3/accept');

    element.querySelector<HTMLInputElement>('mat-checkbox input')?.click();
    button('Accept and continue')?.click();
    const accept = backend.expectOne('/api/programme/3/accept');
    expect(accept.request.method).toBe('POST');
    accept.flush({ version: 3, acceptedAt: '2025-03-05T08:00:00.000Z' });
    await fixture.whenStable();
    expect(element.querySelector('form#referral-form')).not.toBeNull();
    expect(element.textContent).not.toContain('First, accept the programme rules');
  });

  it('goes straight to the form while HR has published no rules yet', async () => {
    const { element } = await render({ noProgramme: true });
    expect(element.querySelector('form#referral-form')).not.toBeNull();
    expect(element.textContent).not.toContain('First, accept the programme rules');
    expect(element.querySelector('#cv-hint')?.textContent).toContain('10 MB');
  });

  it('shows the vacancy with its bonus, and says so plainly for a general referral', async () => {
    const withVacancy = await render({ vacancy: VACANCY_ID });
    const card = withVacancy.element.querySelector('.referral__vacancy')?.textContent ?? '';
    expect(card).toContain('Backend developer');
    expect(card).toContain('€1,500.00');
    TestBed.resetTestingModule();

    const general = await render();
    expect(general.element.querySelector('.referral__vacancy')?.textContent).toContain('General referral');
  });

  it('sends the form as multipart data with the CV and opens the new referral', async () => {
    const { fillIn, chooseFile, submit, backend, navigate, element } = await render({ vacancy: VACANCY_ID });
    await fillIn();
    await chooseFile(new File(['%PDF-1.4 hello'], 'jan-cv.pdf', { type: 'application/pdf' }));
    expect(element.querySelector('.referral__cv-name')?.textContent).toBe('jan-cv.pdf');
    expect(element.querySelector('.referral__cv-size')?.textContent).toBe('0.1 kB');
    await submit();

    const request = backend.expectOne('/api/referrals');
    expect(request.request.method).toBe('POST');
    const body = request.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    expect(body.get('vacancyId')).toBe(VACANCY_ID);
    expect(body.get('candidateName')).toBe('Jan Peeters');
    expect(body.get('candidateEmail')).toBe('jan@example.com');
    expect(body.get('candidatePhone')).toBe('06 1234 5678');
    expect(body.has('linkedinUrl')).toBe(false);
    expect(body.get('relationship')).toBe('former_colleague');
    expect(body.get('candidateConsent')).toBe('true');
    expect((body.get('cv') as File).name).toBe('jan-cv.pdf');
    request.flush({ id: 'r-1' } as ReferralDetailResponse, { status: 201, statusText: 'Created' });
    await Promise.resolve();
    expect(navigate).toHaveBeenCalledWith(['/my-referrals', 'r-1']);
  });

  it('sends nothing while a required field is missing or the consent is not given', async () => {
    const { type, submit, backend, element } = await render();
    await type('#candidateName', 'Jan Peeters');
    await submit();
    backend.expectNone('/api/referrals');
    expect(element.textContent).toContain("Enter the candidate's email address.");
    expect(element.textContent).toContain('Ask the candidate first');
  });

  it('refuses a CV of the wrong type or over the limit before sending', async () => {
    const { chooseFile, element } = await render();
    await chooseFile(new File(['MZ'], 'setup.exe'));
    expect(element.querySelector('#cv-error')?.textContent).toContain('Choose a PDF or Word (DOCX) file.');
    expect(element.querySelector('.referral__cv-name')).toBeNull();
    const big = new File(['x'], 'big.pdf');
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    await chooseFile(big);
    expect(element.querySelector('#cv-error')?.textContent).toContain('This file is larger than 10 MB.');
  });

  const refusalStatus = (reason: ReferralRefusal) => (reason === 'daily_limit' || reason === 'rolling_limit' ? 429 : 422);
  const refusalCode = (reason: ReferralRefusal) =>
    reason === 'daily_limit' || reason === 'rolling_limit' ? 'referral_limit_reached' : 'referral_refused';
  const expectedText: Record<ReferralRefusal, string> = {
    programme_not_accepted: 'The programme rules have changed.',
    self_referral: 'You cannot refer yourself.',
    active_employee: 'This person already works here',
    vacancy_not_open: 'This vacancy is not open for referrals at the moment.',
    daily_limit: "You have reached today's maximum of 10 referrals.",
    rolling_limit: 'You have reached the maximum of 30 referrals in 30 days.',
    duplicate_in_vacancy: 'This candidate is already being considered for this vacancy.',
    candidate_unavailable: "We can't accept a referral for this candidate right now.",
  };

  it.each(REFERRAL_REFUSALS.map((reason) => [reason]))('explains the %s refusal in the alert region', async (reason) => {
    const { fillIn, submit, backend, alertText, element, fixture } = await render();
    await fillIn();
    await submit();
    backend
      .expectOne('/api/referrals')
      .flush(problem(refusalStatus(reason), refusalCode(reason), { reason }), {
        status: refusalStatus(reason),
        statusText: 'Refused',
      });
    await fixture.whenStable();
    if (reason === 'programme_not_accepted') {
      // The rules changed meanwhile: the accept step comes back, with the reason above it.
      backend.expectOne('/api/programme/current').flush(programme(null));
      await fixture.whenStable();
      expect(element.textContent).toContain('First, accept the programme rules');
    }
    expect(alertText()).toContain(expectedText[reason]);
    const claim = [...element.querySelectorAll('button')].some((button) => button.textContent?.includes('file a claim'));
    expect(claim).toBe(reason === 'candidate_unavailable');
  });

  it('files a claim for the refused candidate and vacancy, then confirms it', async () => {
    const { fillIn, submit, backend, button, fixture, element, type, sendClaim } = await render({ vacancy: VACANCY_ID });
    await fillIn();
    await submit();
    backend
      .expectOne('/api/referrals')
      .flush(problem(422, 'referral_refused', { reason: 'candidate_unavailable' }), { status: 422, statusText: 'Refused' });
    await fixture.whenStable();
    button('I introduced this person first — file a claim')?.click();
    await fixture.whenStable();

    await type('app-claim-form textarea', 'Too short');
    await sendClaim();
    backend.expectNone('/api/disputes');
    expect(element.textContent).toContain('Write at least 20 characters.');

    await type('app-claim-form textarea', 'I introduced Jan at the meetup in Utrecht on 3 February.');
    await sendClaim();
    const request = backend.expectOne('/api/disputes');
    expect(request.request.body).toEqual({
      candidateEmail: 'jan@example.com',
      vacancyId: VACANCY_ID,
      statement: 'I introduced Jan at the meetup in Utrecht on 3 February.',
    });
    request.flush({ id: 'd-1' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(element.textContent).toContain('Your claim has been filed');
  });

  it('says so when a claim was already filed', async () => {
    const { fillIn, submit, backend, button, fixture, element, type, sendClaim } = await render();
    await fillIn();
    await submit();
    backend
      .expectOne('/api/referrals')
      .flush(problem(422, 'referral_refused', { reason: 'candidate_unavailable' }), { status: 422, statusText: 'Refused' });
    await fixture.whenStable();
    button('I introduced this person first — file a claim')?.click();
    await fixture.whenStable();
    await type('app-claim-form textarea', 'I introduced Jan at the meetup in Utrecht on 3 February.');
    await sendClaim();
    const request = backend.expectOne('/api/disputes');
    expect(request.request.body).not.toHaveProperty('vacancyId', expect.anything());
    request.flush(problem(409, 'conflict'), { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(element.querySelector('app-claim-form [role="alert"]')?.textContent).toContain(
      'You have already filed a claim for this candidate.',
    );
  });

  it('puts the API field errors on their fields', async () => {
    const { fillIn, submit, backend, fixture, element, alertText } = await render();
    await fillIn();
    await submit();
    backend.expectOne('/api/referrals').flush(
      problem(400, 'validation_failed', {
        errors: [
          { field: 'candidatePhone', message: 'candidatePhone is not a phone number' },
          { field: 'cv', message: 'cv is empty' },
        ],
      }),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const phoneField = element.querySelector('#candidatePhone')?.closest('mat-form-field');
    expect(phoneField?.querySelector('mat-error')?.textContent).toContain('This does not look like a phone number.');
    expect(element.querySelector('#candidateName')?.closest('mat-form-field')?.querySelector('mat-error')).toBeNull();
    expect(element.querySelector('#cv-error')?.textContent).toContain('This file could not be accepted.');
    expect(alertText()).toContain('Check the marked fields.');
  });

  it('explains a CV the server refused by content or size', async () => {
    const { fillIn, submit, backend, fixture, element } = await render();
    await fillIn();
    await submit();
    backend.expectOne('/api/referrals').flush(problem(415, 'file_type_unsupported'), { status: 415, statusText: 'No' });
    await fixture.whenStable();
    expect(element.querySelector('#cv-error')?.textContent).toContain('Choose a PDF or Word (DOCX) file.');
  });
});
