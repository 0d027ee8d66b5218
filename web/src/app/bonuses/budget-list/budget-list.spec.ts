import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router, type Params } from '@angular/router';
import type { BudgetResponse } from '@referrals/contracts';
import { BehaviorSubject } from 'rxjs';
import { provideAppIcons } from '../../core/icons/app-icons';
import { quarterOfDate, shiftQuarter } from '../quarter';
import { budget } from '../testing/bonus-fixtures';
import { buttonNamed, typeInto } from '../testing/dom';
import { BudgetList } from './budget-list';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const texts = en.bonuses.budgets;

const engineering = budget();
const sales = budget({ department: 'Sales', budgetMinor: null, committedMinor: 30_000, approvedMinor: 30_000, paidMinor: 0, expectedMinor: 0 });
const finance = budget({ department: 'Finance', budgetMinor: 100_000, committedMinor: 150_000, approvedMinor: 0, paidMinor: 150_000, expectedMinor: 0 });

async function render(params: Params = { quarter: '2026-Q4' }, budgets: BudgetResponse[] = [engineering, sales, finance]) {
  TestBed.configureTestingModule({
    imports: [
      BudgetList,
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
  const fixture = TestBed.createComponent(BudgetList);
  fixture.detectChanges();
  const first = http.expectOne((request) => request.url === '/api/budgets');
  first.flush(budgets);
  const stable = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  await stable();
  const element = fixture.nativeElement as HTMLElement;
  const card = (department: string) =>
    [...element.querySelectorAll('li.budget')].find((item) => item.querySelector('h3')?.textContent?.trim() === department) as HTMLElement;
  const field = (department: string) => element.querySelector<HTMLInputElement>(`input[aria-label="Budget for ${department}"]`);
  return { http, navigate, first, element, card, field, stable };
}

const flat = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('BudgetList', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows each department against its budget for the quarter in the address', async () => {
    const { first, element, card, field } = await render();
    expect(first.request.params.get('quarter')).toBe('2026-Q4');
    expect(flat(element.querySelector('h2'))).toContain('Budgets for Q4 2026');
    expect(field('Engineering')?.value).toBe('10000');
    expect(flat(card('Engineering'))).toContain('€2,500.00 of €10,000.00 approved (25%).');
    expect(flat(card('Engineering'))).toContain('€7,500.00 left.');
    expect(card('Engineering').querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('25');
    // committed 2,500 = 1,000 waiting for payroll + 500 paid + what is in a batch
    const figures = Object.fromEntries(
      [...card('Engineering').querySelectorAll('dl div')].map((pair) => [pair.querySelector('dt')?.textContent?.trim(), pair.querySelector('dd')?.textContent?.trim()]),
    );
    expect(figures).toEqual({
      [texts.approved]: '€1,000.00',
      [texts.exported]: '€1,000.00',
      [texts.paid]: '€500.00',
      [texts.expected]: '€3,000.00',
    });
  });

  it('says when there is no budget, and when a department is over it', async () => {
    const { card, field } = await render();
    expect(field('Sales')?.value).toBe('');
    expect(card('Sales').querySelector('mat-progress-bar')).toBeNull();
    expect(flat(card('Sales'))).toContain('No budget: approvals are not limited. €300.00 approved this quarter.');
    expect(flat(card('Finance'))).toContain('€1,500.00 of €1,000.00 approved (150%).');
    expect(flat(card('Finance'))).toContain('Over budget by €500.00.');
    expect(card('Finance').querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('100');
  });

  it('saves only what changed, typed in major units, and an emptied field as no budget', async () => {
    const { http, element, field, stable } = await render();
    typeInto(field('Engineering'), '12.500,50');
    typeInto(field('Finance'), '');
    buttonNamed(texts.save, element)?.click();
    await stable();
    const request = http.expectOne((candidate) => candidate.method === 'PUT' && candidate.url === '/api/budgets');
    expect(request.request.body).toEqual({
      budgets: [
        { department: 'Engineering', quarter: '2026-Q4', amountMinor: 1_250_050, currency: 'EUR' },
        { department: 'Finance', quarter: '2026-Q4', amountMinor: null, currency: 'EUR' },
      ],
    });
    request.flush([{ ...engineering, budgetMinor: 1_250_050 }, sales, { ...finance, budgetMinor: null }]);
    await stable();
    expect(field('Engineering')?.value).toBe('12500.50');
    expect(field('Finance')?.value).toBe('');
  });

  it('sends nothing while a field is not an amount', async () => {
    const { http, element, card, field, stable } = await render();
    typeInto(field('Sales'), 'a lot');
    buttonNamed(texts.save, element)?.click();
    await stable();
    http.expectNone({ method: 'PUT' });
    expect(flat(card('Sales'))).toContain(texts.errors.amount);
  });

  it('steps through quarters with the address, this quarter without a parameter', async () => {
    const current = quarterOfDate(new Date());
    const { element, navigate } = await render({ quarter: shiftQuarter(current, -4) });
    element.querySelector<HTMLButtonElement>(`button[aria-label="${texts.nextQuarter}"]`)?.click();
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { quarter: shiftQuarter(current, -3) } }));
    element.querySelector<HTMLButtonElement>(`button[aria-label="${texts.previousQuarter}"]`)?.click();
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { quarter: shiftQuarter(current, -5) } }));
    buttonNamed(texts.thisQuarter, element)?.click();
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { quarter: null } }));
  });

  it('opens on the current quarter', async () => {
    const { first } = await render({});
    expect(first.request.params.get('quarter')).toBe(quarterOfDate(new Date()));
  });
});
