import { LiveAnnouncer } from '@angular/cdk/a11y';
import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked, ViewEncapsulation } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { NotificationResponse } from '@referrals/contracts';
import { firstValueFrom } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { INTL_LOCALES } from '../../core/i18n/locale-format';
import { NotificationStore } from '../notification-store';
import { NotificationsApi } from '../notifications-api';
import { relativeTime } from '../relative-time';

/** How many of the latest notifications the bell shows; the rest are on the notifications page. */
export const BELL_SIZE = 8;

type BellView = { status: 'closed' | 'loading' | 'failed' } | { status: 'ready'; items: NotificationResponse[] };

/**
 * The toolbar's bell: the unread count as a badge, the latest notifications in a menu. Its menu panel lives
 * in the overlay, outside this component, hence global (but prefixed) styles.
 */
@Component({
  selector: 'app-notification-bell',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatDividerModule,
    MatIconModule,
    MatMenuModule,
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
})
export class NotificationBell {
  private readonly store = inject(NotificationStore);
  private readonly api = inject(NotificationsApi);
  private readonly language = inject(Language);
  private readonly transloco = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);

  protected readonly unread = this.store.unread;
  protected readonly badge = computed(() => (this.unread() > 99 ? '99+' : String(this.unread())));
  protected readonly label = computed(() => {
    this.language.active();
    const unread = this.unread();
    return unread > 0
      ? this.transloco.translate('notifications.bell.labelUnread', { count: unread })
      : this.transloco.translate('notifications.bell.label');
  });
  protected readonly view = signal<BellView>({ status: 'closed' });
  private readonly now = signal(new Date());
  protected readonly items = computed(() => {
    const view = this.view();
    if (view.status !== 'ready') return [];
    const locale = INTL_LOCALES[this.language.active()];
    const unread = this.transloco.translate('notifications.bell.unread');
    return view.items.map((item) => {
      const when = relativeTime(item.createdAt, this.now(), locale);
      // The name says what it is; the body, often several sentences, is its description.
      const label = `${item.readAt ? '' : `${unread}: `}${item.title}, ${when}`;
      return { ...item, when, label };
    });
  });
  private loads = 0;

  constructor() {
    // News pushed by the server: reload an open panel, and tell screen reader users the count went up.
    let announced = 0;
    effect(() => {
      const changes = this.store.changes();
      if (changes === announced) return;
      announced = changes;
      untracked(() => {
        if (this.view().status !== 'closed') void this.load();
        const unread = this.unread();
        if (unread > 0) {
          void this.announcer.announce(this.transloco.translate('notifications.bell.arrived', { count: unread }), 'polite');
        }
      });
    });
  }

  protected opened(): void {
    void this.load();
  }

  protected closed(): void {
    this.view.set({ status: 'closed' });
  }

  /** The menu item's own navigation (a link) goes ahead; marking read happens beside it. */
  protected markRead(item: NotificationResponse): void {
    this.store.markRead(item).catch(() => undefined); // the interceptor has said what went wrong
  }

  protected markAllRead(): void {
    this.store.markAllRead().catch(() => undefined);
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    if (this.view().status !== 'ready') this.view.set({ status: 'loading' });
    try {
      const page = await firstValueFrom(this.api.list(1, BELL_SIZE));
      if (load !== this.loads || this.view().status === 'closed') return;
      this.now.set(new Date());
      this.view.set({ status: 'ready', items: page.items });
    } catch {
      if (load === this.loads && this.view().status !== 'closed') this.view.set({ status: 'failed' });
    }
  }
}
