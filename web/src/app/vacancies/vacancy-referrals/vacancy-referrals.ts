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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { VacancyReferralResponse } from '@referrals/contracts';
import type { Subscription } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { formatDate, INTL_LOCALES } from '../../core/i18n/locale-format';
import { formatFileSize } from '../../shared/format/file-size';
import { referralCvUrl, VacanciesApi } from '../vacancies-api';

type Status = 'loading' | 'ready' | 'failed' | 'hidden';

/**
 * The referrals of one vacancy for recruiting and HR. A hiring manager of another vacancy gets 403 from the
 * API; the section then simply is not there, as it would not be for an employee.
 */
@Component({
  selector: 'app-vacancy-referrals',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe],
  templateUrl: './vacancy-referrals.html',
  styleUrl: './vacancy-referrals.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VacancyReferrals {
  private readonly api = inject(VacanciesApi);
  private readonly language = inject(Language);
  private loading?: Subscription;

  /** The vacancy, or null for the general referrals. */
  readonly vacancyId = input.required<string | null>();

  protected readonly status = signal<Status>('loading');
  protected readonly referrals = signal<VacancyReferralResponse[]>([]);
  protected readonly hasMore = signal(false);
  private readonly page = signal(1);

  private readonly locale = computed(() => INTL_LOCALES[this.language.active()]);
  protected readonly rows = computed(() =>
    this.referrals().map((referral) => ({
      ...referral,
      submitted: formatDate(referral.submittedAt, this.locale()),
      cvUrl: referralCvUrl(referral.id),
      cvSize: referral.cv ? formatFileSize(referral.cv.sizeBytes, this.locale()) : '',
    })),
  );

  constructor() {
    effect(() => {
      const vacancyId = this.vacancyId();
      untracked(() => this.load(vacancyId, 1));
    });
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  protected more(): void {
    this.load(this.vacancyId(), this.page() + 1);
  }

  protected retry(): void {
    this.load(this.vacancyId(), this.referrals().length === 0 ? 1 : this.page() + 1);
  }

  private load(vacancyId: string | null, page: number): void {
    this.loading?.unsubscribe();
    this.status.set('loading');
    if (page === 1) this.referrals.set([]);
    this.loading = this.api.referrals(vacancyId, page).subscribe({
      next: (result) => {
        this.referrals.update((shown) => (page === 1 ? result.items : [...shown, ...result.items]));
        this.page.set(page);
        this.hasMore.set(result.hasMore);
        this.status.set('ready');
      },
      error: (error: unknown) =>
        this.status.set(error instanceof HttpErrorResponse && error.status === 403 ? 'hidden' : 'failed'),
    });
  }
}
