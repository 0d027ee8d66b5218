import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter } from '@angular/router';
import type { Page, PayrollBatchResponse } from '@referrals/contracts';
import { BehaviorSubject } from 'rxjs';
import { provideAppIcons } from '../../core/icons/app-icons';
import { payrollBatch } from '../testing/bonus-fixtures';
import { buttonNamed, typeInto } from '../testing/dom';
import { PayrollBatches } from './payroll-batches';
import { ENGLISH_TEXTS as en, translocoInEnglish } from '../../../testing/transloco-in-english';

const texts = en.bonuses;

const page = (items: PayrollBatchResponse[]): Page<PayrollBatchResponse> => ({ items, page: 1, pageSize: 20, hasMore: false });
const flat = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ') ?? '';

async function render(items: PayrollBatchResponse[] = [payrollBatch()]) {
  TestBed.configureTestingModule({
    imports: [
      PayrollBatches,
      translocoInEnglish(),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      provideRouter([]),
      { provide: ActivatedRoute, useValue: { queryParamMap: new BehaviorSubject(convertToParamMap({})) } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(PayrollBatches);
  fixture.detectChanges();
  http.expectOne((request) => request.method === 'GET' && request.url === '/api/payroll-batches').flush(page(items));
  const stable = async () => {
    await fixture.whenStable();
    fixture.detectChanges();
  };
  await stable();
  const element = fixture.nativeElement as HTMLElement;
  const reload = (next: PayrollBatchResponse[]) =>
    http.expectOne((request) => request.method === 'GET' && request.url === '/api/payroll-batches').flush(page(next));
  const choose = (file: File) => {
    const input = element.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  };
  return { http, element, stable, reload, choose };
}

describe('PayrollBatches', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists each batch with who made it, its totals, how much is paid, and both files to download', async () => {
    const { element } = await render();
    const batch = element.querySelector('li.batch');
    expect(flat(batch)).toContain('Batch 7');
    expect(flat(batch)).toContain('1 of 3 paid');
    expect(flat(batch)).toContain('by Anna Smit');
    expect(flat(batch)).toContain('20 November 2026');
    expect(flat(batch)).toContain('€4,500.00');
    const links = [...(batch?.querySelectorAll('a') ?? [])];
    expect(links.map((link) => [link.getAttribute('href'), link.hasAttribute('download')])).toEqual([
      ['/api/payroll-batches/pb-1/export.csv', true],
      ['/api/payroll-batches/pb-1/export.xlsx', true],
    ]);
  });

  it('says so next to the button when nothing is approved until the chosen day', async () => {
    const { http, element, stable } = await render();
    typeInto(element.querySelector<HTMLInputElement>('input[name="approvedUntil"]'), '2026-10-31');
    buttonNamed(texts.payroll.create, element)?.click();
    await stable();
    const request = http.expectOne((candidate) => candidate.method === 'POST' && candidate.url === '/api/payroll-batches');
    expect(request.request.body).toEqual({ approvedUntil: '2026-10-31' });
    request.flush(
      { type: 'about:blank', title: 'Nothing to export', status: 422, code: 'nothing_to_export' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'There are no approved bonuses up to 31 October 2026 waiting for payroll.',
    );
  });

  it('creates a batch of everything approved up to today and shows it', async () => {
    const { http, element, stable, reload } = await render([]);
    expect(element.textContent).toContain(texts.payroll.empty);
    buttonNamed(texts.payroll.create, element)?.click();
    await stable();
    const request = http.expectOne((candidate) => candidate.method === 'POST' && candidate.url === '/api/payroll-batches');
    expect(request.request.body).toEqual({});
    request.flush(payrollBatch({ number: 8, paidCount: 0 }));
    await stable();
    reload([payrollBatch({ number: 8, paidCount: 0 })]);
    await stable();
    expect(flat(element.querySelector('li.batch'))).toContain('Batch 8');
  });

  it('uploads payroll’s confirmation and reports what it paid and each line it did not apply', async () => {
    const { http, element, stable, reload, choose } = await render();
    choose(new File(['bonus_id\n...'], 'confirmation.csv', { type: 'text/csv' }));
    await stable();
    const request = http.expectOne('/api/payroll-batches/pb-1/confirmation');
    const body = request.request.body as FormData;
    expect((body.get('file') as File).name).toBe('confirmation.csv');
    request.flush({
      batchId: 'pb-1',
      paid: ['b-1', 'b-2'],
      problems: [
        { line: 4, value: 'abc', problem: 'invalid_id' },
        { line: 5, value: '0b0f2c4e-1111-4000-8000-000000000000', problem: 'unknown' },
        { line: 6, value: 'b-1', problem: 'repeated' },
      ],
    });
    await stable();
    reload([payrollBatch({ paidCount: 3 })]);
    await stable();
    const report = element.querySelector('app-confirmation-report');
    expect(flat(report)).toContain('Confirmation confirmation.csv');
    expect(flat(report)).toContain('2 bonuses marked paid.');
    expect(flat(report)).toContain('3 lines were not applied:');
    const rows = [...(report?.querySelectorAll('tbody tr') ?? [])].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['4', 'abc', texts.report.reasons.invalid_id],
      ['5', '0b0f2c4e-1111-4000-8000-000000000000', texts.report.reasons.unknown],
      ['6', 'b-1', texts.report.reasons.repeated],
    ]);
    expect(flat(element.querySelector('li.batch'))).toContain('3 of 3 paid');
  });

  it('explains a file that is not a list of bonus ids', async () => {
    const { http, element, stable, choose } = await render();
    choose(new File(['%PDF'], 'payslips.pdf', { type: 'application/pdf' }));
    await stable();
    http
      .expectOne('/api/payroll-batches/pb-1/confirmation')
      .flush(
        { type: 'about:blank', title: 'Invalid', status: 400, code: 'validation_failed', errors: [{ field: 'file', message: 'not a CSV file' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await stable();
    expect(flat(element.querySelector('.batch__failed'))).toContain(`payslips.pdf was not processed. ${texts.payroll.unreadable}`);
  });
});
