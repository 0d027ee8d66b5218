import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DisputeCaseResponse, Page } from '@referrals/contracts';
import { BehaviorSubject, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { DisputeCase } from '../dispute-case/dispute-case';
import {
  DISPUTE_FILTERS,
  DISPUTE_PAGE_SIZE,
  disputeQueryFrom,
  disputeQueryParams,
  openFirst,
  statusOf,
  type DisputeDeskQuery,
  type DisputeFilter,
} from '../dispute-query';
import { DisputesApi } from '../disputes-api';

type DeskView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; page: Page<DisputeCaseResponse> };

/** HR's credit-dispute desk: the claims, filtered by status, each opening to both sides and the decision. */
@Component({
  selector: 'app-dispute-desk',
  imports: [
    DisputeCase,
    LocalDateTimePipe,
    MatButtonModule,
    MatButtonToggleModule,
    MatExpansionModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  templateUrl: './dispute-desk.html',
  styleUrl: './dispute-desk.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DisputeDesk {
  private readonly api = inject(DisputesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly reloads = new BehaviorSubject<void>(undefined);

  protected readonly filters = DISPUTE_FILTERS;
  private readonly query$ = this.route.queryParamMap.pipe(map(disputeQueryFrom));
  protected readonly query = toSignal(this.query$, { requireSync: true });
  protected readonly view = toSignal(
    combineLatest([this.query$, this.reloads]).pipe(
      switchMap(([query]) =>
        this.api.list({ status: statusOf(query.filter), page: query.page, pageSize: DISPUTE_PAGE_SIZE }).pipe(
          map((page): DeskView => ({ status: 'ready', page })),
          catchError(() => of<DeskView>({ status: 'failed' })),
          startWith<DeskView>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as DeskView },
  );
  /** Cases decided on this page since it loaded, shown decided until the list is loaded again. */
  private readonly decidedHere = signal<ReadonlyMap<string, DisputeCaseResponse>>(new Map());

  protected readonly cases = computed(() => {
    const view = this.view();
    if (view.status !== 'ready') return [];
    const decided = this.decidedHere();
    return openFirst(view.page.items.map((item) => decided.get(item.id) ?? item));
  });
  protected readonly hasPrevious = computed(() => this.query().page > 1);
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });

  protected filterBy(filter: DisputeFilter): void {
    this.navigate({ filter, page: 1 });
  }

  protected goToPage(page: number): void {
    this.navigate({ filter: this.query().filter, page });
  }

  protected onDecided(decided: DisputeCaseResponse): void {
    this.decidedHere.update((cases) => new Map(cases).set(decided.id, decided));
  }

  protected reload(): void {
    this.decidedHere.set(new Map());
    this.reloads.next();
  }

  private navigate(query: DisputeDeskQuery): void {
    this.decidedHere.set(new Map());
    void this.router.navigate([], { relativeTo: this.route, queryParams: disputeQueryParams(query) });
  }
}
