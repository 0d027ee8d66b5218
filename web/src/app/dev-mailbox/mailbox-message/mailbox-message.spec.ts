import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { DevMailboxMessageResponse } from '@referrals/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { of, throwError } from 'rxjs';
import { provideAppIcons } from '../../core/icons/app-icons';
import { DevMailboxApi } from '../dev-mailbox-api';
import { MailboxMessage } from './mailbox-message';

const en = JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n/en.json'), 'utf8'));

const mail: DevMailboxMessageResponse = {
  id: 'm1',
  to: 'emma.devries@demo.example',
  subject: 'Your bonus has been paid',
  text: 'Hello Emma,\n\nYour bonus for Fleur has been paid.',
  html: '<p style="color:#123">Hello Emma, your bonus for <b>Fleur</b> has been paid.</p><script>alert(1)</script>',
  event: 'bonus_paid',
  language: 'nl',
  sentAt: '2025-06-02T09:30:00.000Z',
};

async function render(message: jest.Mock) {
  TestBed.configureTestingModule({
    imports: [
      MailboxMessage,
      TranslocoTestingModule.forRoot({ langs: { en }, translocoConfig: { availableLangs: ['en'], defaultLang: 'en' }, preloadLangs: true }),
    ],
    providers: [provideAppIcons(), provideRouter([]), { provide: DevMailboxApi, useValue: { message } }],
  });
  const fixture = TestBed.createComponent(MailboxMessage);
  fixture.componentRef.setInput('id', 'm1');
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('MailboxMessage', () => {
  it('shows the HTML part in a sandboxed frame, untouched, and the text part beside it', async () => {
    const message = jest.fn(() => of(mail));
    const element = await render(message);
    expect(message).toHaveBeenCalledWith('m1');
    expect(element.querySelector('h1')?.textContent).toBe('Your bonus has been paid');
    expect(element.querySelector('dl')?.textContent).toContain('emma.devries@demo.example');
    const frame = element.querySelector('iframe') as HTMLIFrameElement;
    // An empty sandbox: no scripts, no forms, no same-origin access, whatever the HTML holds.
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(mail.html);
    expect(frame.getAttribute('title')).toBe('Mail: Your bonus has been paid');
    expect(element.querySelector('pre')?.textContent).toBe(mail.text);
  });

  it('says so when the mail cannot be loaded', async () => {
    const element = await render(jest.fn(() => throwError(() => new Error('gone'))));
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
    expect(element.querySelector('iframe')).toBeNull();
  });
});
