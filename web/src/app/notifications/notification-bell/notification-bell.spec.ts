import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideAppIcons } from '../../core/icons/app-icons';
import { EVENT_SOURCE_FACTORY, NotificationStore } from '../notification-store';
import { fakeEventSources } from '../testing/fake-event-source';
import { notification, pageOf } from '../testing/notification-fixtures';
import { NotificationBell } from './notification-bell';
import { translocoInEnglish } from '../../../testing/transloco-in-english';

const LIST = (request: { url: string }) => request.url === '/api/notifications';

async function render() {
  const streams = fakeEventSources();
  TestBed.configureTestingModule({
    imports: [
      NotificationBell,
      translocoInEnglish(),
    ],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      { provide: EVENT_SOURCE_FACTORY, useValue: streams.factory },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const store = TestBed.inject(NotificationStore);
  store.connect();
  const fixture = TestBed.createComponent(NotificationBell);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const trigger = () => element.querySelector<HTMLButtonElement>('button.notification-bell__trigger');
  const panel = () => document.querySelector<HTMLElement>('.notification-bell__panel');
  const open = async () => {
    trigger()?.click();
    await fixture.whenStable();
  };
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { fixture, element, http, store, stream: streams.latest, trigger, panel, open, settle };
}

describe('NotificationBell', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.inject(NotificationStore).disconnect();
  });

  it('shows the unread count from the stream in the badge and the label, and hides the badge at zero', async () => {
    const { element, fixture, stream, trigger } = await render();
    stream().emit('unread', { unread: 0 });
    await fixture.whenStable();
    expect(trigger()?.getAttribute('aria-label')).toBe('Notifications');
    expect(element.querySelector('.mat-badge-hidden')).not.toBeNull();

    stream().emit('unread', { unread: 3 });
    await fixture.whenStable();
    expect(trigger()?.getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(element.querySelector('.mat-badge-hidden')).toBeNull();
    expect(element.querySelector('.mat-badge-content')?.textContent?.trim()).toBe('3');
  });

  it('caps a large count in the badge but not in the label', async () => {
    const { element, fixture, stream, trigger } = await render();
    stream().emit('unread', { unread: 140 });
    await fixture.whenStable();
    expect(element.querySelector('.mat-badge-content')?.textContent?.trim()).toBe('99+');
    expect(trigger()?.getAttribute('aria-label')).toBe('Notifications, 140 unread');
  });

  it('lists the latest eight when opened, unread ones marked, with a way to all of them', async () => {
    const { http, open, panel, settle, stream, fixture } = await render();
    stream().emit('unread', { unread: 1 });
    await fixture.whenStable();
    await open();
    const request = http.expectOne(LIST);
    expect(request.request.params.get('page')).toBe('1');
    expect(request.request.params.get('pageSize')).toBe('8');
    request.flush(
      pageOf([
        notification({ id: 'n-1', title: 'Noor Bakker is interviewing' }),
        notification({ id: 'n-2', title: 'Thanks for referring Ruben Smit', readAt: '2026-11-25T10:00:00.000Z' }),
      ]),
    );
    await settle();
    const items = [...(panel()?.querySelectorAll('.notification-bell__item') ?? [])];
    expect(items.map((item) => item.querySelector('.notification-bell__title')?.textContent)).toEqual([
      'Noor Bakker is interviewing',
      'Thanks for referring Ruben Smit',
    ]);
    expect(items[0].getAttribute('aria-label')).toBe('Unread: Noor Bakker is interviewing, 5 minutes ago');
    expect(items[1].getAttribute('aria-label')).toBe('Thanks for referring Ruben Smit, 5 minutes ago');
    const body = document.getElementById(items[0].getAttribute('aria-describedby') ?? '');
    expect(body?.textContent).toBe('Your referral for Payments engineer moved on.');
    expect(items[0].textContent).toContain('5 minutes ago');
    expect(items[0].getAttribute('href')).toBe('/my-referrals/1');
    const seeAll = [...(panel()?.querySelectorAll('a') ?? [])].find((link) => link.textContent?.includes('See all'));
    expect(seeAll?.getAttribute('href')).toBe('/notifications');
  });

  it('marks an entry read when it is followed, and takes the new count from the server', async () => {
    const { http, open, panel, settle, stream, store, fixture } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    stream().emit('unread', { unread: 1 });
    await fixture.whenStable();
    await open();
    http.expectOne(LIST).flush(pageOf([notification({ id: 'n-1' })]));
    await settle();
    panel()?.querySelector<HTMLElement>('.notification-bell__item')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/notifications/n-1/read' }).flush(notification({ id: 'n-1', readAt: new Date().toISOString() }));
    await settle();
    http.expectOne('/api/notifications/unread-count').flush({ unread: 0 });
    await settle();
    expect(store.unread()).toBe(0);
    expect(navigate).toHaveBeenCalled();
    expect(String(navigate.mock.calls[0][0])).toBe('/my-referrals/1');
  });

  it('reloads the open list when the server reports news', async () => {
    const { http, open, panel, settle, stream, fixture } = await render();
    stream().emit('unread', { unread: 0 });
    await fixture.whenStable();
    await open();
    http.expectOne(LIST).flush(pageOf([]));
    await settle();
    expect(panel()?.textContent).toContain('Nothing yet.');

    stream().emit('unread', { unread: 1 });
    await settle();
    http.expectOne(LIST).flush(pageOf([notification({ title: 'Noor Bakker is interviewing' })]));
    await settle();
    expect(panel()?.textContent).toContain('Noor Bakker is interviewing');
  });

  it('marks all read from the panel', async () => {
    const { http, open, panel, settle, stream, store, fixture } = await render();
    stream().emit('unread', { unread: 2 });
    await fixture.whenStable();
    await open();
    http.expectOne(LIST).flush(pageOf([notification()]));
    await settle();
    const markAll = [...(panel()?.querySelectorAll('button') ?? [])].find((button) => button.textContent?.includes('Mark all as read'));
    markAll?.click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush({ unread: 0 });
    await settle();
    expect(store.unread()).toBe(0);
  });
});
