import { type BeforeApplicationShutdown, Injectable, type MessageEvent, type OnApplicationShutdown } from '@nestjs/common';
import { interval, map, merge, Observable, Subject, takeUntil } from 'rxjs';
import type { NotificationStreamMessage } from '@referrals/contracts';
import { NotificationInboxService } from './notification-inbox.service';
import { INBOX_CHANNEL } from './notification-outbox.service';
import { PgListener } from './pg-listener.service';

/** Proxies and browsers drop a silent connection; a comment-like ping every so often keeps it open. */
const KEEP_ALIVE_MS = 25_000;

/**
 * Pushes each signed-in browser its unread count whenever its inbox changes. Changes arrive as PostgreSQL
 * notifications on commit, so a notification written by any API process reaches every open tab.
 */
@Injectable()
export class NotificationStream implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly shuttingDown = new Subject<void>();
  private readonly subscribers = new Map<string, Set<Subject<NotificationStreamMessage>>>();
  private stopListening: Promise<() => void> | null = null;
  private pending: Set<string> | 'everyone' | null = null;

  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly listener: PgListener,
  ) {}

  /** The stream for one person: their current count at once, then one message per change. */
  streamFor(userId: string): Observable<MessageEvent> {
    return new Observable<MessageEvent>((subscriber) => {
      this.stopListening ??= this.listener.listen(INBOX_CHANNEL, (payload) => this.changed(payload));
      const updates = new Subject<NotificationStreamMessage>();
      const set = this.subscribers.get(userId) ?? new Set();
      set.add(updates);
      this.subscribers.set(userId, set);
      const subscription = merge(
        updates.pipe(map((data): MessageEvent => ({ type: 'unread', data }))),
        interval(KEEP_ALIVE_MS).pipe(map((): MessageEvent => ({ type: 'ping', data: '' }))),
      )
        .pipe(takeUntil(this.shuttingDown))
        .subscribe(subscriber);
      void this.stopListening
        .then(() => this.inbox.unreadCount(userId))
        .then((unread) => updates.next({ unread }))
        .catch((error: unknown) => subscriber.error(error));
      return () => {
        subscription.unsubscribe();
        set.delete(updates);
        if (set.size === 0) this.subscribers.delete(userId);
      };
    });
  }

  private changed(payload: string): void {
    // Signals arriving together (a fan-out, a burst of moves) are answered with one count query.
    const first = this.pending === null;
    if (payload === '*' || this.pending === 'everyone') this.pending = 'everyone';
    else {
      this.pending ??= new Set();
      for (const id of payload.split(',')) if (this.subscribers.has(id)) this.pending.add(id);
    }
    if (first) setTimeout(() => void this.flush(), 50);
  }

  private async flush(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    const ids = pending === 'everyone' ? [...this.subscribers.keys()] : [...(pending ?? [])];
    if (ids.length === 0) return;
    const counts = await this.inbox.unreadCounts(ids).catch(() => null);
    if (!counts) return;
    for (const id of ids) for (const updates of this.subscribers.get(id) ?? []) updates.next({ unread: counts.get(id) ?? 0 });
  }

  /**
   * Ends every open stream before the HTTP server closes: the server waits for open responses, and a stream
   * never ends by itself. Browsers reconnect to another process, or to this one when it is back.
   */
  beforeApplicationShutdown(): void {
    this.shuttingDown.next();
    this.shuttingDown.complete();
  }

  async onApplicationShutdown(): Promise<void> {
    for (const set of this.subscribers.values()) for (const updates of set) updates.complete();
    this.subscribers.clear();
    const stop = await this.stopListening;
    stop?.();
  }
}
