import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router, type Params } from '@angular/router';
import type { MyBonusResponse, Page } from '@referrals/contracts';
import { BehaviorSubject } from 'rxjs';
import { provideAppIcons } from '../../core/icons/app-icons';
import { MyBonuses } from './my-bonuses';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const texts = en.myBonuses;

const mine = (overrides: Partial<MyBonusResponse>): MyBonusResponse => ({
  id: 'b-1',
  state: 'pending_probation',
  part: 'whole',
  amountMinor: 150_000,
  currency: 'EUR',
  candidateName: 'Jan Peeters',
  vacancyTitle: 'Backend developer',
  expectedOn: '2027-01-04',
  paidAt: null,
  reason: null,
  ...overrides,
});
const page = (items: MyBonusResponse[], hasMore = false): Page<MyBonusResponse> => ({ items, page: 1, pageSize: 20, hasMore });
const flat = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function render(params: Params, bonuses: Page<MyBonusResponse>) {
  TestBed.configureTestingModule({
    imports: [
      MyBonuses,
      translocoInEnglish(),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      provideRouter([]),
      { provide: ActivatedRoute, useValue: { queryParamMap: new BehaviorSubject(convertToParamMap(params)) } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(MyBonuses);
  fixture.detectChanges();
  const request = http.expectOne((candidate) => candidate.url === '/api/bonuses/mine');
  request.flush(bonuses);
  await fixture.whenStable();
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const card = (name: string) => [...element.querySelectorAll('li.bonus-card')].find((item) => item.textContent?.includes(name));
  return { element, request, navigate, card };
}

describe('MyBonuses', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('tells the referrer in their words where each bonus stands and when to expect it', async () => {
    const { card, request } = await render(
      { page: '2' },
      page([
        mine({}),
        mine({ id: 'b-2', candidateName: 'Julia Zwart', state: 'eligible', part: 'after_probation', amountMinor: 75_000, expectedOn: '2026-11-02' }),
        mine({ id: 'b-3', candidateName: 'Noor Kuiper', state: 'exported', expectedOn: null }),
        mine({ id: 'b-4', candidateName: 'Koen Martens', state: 'paid', expectedOn: null, paidAt: '2026-12-01T10:00:00.000Z' }),
        mine({ id: 'b-5', candidateName: 'Fleur Jacobs', state: 'rejected', expectedOn: null, reason: 'Already in our talent pool.' }),
      ]),
    );
    expect(request.request.params.get('page')).toBe('2');
    const jan = card('Jan Peeters');
    expect(flat(jan?.querySelector('.bonus-card__vacancy'))).toBe('Backend developer');
    expect(flat(jan?.querySelector('app-bonus-state-chip'))).toBe(texts.states.pending_probation);
    expect(flat(jan?.querySelector('.bonus-card__amount'))).toBe('€1,500.00'); // the whole bonus needs no part
    expect(flat(jan?.querySelector('.bonus-card__date'))).toBe('Expected to be ready for approval on 4 January 2027');
    expect(flat(card('Julia Zwart'))).toContain(texts.states.eligible);
    expect(flat(card('Julia Zwart')?.querySelector('.bonus-card__part'))).toBe(en.bonuses.parts.after_probation);
    expect(flat(card('Julia Zwart'))).toContain('Probation ended on 2 November 2026');
    expect(flat(card('Noor Kuiper'))).toContain(texts.states.exported);
    expect(flat(card('Koen Martens'))).toContain('Paid on 1 December 2026');
    expect(flat(card('Fleur Jacobs')?.querySelector('app-bonus-state-chip'))).toBe(texts.states.rejected);
    expect(flat(card('Fleur Jacobs')?.querySelector('.bonus-card__reason'))).toBe('Reason: Already in our talent pool.');
    expect(card('Fleur Jacobs')?.querySelector('.bonus-card__date')).toBeNull();
  });

  it('invites to refer while there are no bonuses yet', async () => {
    const { element } = await render({}, page([]));
    expect(element.querySelector('h2')?.textContent).toBe(texts.empty.heading);
    expect(element.querySelector('a[href="/my-referrals"]')).not.toBeNull();
  });

  it('pages with the address while the API says there is more', async () => {
    const { element, navigate } = await render({}, page([mine({})], true));
    [...element.querySelectorAll('button')].find((button) => button.textContent?.includes(texts.next))?.click();
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { page: 2 } }));
  });
});
