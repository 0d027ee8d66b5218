import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router, type Params } from '@angular/router';
import type { AuditEntryResponse, Page } from '@referrals/contracts';
import { BehaviorSubject, of } from 'rxjs';
import { provideAppIcons } from '../../core/icons/app-icons';
import { AuditApi } from '../audit-api';
import { AuditLog } from './audit-log';
import { translocoInEnglish } from '../../../testing/transloco-in-english';

const entry: AuditEntryResponse = {
  id: 'a1',
  occurredAt: '2025-03-12T14:05:00.000Z',
  actorId: null,
  action: 'setting.changed',
  entityType: 'setting',
  entityId: 'maxReferralsPerDay',
  before: 10,
  after: 11,
};

async function render(params: Params, page: Partial<Page<AuditEntryResponse>>) {
  const queryParams = new BehaviorSubject(convertToParamMap(params));
  const list = jest.fn(() => of({ items: [entry], page: 1, pageSize: 50, hasMore: false, ...page }));
  TestBed.configureTestingModule({
    imports: [
      AuditLog,
      translocoInEnglish(),
    ],
    providers: [
      provideAppIcons(),
      provideRouter([]),
      { provide: ActivatedRoute, useValue: { queryParamMap: queryParams } },
      { provide: AuditApi, useValue: { list } },
    ],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(AuditLog);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(name)) as
      | HTMLButtonElement
      | undefined;
  return { element, list, navigate, button };
}

describe('AuditLog', () => {
  it('asks for the page and filters in the address and shows each change', async () => {
    const { element, list } = await render({ page: '2', action: 'setting.changed' }, { page: 2 });
    expect(list).toHaveBeenCalledWith({ page: 2, pageSize: 50, entityType: '', action: 'setting.changed' });
    const row = element.querySelector('tr.mat-mdc-row');
    expect(row?.textContent).toContain('12 Mar 2025');
    expect(row?.textContent).toContain('System');
    expect(row?.textContent).toContain('maxReferralsPerDay');
    expect(row?.querySelector('.audit__before')?.textContent).toBe('10');
    expect(row?.querySelector('.audit__after')?.textContent).toBe('11');
  });

  it('offers the next page only while the API says there is more', async () => {
    const { button, navigate } = await render({}, { hasMore: true });
    expect(button('Previous page')?.disabled).toBe(true);
    button('Next page')?.click();
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { page: 2, entityType: null, action: null } }));
  });

  it('disables Next on the last page', async () => {
    const { button } = await render({ page: '3' }, { page: 3, hasMore: false });
    expect(button('Next page')?.disabled).toBe(true);
    expect(button('Previous page')?.disabled).toBe(false);
  });

  it('applies filters from the first page', async () => {
    const { element, button, navigate } = await render({ page: '4' }, {});
    const input = element.querySelector<HTMLInputElement>('input[name="entityType"]');
    if (!input) throw new Error('no entity type field');
    input.value = 'setting';
    input.dispatchEvent(new Event('input'));
    button('Apply filters')?.click();
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({ queryParams: { page: null, entityType: 'setting', action: null } }),
    );
  });
});
