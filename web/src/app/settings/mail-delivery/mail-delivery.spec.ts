import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { FailingEmailAddressResponse, MailDeliverySummaryResponse } from '@referrals/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { of, Subject, throwError } from 'rxjs';
import { provideAppIcons } from '../../core/icons/app-icons';
import { MailDelivery } from './mail-delivery';
import { MailDeliveryApi } from './mail-delivery-api';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n/en.json'), 'utf8'));

const summary: MailDeliverySummaryResponse = {
  transport: 'smtp',
  pending: 7,
  retrying: 3,
  failed: 2,
  oldestPendingAt: '2025-06-02T07:15:00.000Z',
};
const daan: FailingEmailAddressResponse = {
  address: 'daan.jansen@demo.example',
  reason: '550 5.1.1 Mailbox does not exist',
  failedAt: '2025-06-01T10:00:00.000Z',
  user: { id: 'u-daan', displayName: 'Daan Jansen' },
};
const stranger: FailingEmailAddressResponse = { ...daan, address: 'old@example.com', user: null };

async function render(api: Partial<Record<keyof MailDeliveryApi, jest.Mock>>) {
  const open = jest.fn();
  TestBed.configureTestingModule({
    imports: [
      MailDelivery,
      TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { availableLangs: ['en'], defaultLang: 'en' }, preloadLangs: true }),
    ],
    providers: [
      provideAppIcons(),
      provideRouter([]),
      { provide: MailDeliveryApi, useValue: api },
      { provide: MatSnackBar, useValue: { open } },
    ],
  });
  const fixture = TestBed.createComponent(MailDelivery);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const figure = (label: string) =>
    [...element.querySelectorAll('.delivery__figure')].find((candidate) => candidate.querySelector('dt')?.textContent?.includes(label))
      ?.querySelector('dd')
      ?.textContent?.trim();
  return { element, fixture, open, figure };
}

describe('MailDelivery', () => {
  it('shows the queue and each failing address with its person and the server answer', async () => {
    const { element, figure } = await render({
      summary: jest.fn(() => of(summary)),
      failingAddresses: jest.fn(() => of([daan, stranger])),
    });
    expect(figure('Waiting to be sent')).toBe('7');
    expect(figure('Being retried')).toBe('3');
    expect(figure('Failed for good')).toBe('2');
    expect(figure('Waiting since')).toContain('2 Jun 2025');
    expect(element.textContent).not.toContain('No mail server is set up');

    const entries = [...element.querySelectorAll('.delivery__address')];
    expect(entries).toHaveLength(2);
    expect(entries[0].textContent).toContain('daan.jansen@demo.example');
    expect(entries[0].textContent).toContain('Daan Jansen');
    expect(entries[0].textContent).toContain('550 5.1.1 Mailbox does not exist');
    expect(entries[1].textContent).toContain('Not a portal user');
    expect(entries[0].querySelector('button')?.getAttribute('aria-label')).toBe(
      'Clear daan.jansen@demo.example so mail is sent to it again',
    );
  });

  it('clears an address, says so, and shows the list as it is now', async () => {
    const cleared = new Subject<void>();
    const failingAddresses = jest.fn().mockReturnValueOnce(of([daan])).mockReturnValue(of([]));
    const clearFailingAddress = jest.fn(() => cleared);
    const { element, fixture, open } = await render({ summary: jest.fn(() => of(summary)), failingAddresses, clearFailingAddress });

    (element.querySelector('.delivery__clear') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(clearFailingAddress).toHaveBeenCalledWith('daan.jansen@demo.example');
    const button = element.querySelector('.delivery__clear') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.textContent).toContain('Clearing');

    cleared.next();
    cleared.complete();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    expect(open).toHaveBeenCalledWith('Mail to daan.jansen@demo.example will be sent again.', undefined, { duration: 5000 });
    expect(failingAddresses).toHaveBeenCalledTimes(2);
    expect(element.querySelector('.delivery__empty')?.textContent).toContain('No failing addresses');
    // The list refreshed in place, and focus waits at its heading instead of falling to the page top.
    expect(document.activeElement?.id).toBe('delivery-failing-heading');
  });

  it('keeps the address listed when clearing it failed', async () => {
    const failingAddresses = jest.fn(() => of([daan]));
    const { element, fixture, open } = await render({
      summary: jest.fn(() => of(summary)),
      failingAddresses,
      clearFailingAddress: jest.fn(() => throwError(() => new Error('refused'))),
    });
    (element.querySelector('.delivery__clear') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(open).not.toHaveBeenCalled();
    expect(element.querySelectorAll('.delivery__address')).toHaveLength(1);
  });

  it('points to the development mailbox when no SMTP server is configured', async () => {
    const { element } = await render({
      summary: jest.fn(() => of({ ...summary, transport: 'dev-mailbox', pending: 0, retrying: 0, failed: 0, oldestPendingAt: null })),
      failingAddresses: jest.fn(() => of([])),
    });
    expect(element.querySelector('.delivery__notice')?.textContent).toContain('No mail server is set up');
    expect(element.querySelector('.delivery__notice a')?.getAttribute('href')).toBe('/dev-mailbox');
    expect(element.textContent).toContain('Nothing is waiting');
  });

  it('offers another try when it could not be loaded', async () => {
    const summaryOnce = jest.fn().mockReturnValueOnce(throwError(() => new Error('down'))).mockReturnValue(of(summary));
    const { element, fixture, figure } = await render({ summary: summaryOnce, failingAddresses: jest.fn(() => of([])) });
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
    ([...element.querySelectorAll('button')].find((button) => button.textContent?.includes('Try again')) as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(figure('Waiting to be sent')).toBe('7');
  });
});
