import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, inject, Injectable, InjectionToken, signal } from '@angular/core';
import type { NotificationResponse, NotificationStreamMessage } from '@referrals/contracts';
import { firstValueFrom } from 'rxjs';
import { NOTIFICATION_STREAM_URL, NotificationsApi } from './notifications-api';

/** The part of the browser's `EventSource` the store uses, so tests can hand in a fake one. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

/** Opens a server-sent event stream with the session cookie; null where the browser has no `EventSource`. */
export const EVENT_SOURCE_FACTORY = new InjectionToken<EventSourceFactory | null>('EVENT_SOURCE_FACTORY', {
  providedIn: 'root',
  factory: () =>
    typeof EventSource === 'undefined' ? null : (url: string) => new EventSource(url, { withCredentials: true }),
});

/** `EventSource.CLOSED`: the browser gave up (an HTTP error or a wrong content type) and will not retry. */
const CLOSED = 2;
export const POLL_INTERVAL_MS = 30_000;
/** Failures in a row after which the stream is given up for polling. */
export const MAX_STREAM_FAILURES = 3;
/** While polling, the stream is tried again this often: the outage may have been brief. */
export const STREAM_RETRY_MS = 5 * 60_000;
/**
 * The server answers a connection with the count at once and pings every 25 s. A stream silent for longer
 * is treated as failed: a buffering proxy can hold an open connection that never delivers anything.
 */
export const FIRST_MESSAGE_TIMEOUT_MS = 10_000;
export const SILENCE_TIMEOUT_MS = 60_000;

export type NotificationConnection = 'off' | 'connecting' | 'live' | 'polling';

/** 1 s, 2 s, 4 s… between attempts to reopen a stream the server closed. */
export function streamRetryDelayMs(failures: number): number {
  return 1000 * 2 ** Math.max(0, failures - 1);
}

/**
 * The signed-in person's unread count, kept live: pushed by the server's event stream, or polled every 30 s
 * where the stream is unavailable or keeps failing. Lists on screen watch `changes` to reload when the
 * server reports a count other than the one known, i.e. something happened elsewhere.
 */
@Injectable({ providedIn: 'root' })
export class NotificationStore {
  private readonly api = inject(NotificationsApi);
  private readonly openStream = inject(EVENT_SOURCE_FACTORY);

  private readonly count = signal(0);
  private readonly changeCount = signal(0);
  private readonly mode = signal<NotificationConnection>('off');
  /** Whether `count` holds a server's answer yet; the first one is news to nobody. */
  private known = false;
  private source: EventSourceLike | null = null;
  private failures = 0;
  private pollTimer: ReturnType<typeof setInterval> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private watchdog: ReturnType<typeof setTimeout> | null = null;

  readonly unread = this.count.asReadonly();
  readonly changes = this.changeCount.asReadonly();
  readonly connection = this.mode.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  /** Starts following the count; a second call while connected does nothing. */
  connect(): void {
    if (this.mode() !== 'off') return;
    this.failures = 0;
    if (this.openStream) this.startStream();
    else this.startPolling();
  }

  /** Stops everything, e.g. on signing out; the next person starts from nothing. */
  disconnect(): void {
    this.closeStream();
    this.stopPolling();
    this.clearRetry();
    this.mode.set('off');
    this.count.set(0);
    this.known = false;
  }

  /** Marks one notification read and takes the count from the server, which knows of any that just arrived. */
  async markRead(notification: NotificationResponse): Promise<NotificationResponse> {
    if (notification.readAt !== null) return notification;
    const read = await firstValueFrom(this.api.markRead(notification.id));
    await this.refreshCount();
    return read;
  }

  async markAllRead(): Promise<void> {
    const { unread } = await firstValueFrom(this.api.markAllRead());
    this.adopt(unread);
  }

  /** Asks for the count now (after the person's own change), without counting it as news. */
  async refreshCount(): Promise<void> {
    try {
      const { unread } = await firstValueFrom(this.api.unreadCount());
      this.adopt(unread);
    } catch (error: unknown) {
      this.countFailed(error);
    }
  }

  private startStream(): void {
    if (!this.openStream) return;
    this.closeStream();
    const source = this.openStream(NOTIFICATION_STREAM_URL);
    this.source = source;
    if (this.mode() !== 'polling') this.mode.set('connecting');
    source.addEventListener('unread', (event) => {
      if (this.source !== source) return;
      this.failures = 0;
      this.stopPolling();
      this.clearRetry();
      this.mode.set('live');
      this.watch(SILENCE_TIMEOUT_MS);
      const unread = parseUnread(event.data);
      if (unread !== null) this.receive(unread);
    });
    source.addEventListener('ping', () => {
      if (this.source === source && this.mode() === 'live') this.watch(SILENCE_TIMEOUT_MS);
    });
    source.addEventListener('error', () => {
      if (this.source !== source) return;
      // Still CONNECTING means a network error the browser retries by itself; CLOSED means it gave up.
      if (source.readyState === CLOSED || this.failures + 1 >= MAX_STREAM_FAILURES) this.streamFailed();
      else {
        this.failures += 1;
        if (this.mode() === 'live') this.mode.set('connecting');
      }
    });
    this.watch(FIRST_MESSAGE_TIMEOUT_MS);
  }

  private streamFailed(): void {
    this.closeStream();
    this.failures += 1;
    if (this.mode() === 'polling') {
      // A retry from polling failed: keep polling, try again later.
      this.scheduleStream(STREAM_RETRY_MS);
    } else if (this.failures >= MAX_STREAM_FAILURES) {
      this.startPolling();
      this.scheduleStream(STREAM_RETRY_MS);
    } else {
      this.mode.set('connecting');
      this.scheduleStream(streamRetryDelayMs(this.failures));
    }
  }

  private scheduleStream(delayMs: number): void {
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.startStream();
    }, delayMs);
  }

  /** (Re)arms the timer that gives up on a stream that has gone quiet. */
  private watch(timeoutMs: number): void {
    this.clearWatchdog();
    this.watchdog = setTimeout(() => {
      this.watchdog = null;
      this.streamFailed();
    }, timeoutMs);
  }

  private closeStream(): void {
    this.clearWatchdog();
    this.source?.close();
    this.source = null;
  }

  private startPolling(): void {
    this.mode.set('polling');
    if (this.pollTimer !== null) return;
    this.pollTimer = setInterval(() => void this.poll(), POLL_INTERVAL_MS);
    void this.poll();
  }

  private stopPolling(): void {
    if (this.pollTimer !== null) clearInterval(this.pollTimer);
    this.pollTimer = null;
  }

  private async poll(): Promise<void> {
    try {
      const { unread } = await firstValueFrom(this.api.unreadCount());
      if (this.mode() !== 'off') this.receive(unread);
    } catch (error: unknown) {
      this.countFailed(error);
    }
  }

  /** A count from the server unasked: if it differs from what we knew, something happened elsewhere. */
  private receive(unread: number): void {
    const news = this.known && unread !== this.count();
    this.adopt(unread);
    if (news) this.changeCount.update((changes) => changes + 1);
  }

  private adopt(unread: number): void {
    this.count.set(unread);
    this.known = true;
  }

  /** The session has ended: nothing to follow until someone signs in again. Other failures pass. */
  private countFailed(error: unknown): void {
    if (error instanceof HttpErrorResponse && error.status === 401) this.disconnect();
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private clearWatchdog(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
  }
}

function parseUnread(data: string): number | null {
  try {
    const message = JSON.parse(data) as Partial<NotificationStreamMessage>;
    return typeof message.unread === 'number' && Number.isInteger(message.unread) && message.unread >= 0
      ? message.unread
      : null;
  } catch {
    return null;
  }
}
