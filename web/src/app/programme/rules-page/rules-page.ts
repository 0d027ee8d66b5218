import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CurrentProgrammeResponse } from '@referrals/contracts';
import { finalize } from 'rxjs';
import { problemMessageKey } from '../../core/http/problem-message';
import { ProblemNotifier } from '../../core/http/problem-notifier';
import { Language } from '../../core/i18n/language';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { ProgrammeApi } from '../programme-api';
import { ProgrammeDocument } from '../programme-document/programme-document';
import { documentFor } from '../programme-language';
import { ProgrammeLimits } from '../programme-limits/programme-limits';

type RulesView =
  | { status: 'loading' }
  | { status: 'failed' }
  /** HR has not published any rules yet. */
  | { status: 'none' }
  | { status: 'ready'; programme: CurrentProgrammeResponse };

/** The programme rules and FAQ for every employee, and their acceptance of the current version. */
@Component({
  selector: 'app-rules-page',
  imports: [
    LocalDateTimePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    ProgrammeDocument,
    ProgrammeLimits,
    TranslocoPipe,
  ],
  templateUrl: './rules-page.html',
  styleUrl: './rules-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RulesPage {
  private readonly api = inject(ProgrammeApi);
  private readonly language = inject(Language);
  private readonly notifier = inject(ProblemNotifier);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly view = signal<RulesView>({ status: 'loading' });
  protected readonly accepting = signal(false);

  protected readonly programme = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.programme : null;
  });
  protected readonly rules = computed(() => {
    const programme = this.programme();
    return programme ? documentFor(programme.rules, this.language.active()) : null;
  });
  protected readonly faq = computed(() => {
    const programme = this.programme();
    return programme ? documentFor(programme.faq, this.language.active()) : null;
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.view.set({ status: 'loading' });
    this.api
      .current()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (programme) => this.view.set({ status: 'ready', programme }),
        error: (error: unknown) =>
          this.view.set({
            status: error instanceof HttpErrorResponse && error.status === 404 ? 'none' : 'failed',
          }),
      });
  }

  protected accept(): void {
    const programme = this.programme();
    if (!programme || this.accepting()) return;
    this.accepting.set(true);
    this.api
      .accept(programme.version)
      .pipe(
        finalize(() => this.accepting.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: ({ version, acceptedAt }) => {
          // The answer names the version accepted; only that version's page changes.
          const current = this.programme();
          if (current?.version === version) {
            this.view.set({ status: 'ready', programme: { ...current, acceptedAt } });
          }
        },
        error: (error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 409) {
            // HR published a newer version while this one was open: show that one, to be read and accepted.
            this.snackBar.open(this.transloco.translate('rules.newerVersion'), this.transloco.translate('errors.dismiss'), {
              duration: 8000,
              politeness: 'assertive',
            });
            this.load();
          } else {
            this.notifier.show(
              error instanceof HttpErrorResponse ? problemMessageKey(error.status, error.error) : 'errors.unknown',
            );
          }
        },
      });
  }
}
