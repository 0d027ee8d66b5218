import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DevMailboxEntryResponse, Page } from '@referrals/contracts';
import { BehaviorSubject, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { DevMailboxApi } from '../dev-mailbox-api';

type MailboxView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; page: Page<DevMailboxEntryResponse> };

/** A positive whole page number from the address, 1 otherwise. */
export function mailboxPageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

/** The kept mail, newest first, a page at a time (the page in the address). */
@Component({
  selector: 'app-mailbox-list',
  imports: [LocalDateTimePipe, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  templateUrl: './mailbox-list.html',
  styleUrl: './mailbox-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxList {
  private readonly api = inject(DevMailboxApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  /** True while the page should show it is loading: at first and on a retry; a refresh keeps the list shown. */
  private readonly reloads = new BehaviorSubject<boolean>(true);

  private readonly page$ = this.route.queryParamMap.pipe(map((params) => mailboxPageFrom(params.get('page'))));
  protected readonly page = toSignal(this.page$, { initialValue: 1 });
  protected readonly view = toSignal(
    combineLatest([this.page$, this.reloads]).pipe(
      switchMap(([page, blank]) => {
        const loaded = this.api.list(page).pipe(
          map((result): MailboxView => ({ status: 'ready', page: result })),
          catchError(() => of<MailboxView>({ status: 'failed' })),
        );
        return blank ? loaded.pipe(startWith<MailboxView>({ status: 'loading' })) : loaded;
      }),
    ),
    { initialValue: { status: 'loading' } as MailboxView },
  );
  protected readonly mails = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.page.items : [];
  });
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });

  protected reload(blank = false): void {
    this.reloads.next(blank);
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null } });
  }
}
