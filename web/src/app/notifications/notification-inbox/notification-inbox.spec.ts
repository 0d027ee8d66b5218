import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router, type Params } from '@angular/router';
import { BehaviorSubject } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { provideAppIcons } from '../../core/icons/app-icons';
import { EVENT_SOURCE_FACTORY, NotificationStore } from '../notification-store';
import { fakeEventSources } from '../testing/fake-event-source';
import { notification, pageOf } from '../testing/notification-fixtures';
import { NotificationInbox } from './notification-inbox';
import { translocoInEnglish } from '../../../testing/transloco-in-english';

const LIST = (request: { url: string }) => request.url === '/api/notifications';

async function render(params: Params = {}) {
  const streams = fakeEventSources();
  const queryParams = new BehaviorSubject(convertToParamMap(params));
  const active = signal<'en' | 'nl'>('en');
  TestBed.configureTestingModule({
    imports: [
      NotificationInbox,
      translocoInEnglish(),
    ],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      { provide: ActivatedRoute, useValue: { queryParamMap: queryParams } },
      { provide: EVENT_SOURCE_FACTORY, useValue: streams.factory },
      { provide: Language, useValue: { active: active.asReadonly() } },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const store = TestBed.inject(NotificationStore);
  store.connect();
  const fixture = TestBed.createComponent(NotificationInbox);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  const titles = () => [...element.querySelectorAll('.entry__title')].map((title) => title.textContent?.trim());
  return { fixture, element, http, navigate, store, stream: streams.latest, queryParams, settle, button, titles, active };
}

describe('NotificationInbox', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    TestBed.inject(NotificationStore).disconnect();
  });

  it('asks for the page and filter in the address and lists each notification, unread ones marked', async () => {
    const { http, settle, titles, element } = await render({ page: '2', unread: 'true' });
    const request: TestRequest = http.expectOne(LIST);
    expect(request.request.params.get('page')).toBe('2');
    expect(request.request.params.get('pageSize')).toBe('20');
    expect(request.request.params.get('unreadOnly')).toBe('true');
    request.flush(pageOf([notification({ id: 'n-1', title: 'Noor Bakker is interviewing' })], { page: 2 }));
    await settle();
    expect(titles()).toEqual(['Unread: Noor Bakker is interviewing']);
    expect(element.querySelector('.entry__title a')?.getAttribute('href')).toBe('/my-referrals/1');
    expect(element.textContent).toContain('Page 2');
  });

  it('says there is nothing yet on an empty inbox, and that all is read when filtered to unread', async () => {
    const first = await render();
    first.http.expectOne(LIST).flush(pageOf([]));
    await first.settle();
    expect(first.element.textContent).toContain('No notifications yet');
    first.queryParams.next(convertToParamMap({ unread: 'true' }));
    await first.settle();
    first.http.expectOne(LIST).flush(pageOf([]));
    await first.settle();
    expect(first.element.textContent).toContain('You are all caught up');
    first.button('Show all notifications')?.click();
    expect(first.navigate).toHaveBeenCalledWith([], expect.objectContaining({ queryParams: { page: null, unread: null } }));
  });

  it('marks one read in place and keeps it in the list', async () => {
    const { http, settle, button, titles, store, stream } = await render();
    stream().emit('unread', { unread: 1 });
    http.expectOne(LIST).flush(pageOf([notification({ id: 'n-1', title: 'Noor Bakker is interviewing' })]));
    await settle();
    button('Mark as read')?.click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/notifications/n-1/read' })
      .flush(notification({ id: 'n-1', title: 'Noor Bakker is interviewing', readAt: new Date().toISOString() }));
    await settle();
    http.expectOne('/api/notifications/unread-count').flush({ unread: 0 });
    await settle();
    expect(titles()).toEqual(['Noor Bakker is interviewing']);
    expect(button('Mark as read')).toBeUndefined();
    expect(store.unread()).toBe(0);
  });

  it('reloads the list without a page reload when the server reports a new count', async () => {
    const { http, settle, titles, stream } = await render();
    stream().emit('unread', { unread: 0 });
    http.expectOne(LIST).flush(pageOf([notification({ id: 'n-1', title: 'Old news', readAt: '2026-11-20T10:00:00.000Z' })]));
    await settle();
    stream().emit('unread', { unread: 1 });
    await settle();
    http.expectOne(LIST).flush(pageOf([notification({ id: 'n-2', title: 'Fresh news' }), notification({ id: 'n-1', title: 'Old news', readAt: '2026-11-20T10:00:00.000Z' })]));
    await settle();
    expect(titles()).toEqual(['Unread: Fresh news', 'Old news']);
  });

  it('reloads in another language, in which the server writes the texts', async () => {
    const { http, settle, titles, active } = await render();
    http.expectOne(LIST).flush(pageOf([notification({ title: 'Noor Bakker is interviewing' })]));
    await settle();
    active.set('nl');
    await settle();
    http.expectOne(LIST).flush(pageOf([notification({ title: 'Noor Bakker is in gesprek' })]));
    await settle();
    expect(titles()).toEqual(['Unread: Noor Bakker is in gesprek']);
  });

  it('marks all read and reloads', async () => {
    const { http, settle, button, store, stream } = await render();
    stream().emit('unread', { unread: 2 });
    http.expectOne(LIST).flush(pageOf([notification({ id: 'n-1' }), notification({ id: 'n-2' })]));
    await settle();
    button('Mark all as read')?.click();
    await settle();
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush({ unread: 0 });
    await settle();
    http.expectOne(LIST).flush(pageOf([notification({ id: 'n-1', readAt: '2026-11-25T12:00:00.000Z' })]));
    await settle();
    expect(store.unread()).toBe(0);
    expect(button('Mark all as read')?.disabled).toBe(true);
  });

  it('offers a retry when the list cannot be loaded', async () => {
    const { http, settle, button, element } = await render();
    http.expectOne(LIST).flush(null, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(element.textContent).toContain('Your notifications could not be loaded.');
    button('Try again')?.click();
    await settle();
    http.expectOne(LIST).flush(pageOf([]));
  });
});
