import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { ReferralDetailResponse } from '@referrals/contracts';
import { of } from 'rxjs';
import { provideAppIcons } from '../../core/icons/app-icons';
import { ReferralDetail } from './referral-detail';
import { translocoInEnglish } from '../../../testing/transloco-in-english';

const detail = (overrides: Partial<ReferralDetailResponse> = {}): ReferralDetailResponse => ({
  id: 'r-1',
  candidateName: 'Jan Peeters',
  vacancy: { id: 'v-1', title: 'Backend developer' },
  status: 'in_review',
  statusSince: '2025-03-04T10:00:00.000Z',
  submittedAt: '2025-03-01T09:00:00.000Z',
  noBonusReason: null,
  canWithdraw: true,
  candidateEmail: 'jan@example.com',
  candidatePhone: '+31612345678',
  linkedinUrl: null,
  relationship: 'former_colleague',
  motivation: 'Built our billing system with me.',
  channel: 'form',
  cvFileName: 'jan-cv.pdf',
  timeline: [
    { status: 'submitted', at: '2025-03-01T09:00:00.000Z' },
    { status: 'in_review', at: '2025-03-04T10:00:00.000Z' },
  ],
  ...overrides,
});

async function render(dialogResult: unknown) {
  const open = jest.fn(() => ({ afterClosed: () => of(dialogResult) }));
  TestBed.configureTestingModule({
    imports: [
      ReferralDetail,
      translocoInEnglish(),
    ],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      { provide: MatDialog, useValue: { open } },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ReferralDetail);
  fixture.componentRef.setInput('id', 'r-1');
  fixture.detectChanges();
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  return { fixture, element, backend, open, button };
}

describe('ReferralDetail', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the candidate, the referral and a timeline of translated statuses', async () => {
    const { backend, fixture, element } = await render(undefined);
    backend.expectOne('/api/referrals/r-1').flush(detail());
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Jan Peeters');
    expect(element.querySelector('app-referral-status-chip')?.textContent?.trim()).toBe('In review');
    expect(element.textContent).toContain('Former colleague');
    expect(element.textContent).toContain('Built our billing system with me.');
    expect(element.textContent).toContain('jan-cv.pdf');
    expect(element.querySelector('a[href="/vacancies/v-1"]')?.textContent).toBe('Backend developer');
    const entries = [...element.querySelectorAll('.timeline__entry')].map((entry) => [
      entry.querySelector('.timeline__status')?.textContent,
      entry.querySelector('time')?.textContent,
    ]);
    expect(entries).toEqual([
      ['Submitted', expect.stringContaining('1 Mar 2025')],
      ['In review', expect.stringContaining('4 Mar 2025')],
    ]);
  });

  it('withdraws after confirmation with the reason, then shows the referral as it is now', async () => {
    const { backend, fixture, element, open, button } = await render({ reason: 'Took another job' });
    backend.expectOne('/api/referrals/r-1').flush(detail());
    await fixture.whenStable();
    button('Withdraw referral')?.click();
    expect(open).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ data: { candidateName: 'Jan Peeters' } }));
    const withdraw = backend.expectOne('/api/referrals/r-1/withdraw');
    expect(withdraw.request.method).toBe('POST');
    expect(withdraw.request.body).toEqual({ reason: 'Took another job' });
    withdraw.flush(detail({ status: 'withdrawn', canWithdraw: false }));
    const reload = backend.expectOne('/api/referrals/r-1');
    reload.flush(
      detail({
        status: 'withdrawn',
        canWithdraw: false,
        timeline: [...detail().timeline, { status: 'withdrawn', at: '2025-03-05T08:00:00.000Z' }],
      }),
    );
    await fixture.whenStable();
    expect(element.querySelector('app-referral-status-chip')?.textContent?.trim()).toBe('Withdrawn');
    expect(element.querySelectorAll('.timeline__entry')).toHaveLength(3);
    expect(button('Withdraw referral')).toBeUndefined();
  });

  it('sends nothing when the referrer keeps the referral', async () => {
    const { backend, fixture, button } = await render(undefined);
    backend.expectOne('/api/referrals/r-1').flush(detail());
    await fixture.whenStable();
    button('Withdraw referral')?.click();
    backend.expectNone('/api/referrals/r-1/withdraw');
  });

  it('sends nothing when the dialog closes by its bare close button, which answers an empty string', async () => {
    const { backend, fixture, button } = await render('' as never);
    backend.expectOne('/api/referrals/r-1').flush(detail());
    await fixture.whenStable();
    button('Withdraw referral')?.click();
    backend.expectNone('/api/referrals/r-1/withdraw');
  });

  it('offers no withdrawal once it is no longer possible', async () => {
    const { backend, fixture, button } = await render(undefined);
    backend.expectOne('/api/referrals/r-1').flush(detail({ status: 'hired', canWithdraw: false }));
    await fixture.whenStable();
    expect(button('Withdraw referral')).toBeUndefined();
  });

  it('says the referral is not found for someone else’s referral', async () => {
    const { backend, fixture, element } = await render(undefined);
    backend
      .expectOne('/api/referrals/r-1')
      .flush({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(element.querySelector('h1')?.textContent).toBe('Referral not found');
  });
});
