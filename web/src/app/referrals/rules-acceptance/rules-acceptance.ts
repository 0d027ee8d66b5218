import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { CurrentProgrammeResponse } from '@referrals/contracts';
import { finalize } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { INTL_LOCALES } from '../../core/i18n/locale-format';
import { formatFileSize } from '../../shared/format/file-size';
import { ProgrammeAcceptanceApi } from '../programme-acceptance-api';

/** The step before a first referral, and again after each new version of the rules: read, tick, accept. */
@Component({
  selector: 'app-rules-acceptance',
  imports: [MatButtonModule, MatCheckboxModule, ReactiveFormsModule, RouterLink, TranslocoPipe],
  templateUrl: './rules-acceptance.html',
  styleUrl: './rules-acceptance.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RulesAcceptance {
  private readonly api = inject(ProgrammeAcceptanceApi);
  private readonly language = inject(Language);
  private readonly destroyRef = inject(DestroyRef);

  readonly programme = input.required<CurrentProgrammeResponse>();
  /** Emits the moment of acceptance once the API recorded it. */
  readonly accepted = output<string>();

  protected readonly agree = new FormControl(false, { nonNullable: true, validators: Validators.requiredTrue });
  protected readonly accepting = signal(false);
  protected readonly limits = computed(() => {
    const { limits } = this.programme();
    return { ...limits, cvMaxSize: formatFileSize(limits.cvMaxBytes, INTL_LOCALES[this.language.active()]) };
  });

  protected accept(): void {
    this.agree.markAsTouched();
    if (this.agree.invalid || this.accepting()) return;
    this.accepting.set(true);
    this.api
      .accept(this.programme().version)
      .pipe(
        finalize(() => this.accepting.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      // A failure is reported by the error toast; the step simply stays.
      .subscribe({ next: ({ acceptedAt }) => this.accepted.emit(acceptedAt), error: () => undefined });
  }
}
