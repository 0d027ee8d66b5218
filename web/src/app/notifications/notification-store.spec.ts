import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  EVENT_SOURCE_FACTORY,
  FIRST_MESSAGE_TIMEOUT_MS,
  NotificationStore,
  POLL_INTERVAL_MS,
  SILENCE_TIMEOUT_MS,
  STREAM_RETRY_MS,
} from './notification-store';
import { fakeEventSources } from './testing/fake-event-source';
import { notification } from './testing/notification-fixtures';

const UNREAD_COUNT = '/api/notifications/unread-count';

/** Lets promise callbacks (firstValueFrom) run. */
const flush = () => jest.advanceTimersByTimeAsync(0);

function setUp(withEventSource = true) {
  const { factory, sources, latest } = fakeEventSources();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: EVENT_SOURCE_FACTORY, useValue: withEventSource ? factory : null },
    ],
  });
  const store = TestBed.inject(NotificationStore);
  const http = TestBed.inject(HttpTestingController);
  return { store, http, sources, latest };
}

describe('NotificationStore', () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick'] }));
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    jest.useRealTimers();
  });

  it('takes the unread count from the stream and counts a different later count as a change', () => {
    const { store, latest } = setUp();
    store.connect();
    expect(latest().url).toBe('/api/notifications/stream');
    expect(store.connection()).toBe('connecting');

    latest().emit('unread', { unread: 2 });
    expect(store.unread()).toBe(2);
    expect(store.connection()).toBe('live');
    expect(store.changes()).toBe(0); // the first count is no news

    latest().emit('unread', { unread: 2 });
    expect(store.changes()).toBe(0);
    latest().emit('unread', { unread: 3 });
    expect(store.unread()).toBe(3);
    expect(store.changes()).toBe(1);
  });

  it('ignores a message that carries no count', () => {
    const { store, latest } = setUp();
    store.connect();
    latest().emit('unread', { unread: 4 });
    latest().emit('unread', 'not json');
    latest().emit('unread', { unread: -1 });
    expect(store.unread()).toBe(4);
  });

  it('opens one stream however often it is asked to connect', () => {
    const { store, sources } = setUp();
    store.connect();
    store.connect();
    expect(sources).toHaveLength(1);
  });

  it('reopens a stream the server closed after a short wait', async () => {
    const { store, sources, latest } = setUp();
    store.connect();
    latest().emit('unread', { unread: 1 });
    latest().fail(true);
    expect(sources[0].closed).toBe(true);
    expect(store.connection()).toBe('connecting');
    await jest.advanceTimersByTimeAsync(999);
    expect(sources).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(sources).toHaveLength(2);
    latest().emit('unread', { unread: 5 });
    expect(store.connection()).toBe('live');
    expect(store.changes()).toBe(1); // missed while away: lists reload
  });

  it('leaves a network error to the browser, which reconnects by itself', () => {
    const { store, sources, latest } = setUp();
    store.connect();
    latest().emit('unread', { unread: 1 });
    latest().fail(false);
    expect(sources).toHaveLength(1);
    expect(sources[0].closed).toBe(false);
    latest().emit('unread', { unread: 1 });
    expect(store.connection()).toBe('live');
  });

  it('falls back to polling every 30 seconds when the stream keeps failing, and tries the stream again later', async () => {
    const { store, http, sources, latest } = setUp();
    store.connect();
    latest().fail(true);
    await jest.advanceTimersByTimeAsync(1000);
    latest().fail(true);
    await jest.advanceTimersByTimeAsync(2000);
    expect(sources).toHaveLength(3);
    latest().fail(true);

    expect(store.connection()).toBe('polling');
    http.expectOne(UNREAD_COUNT).flush({ unread: 2 });
    await flush();
    expect(store.unread()).toBe(2);

    await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    http.expectOne(UNREAD_COUNT).flush({ unread: 3 });
    await flush();
    expect(store.unread()).toBe(3);
    expect(store.changes()).toBe(1);

    // Nine more polls, then the stream gets another chance; once it speaks, polling stops.
    for (let poll = 0; poll < 9; poll += 1) {
      await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
      http.expectOne(UNREAD_COUNT).flush({ unread: 3 });
    }
    await jest.advanceTimersByTimeAsync(STREAM_RETRY_MS - 10 * POLL_INTERVAL_MS);
    expect(sources).toHaveLength(4);
    http.match(UNREAD_COUNT).forEach((request) => request.flush({ unread: 3 }));
    latest().emit('unread', { unread: 3 });
    expect(store.connection()).toBe('live');
    for (let ping = 0; ping < 4; ping += 1) {
      await jest.advanceTimersByTimeAsync(25_000);
      latest().emit('ping', '');
    }
    http.expectNone(UNREAD_COUNT);
    expect(sources).toHaveLength(4);
  });

  it('gives up on a stream that never says anything (a buffering proxy) and polls instead', async () => {
    const { store, http, sources } = setUp();
    store.connect();
    await jest.advanceTimersByTimeAsync(FIRST_MESSAGE_TIMEOUT_MS);
    expect(sources[0].closed).toBe(true);
    await jest.advanceTimersByTimeAsync(1000 + FIRST_MESSAGE_TIMEOUT_MS + 2000 + FIRST_MESSAGE_TIMEOUT_MS);
    expect(sources).toHaveLength(3);
    expect(store.connection()).toBe('polling');
    http.expectOne(UNREAD_COUNT).flush({ unread: 0 });
  });

  it('keeps a live stream while pings arrive and reopens it once they stop', async () => {
    const { store, sources, latest } = setUp();
    store.connect();
    latest().emit('unread', { unread: 0 });
    for (let ping = 0; ping < 4; ping += 1) {
      await jest.advanceTimersByTimeAsync(25_000);
      latest().emit('ping', '');
    }
    expect(sources).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(SILENCE_TIMEOUT_MS);
    expect(sources[0].closed).toBe(true);
    await jest.advanceTimersByTimeAsync(1000);
    expect(sources).toHaveLength(2);
  });

  it('polls where the browser has no EventSource', async () => {
    const { store, http } = setUp(false);
    store.connect();
    expect(store.connection()).toBe('polling');
    http.expectOne(UNREAD_COUNT).flush({ unread: 7 });
    await flush();
    expect(store.unread()).toBe(7);
    await jest.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    http.expectOne(UNREAD_COUNT).flush({ unread: 7 });
    store.disconnect();
  });

  it('stops polling when the session has ended', async () => {
    const { store, http } = setUp(false);
    store.connect();
    http.expectOne(UNREAD_COUNT).flush(null, { status: 401, statusText: 'Unauthorized' });
    await flush();
    expect(store.connection()).toBe('off');
    await jest.advanceTimersByTimeAsync(3 * POLL_INTERVAL_MS);
    http.expectNone(UNREAD_COUNT);
  });

  it('closes the stream and forgets the count on disconnect', () => {
    const { store, latest } = setUp();
    store.connect();
    latest().emit('unread', { unread: 4 });
    store.disconnect();
    expect(latest().closed).toBe(true);
    expect(store.unread()).toBe(0);
    expect(store.connection()).toBe('off');
  });

  it('marking one read takes the new count from the server, which is no news for lists', async () => {
    const { store, http, latest } = setUp();
    store.connect();
    latest().emit('unread', { unread: 3 });
    const done = store.markRead(notification());
    const read = http.expectOne({ method: 'POST', url: `/api/notifications/${notification().id}/read` });
    read.flush(notification({ readAt: '2026-11-25T11:00:00.000Z' }));
    await flush();
    http.expectOne(UNREAD_COUNT).flush({ unread: 2 });
    await expect(done).resolves.toMatchObject({ readAt: '2026-11-25T11:00:00.000Z' });
    expect(store.unread()).toBe(2);
    latest().emit('unread', { unread: 2 }); // the server's push about the same change
    expect(store.changes()).toBe(0);
  });

  it('does not ask again for one already read', async () => {
    const { store } = setUp();
    const read = notification({ readAt: '2026-11-25T11:00:00.000Z' });
    await expect(store.markRead(read)).resolves.toBe(read);
  });

  it('marking all read adopts the count the server answers', async () => {
    const { store, http, latest } = setUp();
    store.connect();
    latest().emit('unread', { unread: 3 });
    const done = store.markAllRead();
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' }).flush({ unread: 0 });
    await done;
    expect(store.unread()).toBe(0);
    expect(store.changes()).toBe(0);
  });
});
