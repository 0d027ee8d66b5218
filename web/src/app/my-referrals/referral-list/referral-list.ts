import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MyReferralResponse, Page } from '@referrals/contracts';
import { BehaviorSubject, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { ReferralsApi } from '../../referrals/referrals-api';
import { MyClaims } from '../my-claims/my-claims';
import { MyReferralsTabs } from '../my-referrals-tabs/my-referrals-tabs';
import { ReferralStatusChip } from '../referral-status-chip/referral-status-chip';

export const MY_REFERRALS_PAGE_SIZE = 20;

type ListView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; page: Page<MyReferralResponse> };

/** A positive whole page number from the address, 1 otherwise. */
function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

@Component({
  selector: 'app-referral-list',
  imports: [
    LocalDateTimePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MyClaims,
    MyReferralsTabs,
    ReferralStatusChip,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './referral-list.html',
  styleUrl: './referral-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralList {
  private readonly api = inject(ReferralsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly retries = new BehaviorSubject<void>(undefined);

  private readonly auth = inject(AuthStore);

  protected readonly canRefer = computed(() => this.auth.can('referCandidates'));

  private readonly page$ = this.route.queryParamMap.pipe(map((params) => pageFrom(params.get('page'))));
  protected readonly page = toSignal(this.page$, { initialValue: 1 });
  protected readonly view = toSignal(
    combineLatest([this.page$, this.retries]).pipe(
      switchMap(([page]) =>
        this.api.mine(page, MY_REFERRALS_PAGE_SIZE).pipe(
          map((result): ListView => ({ status: 'ready', page: result })),
          catchError(() => of<ListView>({ status: 'failed' })),
          startWith<ListView>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as ListView },
  );
  protected readonly referrals = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.page.items : [];
  });
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });
  /** Nothing referred at all, as opposed to an empty page past the end. */
  protected readonly neverReferred = computed(
    () => this.view().status === 'ready' && this.referrals().length === 0 && this.page() === 1,
  );

  protected retry(): void {
    this.retries.next();
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null } });
  }
}
