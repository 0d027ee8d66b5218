import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router, type Params } from '@angular/router';
import type { BonusListResponse } from '@referrals/contracts';
import { BehaviorSubject } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { provideAppIcons } from '../../core/icons/app-icons';
import { bonus, bonusList } from '../testing/bonus-fixtures';
import { buttonNamed, dialogsClosed, openDialog, typeInto } from '../testing/dom';
import { BonusQueue } from './bonus-queue';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const texts = en.bonuses;

const jan = bonus();
const julia = bonus({
  id: 'b-2',
  candidateName: 'Julia Zwart',
  beneficiary: { id: 'u-daan', displayName: 'Daan Jansen', employeeId: 'E1002', department: 'Sales' },
  part: 'at_hire',
  amountMinor: 25_000,
  dueOn: '2026-09-01',
  department: 'Sales',
});

async function render(params: Params = {}, list: BonusListResponse = bonusList([jan, julia])) {
  const queryParams = new BehaviorSubject(convertToParamMap(params));
  TestBed.configureTestingModule({
    imports: [
      BonusQueue,
      translocoInEnglish(),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      provideRouter([]),
      { provide: ActivatedRoute, useValue: { queryParamMap: queryParams } },
      { provide: AuthStore, useValue: { can: () => true } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(BonusQueue);
  fixture.detectChanges();
  http.expectOne('/api/vacancies/facets').flush({ departments: ['Engineering', 'Sales'], locations: [], categories: [] });
  const first = http.expectOne((request) => request.url === '/api/bonuses');
  first.flush(list);
  const stable = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  await stable();
  const element = fixture.nativeElement as HTMLElement;
  const row = (name: string) =>
    [...element.querySelectorAll('tbody tr')].find((candidate) => candidate.textContent?.includes(name)) as HTMLElement;
  return { fixture, element, http, navigate, first, stable, row };
}

function expectReload(http: HttpTestingController, list: BonusListResponse): TestRequest {
  const request = http.expectOne((candidate) => candidate.method === 'GET' && candidate.url === '/api/bonuses');
  request.flush(list);
  return request;
}

describe('BonusQueue', () => {
  afterEach(async () => {
    await dialogsClosed();
    TestBed.inject(HttpTestingController).verify();
  });

  it('asks for the eligible bonuses by default and shows each with amount, part, due date and state', async () => {
    const { first, element, row } = await render();
    expect(first.request.params.get('state')).toBe('eligible');
    expect(first.request.params.get('page')).toBe('1');
    expect(row('Jan Peeters').textContent).toContain('Emma de Vries');
    expect(row('Jan Peeters').textContent).toContain('€1,500.00');
    expect(row('Jan Peeters').textContent).toContain(texts.parts.whole);
    expect(row('Jan Peeters').textContent).toContain('2 November 2026');
    expect(row('Jan Peeters').textContent).toContain(texts.states.eligible);
    expect(row('Julia Zwart').textContent).toContain(texts.parts.at_hire);
    expect(element.querySelector('.queue__totals')?.textContent?.replace(/\s+/g, ' ')).toContain('2 bonuses, total €1,750.00');
  });

  it('reads every filter from the address and writes a search back into it', async () => {
    const { first, element, navigate } = await render({ state: 'all', department: 'Sales', q: 'jan', page: '2' });
    expect(first.request.params.has('state')).toBe(false);
    expect(first.request.params.get('department')).toBe('Sales');
    expect(first.request.params.get('q')).toBe('jan');
    expect(first.request.params.get('page')).toBe('2');
    typeInto(element.querySelector<HTMLInputElement>('input[name="q"]'), 'julia');
    buttonNamed(texts.queue.apply, element)?.click();
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ queryParams: { page: null, state: 'all', department: 'Sales', q: 'julia' } }),
    );
  });

  it('does not let HR decide on a bonus they may not decide on, and says why', async () => {
    const { row } = await render({}, bonusList([bonus({ canDecide: false })]));
    expect(buttonNamed(texts.approve.button, row('Jan Peeters'))?.disabled).toBe(true);
    expect(buttonNamed(texts.reject.button, row('Jan Peeters'))?.disabled).toBe(true);
    expect(row('Jan Peeters').textContent).toContain(texts.queue.cannotDecide);
    expect(row('Jan Peeters').querySelector('mat-checkbox')).toBeNull();
  });

  it('approves after asking, and over the budget only with a reason', async () => {
    const { http, row, stable } = await render();
    buttonNamed(texts.approve.button, row('Jan Peeters'))?.click();
    await stable();
    expect(openDialog()?.textContent).toContain('Emma de Vries receives €1,500.00 (Whole bonus) for referring Jan Peeters.');
    buttonNamed(texts.approve.confirm, openDialog() as HTMLElement)?.click();
    await dialogsClosed();
    const first = http.expectOne('/api/bonuses/b-1/approve');
    expect(first.request.body).toEqual({ comment: undefined });
    first.flush(
      { type: 'about:blank', title: 'Over budget', status: 422, code: 'budget_exceeded', department: 'Engineering', quarter: '2026-Q4', budgetMinor: 400_000, committedMinor: 300_000, amountMinor: 150_000, currency: 'EUR' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    const override = openDialog() as HTMLElement;
    expect(override.textContent).toContain('Approving this bonus takes Engineering over its budget for Q4 2026.');
    expect(override.textContent).toContain('€500.00'); // 300 + 150 − 400
    buttonNamed(texts.override.confirm, override)?.click();
    await stable();
    expect(override.textContent).toContain(texts.dialogs.reasonRequired);
    http.expectNone('/api/bonuses/b-1/approve');
    typeInto(override.querySelector('textarea'), 'Two strong hires this quarter');
    buttonNamed(texts.override.confirm, override)?.click();
    await dialogsClosed();
    const second = http.expectOne('/api/bonuses/b-1/approve');
    expect(second.request.body).toEqual({ comment: undefined, budgetOverrideReason: 'Two strong hires this quarter' });
    second.flush(bonus({ state: 'approved', canDecide: false }));
    await stable();
    expectReload(http, bonusList([julia]));
    await stable();
    expect(row('Jan Peeters')).toBeUndefined();
  });

  it('sends nothing more when the override is cancelled', async () => {
    const { http, row, stable } = await render();
    buttonNamed(texts.approve.button, row('Jan Peeters'))?.click();
    await stable();
    buttonNamed(texts.approve.confirm, openDialog() as HTMLElement)?.click();
    await dialogsClosed();
    http
      .expectOne('/api/bonuses/b-1/approve')
      .flush({ type: 'about:blank', title: 'Over budget', status: 422, code: 'budget_exceeded' }, { status: 422, statusText: 'Unprocessable Entity' });
    await stable();
    expect(openDialog()?.textContent).toContain(en.errors.budget_exceeded);
    buttonNamed(texts.dialogs.cancel, openDialog() as HTMLElement)?.click();
    await dialogsClosed();
    await stable();
    http.expectNone('/api/bonuses/b-1/approve');
    expect(openDialog()).toBeNull();
  });

  it('rejects only with a reason, which it sends', async () => {
    const { http, row, stable } = await render();
    buttonNamed(texts.reject.button, row('Julia Zwart'))?.click();
    await stable();
    const dialog = openDialog() as HTMLElement;
    buttonNamed(texts.reject.confirm, dialog)?.click();
    await stable();
    expect(dialog.textContent).toContain(texts.dialogs.reasonRequired);
    http.expectNone('/api/bonuses/b-2/reject');
    typeInto(dialog.querySelector('textarea'), '  Referred after she applied  ');
    buttonNamed(texts.reject.confirm, dialog)?.click();
    await dialogsClosed();
    const request = http.expectOne('/api/bonuses/b-2/reject');
    expect(request.request.body).toEqual({ comment: 'Referred after she applied' });
    request.flush(bonus({ id: 'b-2', state: 'rejected' }));
    await stable();
    expectReload(http, bonusList([jan]));
  });

  it('reloads when someone decided first', async () => {
    const { http, row, stable } = await render();
    buttonNamed(texts.approve.button, row('Jan Peeters'))?.click();
    await stable();
    buttonNamed(texts.approve.confirm, openDialog() as HTMLElement)?.click();
    await dialogsClosed();
    http
      .expectOne('/api/bonuses/b-1/approve')
      .flush({ type: 'about:blank', title: 'Conflict', status: 409, code: 'conflict' }, { status: 409, statusText: 'Conflict' });
    await stable();
    expect(document.body.textContent).toContain(texts.refusals.conflict);
    expectReload(http, bonusList([julia]));
  });

  it('records that the hire left, with the day and a reason', async () => {
    const { http, row, stable } = await render();
    buttonNamed(texts.hireLeft.button, row('Jan Peeters'))?.click();
    await stable();
    const dialog = openDialog() as HTMLElement;
    expect(dialog.textContent).toContain('Started on 2 September 2026; probation ends on 2 November 2026.');
    typeInto(dialog.querySelector<HTMLInputElement>('input[name="leftOn"]'), '2026-10-15');
    buttonNamed(texts.hireLeft.confirm, dialog)?.click();
    await stable();
    expect(dialog.textContent).toContain(texts.dialogs.reasonRequired);
    http.expectNone('/api/hires/h-1/left');
    typeInto(dialog.querySelector('textarea'), 'Moved abroad');
    buttonNamed(texts.hireLeft.confirm, dialog)?.click();
    await dialogsClosed();
    const request = http.expectOne('/api/hires/h-1/left');
    expect(request.request.body).toEqual({ leftOn: '2026-10-15', reason: 'Moved abroad' });
    request.flush({});
    await stable();
    expectReload(http, bonusList([julia]));
  });

  it('approves a selection and reports each refusal by name', async () => {
    const { http, element, stable } = await render();
    expect(buttonNamed(/^Approve \d+ selected/, element)).toBeUndefined();
    for (const name of ['Jan Peeters', 'Julia Zwart']) {
      const box = element.querySelector<HTMLInputElement>(`input[aria-label="Select the bonus for ${name}"]`);
      box?.click();
    }
    await stable();
    expect(element.querySelector('.queue__bulk')?.textContent?.replace(/\s+/g, ' ')).toContain('2 selected, €1,750.00');
    buttonNamed('Approve 2 selected', element)?.click();
    await stable();
    buttonNamed('Approve 2', openDialog() as HTMLElement)?.click();
    await dialogsClosed();
    const request = http.expectOne('/api/bonuses/approve');
    expect(request.request.body).toEqual({ comment: undefined, bonusIds: ['b-1', 'b-2'] });
    request.flush({
      results: [
        { bonusId: 'b-1', outcome: 'approved' },
        { bonusId: 'b-2', outcome: 'refused', code: 'forbidden', detail: 'You cannot decide on a bonus for your own referral.' },
      ],
    });
    await stable();
    expectReload(http, bonusList([julia]));
    await stable();
    const outcome = element.querySelector('.queue__outcome')?.textContent?.replace(/\s+/g, ' ');
    expect(outcome).toContain(texts.bulk.approvedOne);
    expect(outcome).toContain('Julia Zwart · Daan Jansen: ' + texts.refusals.forbidden);
  });
});
