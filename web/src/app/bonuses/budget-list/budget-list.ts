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
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormRecord, ReactiveFormsModule, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { BudgetDto, BudgetResponse } from '@referrals/contracts';
import { quarterDays } from '@referrals/domain';
import { catchError, map, of, startWith, Subject, switchMap } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { MoneyPipe } from '../../shared/format/money-pipe';
import { BonusesApi } from '../bonuses-api';
import { budgetInputValue, MAX_BUDGET_MINOR, parseBudgetInput } from '../budget-amount';
import { budgetProgress, type BudgetProgress } from '../budget-progress';
import { CalendarDatePipe } from '../calendar-date-pipe';
import { countKey } from '../count-key';
import { isQuarter, quarterOfDate, shiftQuarter } from '../quarter';
import { QuarterPipe } from '../quarter-pipe';

type BudgetsView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; budgets: BudgetResponse[] };

export interface BudgetRow {
  readonly budget: BudgetResponse;
  readonly progress: BudgetProgress | null;
  /** Committed but neither waiting for payroll nor paid: in a payroll batch. */
  readonly exportedMinor: number;
  readonly control: FormControl<string>;
}

function budgetValidator(currency: string) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const parsed = parseBudgetInput(control.value, currency);
    if (parsed.kind === 'invalid') return { amount: true };
    if (parsed.kind === 'tooLarge') return { amountMax: true };
    return null;
  };
}

/** Quarterly bonus budgets per department, edited in place, with what is committed, paid and still expected. */
@Component({
  selector: 'app-budget-list',
  imports: [
    CalendarDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MoneyPipe,
    QuarterPipe,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './budget-list.html',
  styleUrl: './budget-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetList {
  private readonly api = inject(BonusesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly reloads = new Subject<void>();
  private readonly firstInvalid = viewChild<ElementRef<HTMLFormElement>>('budgetForm');

  protected readonly currentQuarter = quarterOfDate(new Date());
  protected readonly maxBudgetMinor = MAX_BUDGET_MINOR;
  private readonly quarter$ = this.route.queryParamMap.pipe(
    map((params) => {
      const quarter = params.get('quarter');
      return isQuarter(quarter) ? quarter : this.currentQuarter;
    }),
  );
  protected readonly quarter = toSignal(this.quarter$, { requireSync: true });
  protected readonly days = computed(() => quarterDays(this.quarter()));

  /** The last answer of the API, replaced by what a save returns. */
  private readonly saved = signal<BudgetResponse[] | null>(null);
  private readonly loaded = toSignal(
    this.quarter$.pipe(
      switchMap((quarter) =>
        this.reloads.pipe(
          startWith(undefined),
          switchMap(() =>
            this.api.budgets(quarter).pipe(
              map((budgets): BudgetsView => ({ status: 'ready', budgets })),
              catchError(() => of<BudgetsView>({ status: 'failed' })),
              startWith<BudgetsView>({ status: 'loading' }),
            ),
          ),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as BudgetsView },
  );
  protected readonly view = computed((): BudgetsView => {
    const loaded = this.loaded();
    const saved = this.saved();
    return loaded.status === 'ready' && saved ? { status: 'ready', budgets: saved } : loaded;
  });

  protected readonly form = new FormRecord<FormControl<string>>({});
  protected readonly saving = signal(false);
  /** One line per department, with its field; rebuilt when an answer comes in, not on every keystroke. */
  protected readonly rows = signal<BudgetRow[]>([]);

  constructor() {
    effect(() => {
      const view = this.view();
      untracked(() => this.rows.set(view.status === 'ready' ? this.buildRows(view.budgets) : []));
    });
  }

  protected goToQuarter(steps: number): void {
    this.show(shiftQuarter(this.quarter(), steps));
  }

  protected goToCurrentQuarter(): void {
    this.show(this.currentQuarter);
  }

  protected retry(): void {
    this.saved.set(null);
    this.reloads.next();
  }

  /** Only the fields that changed are sent; an emptied field removes the budget. */
  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      afterNextRender(() => this.firstInvalid()?.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus(), {
        injector: this.injector,
      });
      return;
    }
    const changes = this.changes();
    if (changes.length === 0) {
      this.notify('bonuses.budgets.nothingChanged');
      return;
    }
    this.saving.set(true);
    this.api
      .saveBudgets(changes)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (budgets) => {
          this.saving.set(false);
          this.saved.set(budgets);
          this.notify(countKey('bonuses.budgets.saved', changes.length), { count: changes.length });
        },
        // The interceptor said why; what was typed stays for another try.
        error: () => this.saving.set(false),
      });
  }

  /** Back to the saved budgets, dropping what was typed. */
  protected reset(): void {
    const view = this.view();
    if (view.status === 'ready') this.rows.set(this.buildRows(view.budgets));
  }

  protected errorKey(control: FormControl<string>): string | null {
    if (control.hasError('amount')) return 'bonuses.budgets.errors.amount';
    if (control.hasError('amountMax')) return 'bonuses.budgets.errors.amountMax';
    return null;
  }

  private buildRows(budgets: readonly BudgetResponse[]): BudgetRow[] {
    const separator = this.language.active() === 'nl' ? ',' : '.';
    for (const name of Object.keys(this.form.controls)) this.form.removeControl(name, { emitEvent: false });
    return budgets.map((budget) => {
      const control = new FormControl(budgetInputValue(budget.budgetMinor, budget.currency, separator), {
        nonNullable: true,
        validators: budgetValidator(budget.currency),
      });
      this.form.addControl(budget.department, control, { emitEvent: false });
      return {
        budget,
        progress: budgetProgress(budget),
        exportedMinor: Math.max(0, budget.committedMinor - budget.approvedMinor - budget.paidMinor),
        control,
      };
    });
  }

  private changes(): BudgetDto[] {
    return this.rows().flatMap(({ budget, control }) => {
      const parsed = parseBudgetInput(control.value, budget.currency);
      const amountMinor = parsed.kind === 'amount' ? parsed.amountMinor : null;
      if (parsed.kind !== 'amount' && parsed.kind !== 'none') return [];
      if (amountMinor === budget.budgetMinor) return [];
      return [{ department: budget.department, quarter: budget.quarter, amountMinor, currency: budget.currency }];
    });
  }

  private show(quarter: string): void {
    this.saved.set(null);
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { quarter: quarter === this.currentQuarter ? null : quarter },
    });
  }

  private notify(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.transloco.translate(key, params), this.transloco.translate('errors.dismiss'), { duration: 5000 });
  }
}
