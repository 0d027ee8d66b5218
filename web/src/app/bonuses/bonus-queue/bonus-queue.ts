import { BreakpointObserver } from '@angular/cdk/layout';
import { NgTemplateOutlet } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ApproveBonusDto, BonusListResponse, BonusResponse, MoneyTotal } from '@referrals/contracts';
import { BONUS_STATES, FORFEITABLE_BONUS_STATES, type BonusState } from '@referrals/domain';
import { catchError, filter, map, of, startWith, Subject, switchMap, type Observable } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { isProblemCode, problemMessageKey } from '../../core/http/problem-message';
import { MoneyPipe } from '../../shared/format/money-pipe';
import { VacanciesApi } from '../../vacancies/vacancies-api';
import {
  ApproveDialog,
  type ApproveConfirmation,
  type ApproveDialogData,
} from '../approve-dialog/approve-dialog';
import { decisionProblemOf, summariseBulk, type BudgetExceeded } from '../bonus-problem';
import { bonusQueryFrom, bonusQueryParams, type BonusQuery } from '../bonus-query';
import { BonusStateChip } from '../bonus-state-chip/bonus-state-chip';
import { BonusesApi } from '../bonuses-api';
import {
  BudgetOverrideDialog,
  type BudgetOverrideConfirmation,
  type BudgetOverrideDialogData,
} from '../budget-override-dialog/budget-override-dialog';
import { CalendarDatePipe } from '../calendar-date-pipe';
import { countKey } from '../count-key';
import { HireLeftDialog, type HireLeftConfirmation, type HireLeftDialogData } from '../hire-left-dialog/hire-left-dialog';
import { RejectDialog, type RejectConfirmation, type RejectDialogData } from '../reject-dialog/reject-dialog';
import { isConfirmation } from '../dialog-result';
import { todayDateOnly } from '../today';

type QueueView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; list: BonusListResponse };

/** Who a bulk answer was about, by name, so refusals read as people and not ids. */
interface BulkOutcomeView {
  readonly approved: number;
  readonly overBudget: readonly BonusResponse[];
  readonly refused: readonly { bonus: BonusResponse | null; bonusId: string; messageKey: string }[];
  readonly comment: string | undefined;
}

const PHONE_QUERY = '(max-width: 760px)';
const DIALOG_SIZE = { width: '34rem', maxWidth: 'calc(100vw - 2rem)' } as const;
/** Refusals a bulk answer can carry that this screen words itself. */
const BULK_REFUSALS = ['forbidden', 'conflict', 'not_found', 'budget_exceeded'];

/** Sums amounts per currency, for the selection's line. */
function totalsOf(bonuses: readonly BonusResponse[]): MoneyTotal[] {
  const totals = new Map<string, MoneyTotal>();
  for (const bonus of bonuses) {
    const total = totals.get(bonus.currency) ?? { currency: bonus.currency, amountMinor: 0, count: 0 };
    totals.set(bonus.currency, { currency: bonus.currency, amountMinor: total.amountMinor + bonus.amountMinor, count: total.count + 1 });
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** HR's bonus queue: eligible bonuses by default, filters in the address, decisions one by one or for a selection. */
@Component({
  selector: 'app-bonus-queue',
  imports: [
    BonusStateChip,
    CalendarDatePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MoneyPipe,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './bonus-queue.html',
  styleUrl: './bonus-queue.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BonusQueue {
  private readonly api = inject(BonusesApi);
  private readonly vacancies = inject(VacanciesApi);
  private readonly auth = inject(AuthStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly breakpoints = inject(BreakpointObserver);
  private readonly reloads = new Subject<void>();
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly states = BONUS_STATES;
  protected readonly countKey = countKey;
  protected readonly filters = new FormGroup({
    state: new FormControl<BonusState | 'all'>('eligible', { nonNullable: true }),
    department: new FormControl('', { nonNullable: true }),
    q: new FormControl('', { nonNullable: true }),
  });

  protected readonly phone = toSignal(this.breakpoints.observe(PHONE_QUERY).pipe(map((state) => state.matches)), {
    initialValue: this.breakpoints.isMatched(PHONE_QUERY),
  });
  protected readonly canRecordLeavers = computed(() => this.auth.can('correctHires'));

  private readonly query$ = this.route.queryParamMap.pipe(map(bonusQueryFrom));
  protected readonly query = toSignal(this.query$, { requireSync: true });
  /** A new query shows the loading state; a reload after a decision keeps the rows until the answer is in. */
  protected readonly view = toSignal(
    this.query$.pipe(
      switchMap((query) =>
        this.reloads.pipe(
          startWith(undefined),
          switchMap((_, index) => {
            const request = this.api.list(query).pipe(
              map((list): QueueView => ({ status: 'ready', list })),
              catchError(() => of<QueueView>({ status: 'failed' })),
            );
            return index === 0 ? request.pipe(startWith<QueueView>({ status: 'loading' })) : request;
          }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as QueueView },
  );
  private readonly facets = toSignal(this.vacancies.facets().pipe(catchError(() => of(null))), { initialValue: null });
  protected readonly departments = computed(() => {
    const known = this.facets()?.departments ?? [];
    const chosen = this.query().department;
    return chosen && !known.includes(chosen) ? [...known, chosen].sort((a, b) => a.localeCompare(b)) : known;
  });

  protected readonly bonuses = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.list.items : [];
  });
  protected readonly totals = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.list.totals : [];
  });
  protected readonly matching = computed(() => this.totals().reduce((count, total) => count + total.count, 0));
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.list.hasMore;
  });
  protected readonly filtered = computed(() => {
    const { state, department, q } = this.query();
    return state !== 'eligible' || department !== '' || q !== '';
  });

  /** Ids of the chosen rows; only bonuses the viewer may decide on can be chosen. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  /** Bonuses with a request under way; their buttons wait. */
  protected readonly busy = signal<ReadonlySet<string>>(new Set());
  protected readonly bulkBusy = signal(false);
  protected readonly bulkOutcome = signal<BulkOutcomeView | null>(null);

  protected readonly selectable = computed(() => this.bonuses().filter((bonus) => bonus.canDecide));
  protected readonly selection = computed(() => this.selectable().filter((bonus) => this.selected().has(bonus.id)));
  protected readonly selectionTotals = computed(() => totalsOf(this.selection()));
  protected readonly allSelected = computed(() => this.selectable().length > 0 && this.selection().length === this.selectable().length);
  protected readonly someSelected = computed(() => this.selection().length > 0 && !this.allSelected());

  constructor() {
    // Keep the filter fields in step with the address, also on back/forward; a new view starts unselected.
    effect(() => {
      const { state, department, q } = this.query();
      this.filters.setValue({ state: state ?? 'all', department, q }, { emitEvent: false });
      this.selected.set(new Set());
    });
  }

  protected applyFilters(): void {
    const { state, department, q } = this.filters.getRawValue();
    this.navigate({ page: 1, state: state === 'all' ? null : state, department, q });
  }

  protected clearFilters(): void {
    this.navigate({ page: 1, state: 'eligible', department: '', q: '' });
  }

  protected goToPage(page: number): void {
    this.navigate({ ...this.query(), page });
  }

  protected retry(): void {
    this.reloads.next();
  }

  protected isSelected(bonus: BonusResponse): boolean {
    return this.selected().has(bonus.id);
  }

  protected isBusy(bonus: BonusResponse): boolean {
    return this.bulkBusy() || this.busy().has(bonus.id);
  }

  protected toggle(bonus: BonusResponse, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(bonus.id);
    else next.delete(bonus.id);
    this.selected.set(next);
  }

  protected toggleAll(checked: boolean): void {
    this.selected.set(new Set(checked ? this.selectable().map((bonus) => bonus.id) : []));
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  protected canRecordLeft(bonus: BonusResponse): boolean {
    return this.canRecordLeavers() && FORFEITABLE_BONUS_STATES.includes(bonus.state);
  }

  protected approve(bonus: BonusResponse): void {
    const data: ApproveDialogData = {
      kind: 'one',
      candidateName: bonus.candidateName,
      referrerName: bonus.beneficiary.displayName,
      part: bonus.part,
      amountMinor: bonus.amountMinor,
      currency: bonus.currency,
    };
    this.dialog
      .open<ApproveDialog, ApproveDialogData, ApproveConfirmation>(ApproveDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .pipe(filter(isConfirmation), takeUntilDestroyed(this.destroyRef))
      .subscribe(({ comment }) => this.sendApproval(bonus, { comment }));
  }

  protected reject(bonus: BonusResponse): void {
    const data: RejectDialogData = { candidateName: bonus.candidateName, referrerName: bonus.beneficiary.displayName };
    this.dialog
      .open<RejectDialog, RejectDialogData, RejectConfirmation>(RejectDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .pipe(filter(isConfirmation), takeUntilDestroyed(this.destroyRef))
      .subscribe(({ comment }) =>
        this.decide(bonus, this.api.reject(bonus.id, { comment }), 'bonuses.reject.done', () => undefined),
      );
  }

  protected recordLeft(bonus: BonusResponse): void {
    const data: HireLeftDialogData = {
      candidateName: bonus.candidateName,
      startDate: bonus.hire.startDate,
      probationEndsOn: bonus.hire.probationEndsOn,
      today: todayDateOnly(),
    };
    this.dialog
      .open<HireLeftDialog, HireLeftDialogData, HireLeftConfirmation>(HireLeftDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .pipe(filter(isConfirmation), takeUntilDestroyed(this.destroyRef))
      .subscribe((body) => this.decide(bonus, this.api.recordHireLeft(bonus.hire.id, body), 'bonuses.hireLeft.done', () => undefined));
  }

  protected approveSelection(): void {
    const chosen = this.selection();
    if (chosen.length === 0) return;
    const data: ApproveDialogData = { kind: 'many', count: chosen.length, totals: totalsOf(chosen) };
    this.dialog
      .open<ApproveDialog, ApproveDialogData, ApproveConfirmation>(ApproveDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .pipe(filter(isConfirmation), takeUntilDestroyed(this.destroyRef))
      .subscribe(({ comment }) => this.sendBulk(chosen, { comment }));
  }

  /** The bonuses a bulk approval left out for the budget, approved again with one override reason. */
  protected overrideBulk(outcome: BulkOutcomeView): void {
    const data: BudgetOverrideDialogData = { kind: 'many', count: outcome.overBudget.length };
    this.dialog
      .open<BudgetOverrideDialog, BudgetOverrideDialogData, BudgetOverrideConfirmation>(BudgetOverrideDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .pipe(filter(isConfirmation), takeUntilDestroyed(this.destroyRef))
      .subscribe(({ reason }) => this.sendBulk(outcome.overBudget, { comment: outcome.comment, budgetOverrideReason: reason }));
  }

  protected dismissOutcome(): void {
    this.bulkOutcome.set(null);
  }

  private sendApproval(bonus: BonusResponse, body: ApproveBonusDto): void {
    this.decide(bonus, this.api.approve(bonus.id, body), 'bonuses.approve.done', (budget) =>
      this.askOverride(budget, (reason) => this.sendApproval(bonus, { ...body, budgetOverrideReason: reason })),
    );
  }

  private askOverride(budget: BudgetExceeded | null, then: (reason: string) => void): void {
    const data: BudgetOverrideDialogData = { kind: 'one', budget };
    this.dialog
      .open<BudgetOverrideDialog, BudgetOverrideDialogData, BudgetOverrideConfirmation>(BudgetOverrideDialog, { ...DIALOG_SIZE, data })
      .afterClosed()
      .pipe(filter(isConfirmation), takeUntilDestroyed(this.destroyRef))
      .subscribe(({ reason }) => then(reason));
  }

  /** Sends one decision; a refusal is explained by its code, and anything stale reloads the list. */
  private decide(
    bonus: BonusResponse,
    request: Observable<unknown>,
    doneKey: string,
    overBudget: (budget: BudgetExceeded | null) => void,
  ): void {
    this.setBusy(bonus.id, true);
    request.pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: () => {
        this.setBusy(bonus.id, false);
        this.notify(doneKey, { candidate: bonus.candidateName, referrer: bonus.beneficiary.displayName });
        this.reloadAndFocus();
      },
      error: (error: unknown) => {
        this.setBusy(bonus.id, false);
        const body = error instanceof HttpErrorResponse ? error.error : null;
        const problem = decisionProblemOf(body);
        if (problem.kind === 'budget') {
          overBudget(problem.budget);
          return;
        }
        if (problem.kind === 'fourEyes') this.notify('bonuses.refusals.forbidden');
        else if (problem.kind === 'stale') this.notify('bonuses.refusals.conflict');
        else this.notify(problemMessageKey(error instanceof HttpErrorResponse ? error.status : 0, body));
        this.reloadAndFocus();
      },
    });
  }

  private sendBulk(chosen: readonly BonusResponse[], body: ApproveBonusDto): void {
    const byId = new Map(chosen.map((bonus) => [bonus.id, bonus]));
    this.bulkBusy.set(true);
    this.api
      .approveMany({ ...body, bonusIds: chosen.map((bonus) => bonus.id) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ results }) => {
          this.bulkBusy.set(false);
          const summary = summariseBulk(results);
          this.bulkOutcome.set({
            approved: summary.approved,
            overBudget: summary.overBudget.map((id) => byId.get(id)).filter((bonus): bonus is BonusResponse => !!bonus),
            refused: summary.refused.map(({ bonusId, code }) => ({
              bonusId,
              bonus: byId.get(bonusId) ?? null,
              messageKey: BULK_REFUSALS.includes(code) ? `bonuses.refusals.${code}` : isProblemCode(code) ? `errors.${code}` : 'errors.unknown',
            })),
            comment: body.comment,
          });
          this.selected.set(new Set());
          this.reloadAndFocus();
        },
        // The interceptor said why; the list may have moved on meanwhile.
        error: () => {
          this.bulkBusy.set(false);
          this.reloads.next();
        },
      });
  }

  private setBusy(id: string, busy: boolean): void {
    const next = new Set(this.busy());
    if (busy) next.add(id);
    else next.delete(id);
    this.busy.set(next);
  }

  private notify(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.transloco.translate(key, params), this.transloco.translate('errors.dismiss'), { duration: 6000 });
  }

  /** The decided row leaves the queue: focus goes to the queue's heading rather than to the page's end. */
  private reloadAndFocus(): void {
    this.reloads.next();
    afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
  }

  private navigate(query: Pick<BonusQuery, 'page' | 'state' | 'department' | 'q'>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: bonusQueryParams(query) });
  }
}
