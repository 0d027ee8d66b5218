import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ApplicationDetailResponse, Permission } from '@referrals/contracts';
import { DEFAULT_STEPS } from '@referrals/domain';
import { AuthStore } from '../../core/auth/auth-store';
import { provideAppIcons } from '../../core/icons/app-icons';
import { CandidateDetail } from './candidate-detail';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const texts = en.pipeline;

const application: ApplicationDetailResponse = {
  id: 'a1',
  version: 7,
  vacancy: { id: 'v1', title: 'DevOps Engineer', probationMonths: 2, hiringManager: null },
  steps: [...DEFAULT_STEPS],
  stepKey: 'hired',
  stage: 'hired',
  stageEnteredAt: '2025-03-01T09:00:00.000Z',
  stale: false,
  endedAt: null,
  source: 'referral',
  candidate: { id: 'c1', name: 'Annelies Verhoef', email: 'annelies@example.nl', phone: null, linkedinUrl: null },
  cv: { fileName: 'annelies.docx', sizeBytes: 20_480, mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  referral: {
    id: 'r1',
    referrer: { id: 'u-emma', displayName: 'Emma de Vries' },
    creditedReferrer: { id: 'u-daan', displayName: 'Daan Jansen' },
    relationship: 'former_colleague',
    motivation: 'Ran the platform team with me.',
    channel: 'linkedin',
    submittedAt: '2025-02-01T09:00:00.000Z',
  },
  assignedRecruiter: null,
  notes: [],
  history: [
    {
      id: 'e1',
      actor: { id: 'u-sophie', displayName: 'Sophie Bakker' },
      fromStepKey: 'offer',
      toStepKey: 'hired',
      toStage: 'hired',
      reason: null,
      rejectReason: null,
      at: '2025-03-01T09:00:00.000Z',
    },
  ],
  hire: {
    id: 'h1',
    startDate: '2025-04-01',
    probationEndsOn: '2025-06-01',
    recordedBy: { id: 'u-sophie', displayName: 'Sophie Bakker' },
    recordedAt: '2025-03-01T09:00:00.000Z',
    noBonusReason: null,
    bonus: { id: 'b1', state: 'pending_probation', amountMinor: 250_000, currency: 'EUR' },
  } as ApplicationDetailResponse['hire'],
  permissions: { canMove: false, canComment: true, canAssign: false, canCorrectProbation: true },
};

async function render(permissions: Permission[], shown = application) {
  TestBed.configureTestingModule({
    imports: [
      CandidateDetail,
      translocoInEnglish(),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      provideRouter([]),
      {
        provide: AuthStore,
        useValue: { can: (permission: Permission) => permissions.includes(permission), me: () => null, roles: () => [] },
      },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(CandidateDetail);
  fixture.componentRef.setInput('applicationId', 'a1');
  fixture.detectChanges();
  http.expectOne('/api/applications/a1').flush(shown);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name) as
      | HTMLButtonElement
      | undefined;
  const type = async (selector: string, value: string) => {
    const field = element.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  return { element, http, button, type, stable: () => fixture.whenStable() };
}

describe('CandidateDetail', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows who referred and who is credited, and offers a Word CV as a download only', async () => {
    const { element } = await render(['runPipeline', 'moveCandidates']);
    expect(element.querySelector('h1')?.textContent?.trim()).toBe('Annelies Verhoef');
    expect(element.textContent).toContain('Emma de Vries');
    expect(element.textContent).toContain(texts.referral.credited);
    expect(element.textContent).toContain('Daan Jansen');
    expect(element.querySelector('a[download]')?.getAttribute('href')).toBe('/api/applications/a1/cv');
    expect(element.textContent).toContain(texts.cv.noPreview);
    expect(element.querySelector('iframe')).toBeNull();
  });

  it('previews a PDF CV only when asked, in a titled frame', async () => {
    const pdf = { ...application, cv: { fileName: 'cv.pdf', sizeBytes: 1000, mediaType: 'application/pdf' } };
    const { element, button, stable } = await render(['runPipeline'], pdf);
    expect(element.querySelector('iframe')).toBeNull();
    button(texts.cv.showPreview)?.click();
    await stable();
    const frame = element.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('/api/applications/a1/cv?inline=true');
    expect(frame?.getAttribute('title')).toBe('CV of Annelies Verhoef');
  });

  it('lets a hiring manager add feedback, shown at once and the field emptied without an error', async () => {
    const { element, http, button, type, stable } = await render(['runPipeline']);
    expect(element.textContent).toContain(texts.notes.private);
    await type('textarea[name="body"]', '  Sterke kandidaat.  ');
    button(texts.notes.add.feedback)?.click();
    const request = http.expectOne({ method: 'POST', url: '/api/applications/a1/notes' });
    expect(request.request.body).toEqual({ body: 'Sterke kandidaat.' });
    request.flush({
      id: 'n1',
      kind: 'feedback',
      author: { id: 'u-lucas', displayName: 'Lucas Visser' },
      body: 'Sterke kandidaat.',
      createdAt: '2025-03-02T09:00:00.000Z',
    });
    await stable();
    expect(element.querySelector('.note__body')?.textContent).toBe('Sterke kandidaat.');
    expect(element.querySelector('.note__kind')?.textContent).toBe(texts.notes.kinds.feedback);
    expect((element.querySelector('textarea[name="body"]') as HTMLTextAreaElement).value).toBe('');
    expect(element.querySelector('mat-error')).toBeNull();
  });

  it('lets HR correct the probation end of a hire', async () => {
    const { element, http, button, type, stable } = await render([]);
    expect(element.textContent).toContain('1 June 2025');
    expect(element.textContent).toContain(texts.bonusStates.pending_probation);
    await type('input[name="probationEndsOn"]', '2025-07-15');
    button(texts.hire.correct)?.click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/hires/h1' });
    expect(request.request.body).toEqual({ probationEndsOn: '2025-07-15' });
    request.flush({ ...application.hire, probationEndsOn: '2025-07-15' });
    await stable();
    expect(element.textContent).toContain('15 July 2025');
  });

  it('offers no move on a hire, which is final', async () => {
    const { element } = await render(['runPipeline', 'moveCandidates'], {
      ...application,
      permissions: { ...application.permissions, canMove: true },
    });
    expect(element.querySelector('app-move-menu button')).toBeNull();
  });
});
