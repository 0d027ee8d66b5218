import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router, type Params } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { DevMailboxEntryResponse, Page } from '@referrals/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BehaviorSubject, of, throwError } from 'rxjs';
import { provideAppIcons } from '../../core/icons/app-icons';
import { DevMailboxApi } from '../dev-mailbox-api';
import { MailboxList, mailboxPageFrom } from './mailbox-list';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n/en.json'), 'utf8'));

const newest: DevMailboxEntryResponse = {
  id: 'm2',
  to: 'emma.devries@demo.example',
  subject: 'Your bonus has been paid',
  event: 'bonus_paid',
  language: 'en',
  sentAt: '2025-06-02T09:30:00.000Z',
};
const older: DevMailboxEntryResponse = { ...newest, id: 'm1', subject: 'Thanks for your referral', sentAt: '2025-06-01T08:00:00.000Z' };

async function render(params: Params, list: jest.Mock) {
  TestBed.configureTestingModule({
    imports: [
      MailboxList,
      TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { availableLangs: ['en'], defaultLang: 'en' }, preloadLangs: true }),
    ],
    providers: [
      provideAppIcons(),
      provideRouter([]),
      { provide: ActivatedRoute, useValue: { queryParamMap: new BehaviorSubject(convertToParamMap(params)) } },
      { provide: DevMailboxApi, useValue: { list } },
    ],
  });
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(MailboxList);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(name)) as HTMLButtonElement | undefined;
  return { element, navigate, button, fixture };
}

function pageOf(items: DevMailboxEntryResponse[], page = 1, hasMore = false): Page<DevMailboxEntryResponse> {
  return { items, page, pageSize: 20, hasMore };
}

describe('MailboxList', () => {
  it('lists the kept mail in the order the API gives (newest first), each opening its mail', async () => {
    const list = jest.fn(() => of(pageOf([newest, older])));
    const { element } = await render({}, list);
    expect(list).toHaveBeenCalledWith(1);
    const links = [...element.querySelectorAll<HTMLAnchorElement>('.mailbox__link')];
    expect(links.map((link) => link.querySelector('.mailbox__subject')?.textContent?.trim())).toEqual([
      'Your bonus has been paid',
      'Thanks for your referral',
    ]);
    expect(links[0].getAttribute('href')).toBe('/dev-mailbox/m2');
    expect(links[0].textContent).toContain('emma.devries@demo.example');
    expect(links[0].querySelector('time')?.getAttribute('datetime')).toBe(newest.sentAt);
    expect(links[0].querySelector('time')?.textContent).toContain('2 Jun 2025');
  });

  it('pages through the address, offering Next only while there is more', async () => {
    const { button, navigate, element } = await render({ page: '2' }, jest.fn(() => of(pageOf([older], 2, false))));
    expect(button('Next page')?.disabled).toBe(true);
    button('Previous page')?.click();
    expect(navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { page: null } }));
    expect(element.textContent).toContain('Page 2');
  });

  it('says so when there is no mail yet, without a pager', async () => {
    const { element } = await render({}, jest.fn(() => of(pageOf([]))));
    expect(element.querySelector('[role="status"]')?.textContent).toContain('No mail yet');
    expect(element.querySelector('nav')).toBeNull();
  });

  it('offers another try when the list could not be loaded', async () => {
    const list = jest.fn().mockReturnValueOnce(throwError(() => new Error('down'))).mockReturnValue(of(pageOf([newest])));
    const { element, button, fixture } = await render({}, list);
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
    button('Try again')?.click();
    await fixture.whenStable();
    expect(element.querySelectorAll('.mailbox__link')).toHaveLength(1);
  });

  it('refreshes in place, keeping the list and the Refresh button on the page', async () => {
    const list = jest.fn().mockReturnValueOnce(of(pageOf([older]))).mockReturnValue(of(pageOf([newest, older])));
    const { element, button, fixture } = await render({}, list);
    const refresh = button('Refresh') as HTMLButtonElement;
    refresh.focus();
    refresh.click();
    await fixture.whenStable();
    expect(list).toHaveBeenCalledTimes(2);
    expect(element.querySelectorAll('.mailbox__link')).toHaveLength(2);
    expect(document.activeElement).toBe(refresh);
  });

  it('reads only positive whole page numbers from the address', () => {
    expect(mailboxPageFrom('3')).toBe(3);
    expect(mailboxPageFrom('0')).toBe(1);
    expect(mailboxPageFrom('x')).toBe(1);
    expect(mailboxPageFrom(null)).toBe(1);
  });
});
