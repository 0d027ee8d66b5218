import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { NotificationResponse, Page } from '@referrals/contracts';
import { firstValueFrom, map } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { Language } from '../../core/i18n/language';
import { formatDateTime, INTL_LOCALES } from '../../core/i18n/locale-format';
import { INBOX_PAGE_SIZE, inboxQueryFrom, inboxQueryParams, sameInboxQuery, type InboxQuery } from '../inbox-query';
import { NotificationStore } from '../notification-store';
import { NotificationsApi } from '../notifications-api';
import { relativeTime } from '../relative-time';

type InboxView =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; query: InboxQuery; page: Page<NotificationResponse>; loadedAt: Date };

/** Everything the portal told this person, newest first, a page at a time; reloads itself on news. */
@Component({
  selector: 'app-notification-inbox',
  imports: [MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  templateUrl: './notification-inbox.html',
  styleUrl: './notification-inbox.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationInbox {
  private readonly api = inject(NotificationsApi);
  private readonly store = inject(NotificationStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(Language);
  private readonly auth = inject(AuthStore);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(inboxQueryFrom)), { requireSync: true });
  protected readonly view = signal<InboxView>({ status: 'loading' });
  private readonly retries = signal(0);
  private readonly sessionLocale = computed(() => this.auth.me()?.locale ?? null);
  private loads = 0;

  protected readonly unread = this.store.unread;
  protected readonly items = computed(() => {
    const view = this.view();
    if (view.status !== 'ready') return [];
    const locale = INTL_LOCALES[this.language.active()];
    return view.page.items.map((item) => ({
      ...item,
      when: relativeTime(item.createdAt, view.loadedAt, locale),
      at: formatDateTime(item.createdAt, locale),
    }));
  });
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });
  /** Nothing on the first page: no notifications at all, or none unread when filtered. */
  protected readonly empty = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.items.length === 0 && view.query.page === 1;
  });

  constructor() {
    // A new address, a retry, news from the server (the unread count changed elsewhere) or another language
    // (the server writes the texts in the reader's language) loads the list. The user menu's switch tells
    // the server after switching the page, so the session's language is watched too.
    effect(() => {
      const query = this.query();
      this.retries();
      this.store.changes();
      this.language.active();
      this.sessionLocale();
      untracked(() => void this.load(query));
    });
  }

  protected showUnreadOnly(unreadOnly: boolean): void {
    this.navigate({ page: 1, unreadOnly });
  }

  protected goToPage(page: number): void {
    this.navigate({ ...this.query(), page });
  }

  protected retry(): void {
    this.retries.update((retries) => retries + 1);
  }

  /** Kept in the list once read, also when showing unread only: it should not jump away under the pointer. */
  protected async markRead(item: NotificationResponse): Promise<void> {
    try {
      const read = await this.store.markRead(item);
      this.view.update((view) =>
        view.status === 'ready'
          ? { ...view, page: { ...view.page, items: view.page.items.map((each) => (each.id === read.id ? read : each)) } }
          : view,
      );
    } catch {
      // the interceptor has said what went wrong
    }
  }

  protected async markAllRead(): Promise<void> {
    try {
      await this.store.markAllRead();
    } catch {
      return;
    }
    this.snackBar.open(
      this.transloco.translate('notifications.inbox.allMarkedRead'),
      this.transloco.translate('errors.dismiss'),
      { duration: 5000 },
    );
    await this.load(this.query());
  }

  private async load(query: InboxQuery): Promise<void> {
    const load = ++this.loads;
    const current = this.view();
    // A refresh of the same view keeps showing it; a different one starts from "loading".
    if (current.status !== 'ready' || !sameInboxQuery(current.query, query)) this.view.set({ status: 'loading' });
    try {
      const page = await firstValueFrom(this.api.list(query.page, INBOX_PAGE_SIZE, query.unreadOnly));
      if (load === this.loads) this.view.set({ status: 'ready', query, page, loadedAt: new Date() });
    } catch {
      if (load === this.loads) this.view.set({ status: 'failed' });
    }
  }

  private navigate(query: InboxQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: inboxQueryParams(query) });
  }
}
