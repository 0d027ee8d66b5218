import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isProblemDetails, type VacancyResponse } from '@referrals/contracts';
import { acceptsReferrals, atHireShareMinor, type VacancyStatus } from '@referrals/domain';
import { filter, type Subscription } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { Language } from '../../core/i18n/language';
import { formatDate, INTL_LOCALES } from '../../core/i18n/locale-format';
import { BonusPipe } from '../bonus-pipe';
import { ConfirmCloseDialog, type ConfirmCloseData } from '../confirm-close-dialog/confirm-close-dialog';
import { VacanciesApi } from '../vacancies-api';
import { VacancyReferrals } from '../vacancy-referrals/vacancy-referrals';
import { vacancyStatusActions, type VacancyStatusAction } from '../vacancy-status-actions';

type View =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'notFound' }
  | { status: 'ready'; vacancy: VacancyResponse };

/** The current state a 409 answer carries, so the page can show it without asking again. */
function currentFromConflict(error: HttpErrorResponse): VacancyResponse | null {
  const body: unknown = error.error;
  if (!isProblemDetails(body)) return null;
  const current = (body as { current?: VacancyResponse }).current;
  return current && typeof current.id === 'string' ? current : null;
}

@Component({
  selector: 'app-vacancy-detail',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    BonusPipe,
    RouterLink,
    TranslocoPipe,
    VacancyReferrals,
  ],
  templateUrl: './vacancy-detail.html',
  styleUrl: './vacancy-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VacancyDetail {
  private readonly api = inject(VacanciesApi);
  private readonly auth = inject(AuthStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);
  private loading?: Subscription;

  /** Bound from the route parameter. */
  readonly id = input.required<string>();

  protected readonly view = signal<View>({ status: 'loading' });
  protected readonly changing = signal(false);
  /** Why the page reloaded after a refused status change, shown above the actions. */
  protected readonly notice = signal<string | null>(null);

  protected readonly canManage = computed(() => this.auth.can('manageVacancies'));
  protected readonly canSeeReferrals = computed(() => this.auth.can('viewCandidates'));
  /** Step names are recruiting's own words: shown to the people who run or follow the hiring, not to referrers. */
  protected readonly canSeeSteps = computed(
    () => this.auth.can('manageVacancies') || this.auth.can('runPipeline') || this.auth.can('viewCandidates'),
  );
  /** The board lives in the Pipeline area, which only its own users can open. */
  protected readonly canOpenBoard = computed(() => this.auth.can('runPipeline'));
  protected readonly vacancy = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.vacancy : null;
  });
  protected readonly canRefer = computed(() => {
    const vacancy = this.vacancy();
    return !!vacancy && acceptsReferrals(vacancy.status) && this.auth.can('referCandidates');
  });
  protected readonly actions = computed(() => {
    const vacancy = this.vacancy();
    return vacancy && this.canManage() ? vacancyStatusActions(vacancy.status) : [];
  });
  protected readonly probationKey = computed(() => {
    const months = this.vacancy()?.probationMonths ?? 0;
    return months === 0
      ? 'vacancies.detail.probationNone'
      : months === 1
        ? 'vacancies.detail.probationOne'
        : 'vacancies.detail.probationMany';
  });
  /** A bonus split between the start and the end of probation; null when it is all paid after probation. */
  protected readonly split = computed(() => {
    const vacancy = this.vacancy();
    const percent = vacancy?.bonusAtHirePercent ?? 0;
    if (!vacancy || percent <= 0) return null;
    const atHireMinor = atHireShareMinor(vacancy.bonusAmountMinor, percent);
    return { percent, atHireMinor, restMinor: vacancy.bonusAmountMinor - atHireMinor };
  });
  protected readonly publishedOn = computed(() => {
    const openedAt = this.vacancy()?.openedAt;
    return openedAt ? formatDate(openedAt, INTL_LOCALES[this.language.active()]) : null;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  protected retry(): void {
    this.load(this.id());
  }

  protected changeStatus(action: VacancyStatusAction): void {
    const vacancy = this.vacancy();
    if (!vacancy || this.changing()) return;
    if (action.to === 'closed_filled' || action.to === 'closed_cancelled') {
      const data: ConfirmCloseData = {
        to: action.to,
        vacancyTitle: vacancy.title,
      };
      this.dialog
        .open<ConfirmCloseDialog, ConfirmCloseData, boolean>(ConfirmCloseDialog, { data, autoFocus: 'first-tabbable' })
        .afterClosed()
        .pipe(filter((confirmed) => confirmed === true))
        .subscribe(() => this.sendStatus(vacancy, action.to));
    } else {
      this.sendStatus(vacancy, action.to);
    }
  }

  private sendStatus(vacancy: VacancyResponse, to: VacancyStatus): void {
    this.changing.set(true);
    this.notice.set(null);
    this.api.changeStatus(vacancy.id, { status: to, version: vacancy.version }).subscribe({
      next: (updated) => {
        this.changing.set(false);
        this.view.set({ status: 'ready', vacancy: updated });
        const status = this.transloco.translate(`vacancies.statuses.${updated.status}`);
        this.snackBar.open(
          this.transloco.translate('vacancies.detail.statusChanged', {
            status,
          }),
          this.transloco.translate('errors.dismiss'),
          {
            duration: 5000,
          },
        );
      },
      error: (error: unknown) => {
        this.changing.set(false);
        this.refused(error);
      },
    });
  }

  /** A stale or impossible move: say so and show the vacancy as it is now. */
  private refused(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) return;
    const code = isProblemDetails(error.error) ? error.error.code : null;
    if (code === 'conflict' || code === 'invalid_transition') {
      this.notice.set(code === 'conflict' ? 'vacancies.detail.conflict' : 'vacancies.detail.invalidTransition');
      const current = code === 'conflict' ? currentFromConflict(error) : null;
      if (current) this.view.set({ status: 'ready', vacancy: current });
      else this.load(this.id(), false);
    }
    // Anything else the interceptor has already announced.
  }

  private load(id: string, showLoading = true): void {
    this.loading?.unsubscribe();
    if (showLoading) {
      this.view.set({ status: 'loading' });
      this.notice.set(null);
    }
    this.loading = this.api.get(id).subscribe({
      next: (vacancy) => this.view.set({ status: 'ready', vacancy }),
      error: (error: unknown) =>
        this.view.set({
          status: error instanceof HttpErrorResponse && error.status === 404 ? 'notFound' : 'failed',
        }),
    });
  }
}
