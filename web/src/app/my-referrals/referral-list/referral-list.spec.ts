import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router, type Params } from '@angular/router';
import type { MyDisputeResponse, MyReferralResponse, Page } from '@referrals/contracts';
import { BehaviorSubject } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { provideAppIcons } from '../../core/icons/app-icons';
import { ReferralList } from './referral-list';
import { translocoInEnglish } from '../../../testing/transloco-in-english';

const referral = (overrides: Partial<MyReferralResponse>): MyReferralResponse => ({
  id: 'r-1',
  candidateName: 'Jan Peeters',
  vacancy: { id: 'v-1', title: 'Backend developer' },
  status: 'interviewing',
  statusSince: '2025-03-12T14:05:00.000Z',
  submittedAt: '2025-03-01T09:00:00.000Z',
  noBonusReason: null,
  canWithdraw: true,
  ...overrides,
});

const page = <T>(items: T[], extra: Partial<Page<T>> = {}): Page<T> => ({
  items,
  page: 1,
  pageSize: 20,
  hasMore: false,
  ...extra,
});

async function render(params: Params = {}, roles: string[] = ['employee']) {
  const queryParams = new BehaviorSubject(convertToParamMap(params));
  TestBed.configureTestingModule({
    imports: [
      ReferralList,
      translocoInEnglish(),
    ],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      { provide: ActivatedRoute, useValue: { queryParamMap: queryParams } },
      {
        provide: AuthStore,
        useValue: { can: (permission: string) => permission === 'referCandidates' && roles.includes('employee'), roles: signal(roles) },
      },
    ],
  });
  const backend = TestBed.inject(HttpTestingController);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(ReferralList);
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const respond = async (referrals: Page<MyReferralResponse>, claims: MyDisputeResponse[] = []) => {
    backend.expectOne((request) => request.url === '/api/referrals/mine').flush(referrals);
    backend.expectOne((request) => request.url === '/api/disputes/mine').flush(page(claims));
    await fixture.whenStable();
  };
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(name));
  return { fixture, element, backend, navigate, respond, button };
}

describe('ReferralList', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks for the page in the address and lists each referral with its status and dates', async () => {
    const { backend, element, fixture } = await render({ page: '2' });
    const request = backend.expectOne((candidate) => candidate.url === '/api/referrals/mine');
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush(
      page(
        [
          referral({}),
          referral({
            id: 'r-2',
            candidateName: 'Fatima El Amrani',
            vacancy: null,
            status: 'not_selected',
            noBonusReason: 'hiring_manager_own_vacancy',
          }),
        ],
        { page: 2 },
      ),
    );
    backend.expectOne((candidate) => candidate.url === '/api/disputes/mine').flush(page([]));
    await fixture.whenStable();
    const cards = element.querySelectorAll('.referral-card');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('Jan Peeters');
    expect(cards[0].textContent).toContain('Backend developer');
    expect(cards[0].querySelector('app-referral-status-chip')?.textContent?.trim()).toBe('Interviewing');
    expect(cards[0].textContent).toContain('12 Mar 2025');
    expect(cards[0].textContent).toContain('1 Mar 2025');
    expect(cards[0].querySelector('a')?.getAttribute('href')).toBe('/my-referrals/r-1');
    expect(cards[0].textContent).not.toContain('No bonus');
    expect(cards[1].textContent).toContain('General referral');
    expect(cards[1].textContent).toContain('Not selected');
    expect(cards[1].textContent).toContain('No bonus: you are the hiring manager of this vacancy');
  });

  it('pages with the address while the API says there is more', async () => {
    const { respond, button, navigate } = await render();
    await respond(page([referral({})], { hasMore: true }));
    expect(button('Previous page')?.disabled).toBe(true);
    button('Next page')?.click();
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { page: 2 } }));
  });

  it('invites a first referral when there is none', async () => {
    const { respond, element } = await render();
    await respond(page([]));
    expect(element.textContent).toContain('You have not referred anyone yet');
    const links = [...element.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/vacancies', '/referrals/new']));
    expect(element.querySelector('.my-referrals__list')).toBeNull();
  });

  it('lists own claims with their status and HR decision reason', async () => {
    const { respond, element } = await render();
    await respond(page([referral({})]), [
      {
        id: 'd-1',
        candidateEmail: 'jan@example.com',
        vacancy: { id: 'v-1', title: 'Backend developer' },
        statement: 'I introduced Jan first.',
        status: 'dismissed',
        filedAt: '2025-03-02T09:00:00.000Z',
        decidedAt: '2025-03-04T09:00:00.000Z',
        decisionReason: 'The other referral came two weeks earlier.',
      },
    ]);
    const claims = element.querySelector('.my-claims');
    expect(claims?.querySelector('h2')?.textContent).toBe('My claims');
    expect(claims?.textContent).toContain('jan@example.com');
    expect(claims?.textContent).toContain('Dismissed');
    expect(claims?.textContent).toContain('The other referral came two weeks earlier.');
  });

  it('shows no claims section without claims', async () => {
    const { respond, element } = await render();
    await respond(page([referral({})]), []);
    expect(element.querySelector('.my-claims')).toBeNull();
  });
});
