import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MyBonusResponse, Page } from '@referrals/contracts';
import { BehaviorSubject, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { BonusStateChip } from '../../bonuses/bonus-state-chip/bonus-state-chip';
import { bonusPartKey, myBonusDateLine } from '../../bonuses/bonus-state';
import { BonusesApi } from '../../bonuses/bonuses-api';
import { CalendarDatePipe } from '../../bonuses/calendar-date-pipe';
import { MoneyPipe } from '../../shared/format/money-pipe';
import { MyReferralsTabs } from '../my-referrals-tabs/my-referrals-tabs';

export const MY_BONUSES_PAGE_SIZE = 20;

type ListView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; page: Page<MyBonusResponse> };

/** A positive whole page number from the address, 1 otherwise. */
function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

/** The employee's own bonuses: amount, where each stands in words they understand, and when to expect the next step. */
@Component({
  selector: 'app-my-bonuses',
  imports: [
    BonusStateChip,
    CalendarDatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MoneyPipe,
    MyReferralsTabs,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './my-bonuses.html',
  styleUrl: './my-bonuses.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyBonuses {
  private readonly api = inject(BonusesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly retries = new BehaviorSubject<void>(undefined);

  private readonly page$ = this.route.queryParamMap.pipe(map((params) => pageFrom(params.get('page'))));
  protected readonly page = toSignal(this.page$, { initialValue: 1 });
  protected readonly view = toSignal(
    combineLatest([this.page$, this.retries]).pipe(
      switchMap(([page]) =>
        this.api.mine(page, MY_BONUSES_PAGE_SIZE).pipe(
          map((result): ListView => ({ status: 'ready', page: result })),
          catchError(() => of<ListView>({ status: 'failed' })),
          startWith<ListView>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as ListView },
  );
  protected readonly bonuses = computed(() => {
    const view = this.view();
    return view.status === 'ready'
      ? view.page.items.map((bonus) => ({ ...bonus, partKey: bonusPartKey(bonus.part), dateLine: myBonusDateLine(bonus) }))
      : [];
  });
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });
  protected readonly none = computed(() => this.view().status === 'ready' && this.bonuses().length === 0 && this.page() === 1);

  protected retry(): void {
    this.retries.next();
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null } });
  }
}
