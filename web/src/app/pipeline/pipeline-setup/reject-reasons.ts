import { LiveAnnouncer } from '@angular/cdk/a11y';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { BUILT_IN_REJECT_REASONS, isProblemDetails, type RejectReasonResponse } from '@referrals/contracts';
import { finalize } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { PipelineSetupApi } from './pipeline-setup-api';

const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.trim() === '' ? { required: true } : null;

/** The reasons a recruiter picks from when rejecting: built-in ones translated, own ones added here; all can be switched off. */
@Component({
  selector: 'app-reject-reasons',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './reject-reasons.html',
  styleUrl: './reject-reasons.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectReasons {
  private readonly api = inject(PipelineSetupApi);
  private readonly transloco = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly language = inject(Language);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly status = signal<'loading' | 'ready' | 'failed'>('loading');
  protected readonly reasons = signal<RejectReasonResponse[]>([]);
  /** Reasons whose switch is on its way to the API. */
  protected readonly pending = signal<ReadonlySet<string>>(new Set());
  protected readonly adding = signal(false);
  protected readonly label = new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(120)] });
  protected readonly form = new FormGroup({ label: this.label });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.api
      .rejectReasons()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (reasons) => {
          this.reasons.set(reasons);
          this.status.set('ready');
        },
        error: () => this.status.set('failed'),
      });
  }

  /** Built-in reasons in the reader's language; a recruiter's own as they typed it. */
  protected reasonLabel(reason: RejectReasonResponse): string {
    this.language.active(); // re-read on a language switch
    return reason.code && (BUILT_IN_REJECT_REASONS as readonly string[]).includes(reason.code)
      ? this.transloco.translate(`pipelineSetup.rejectReasons.builtIn.${reason.code}`)
      : reason.label;
  }

  protected setActive(reason: RejectReasonResponse, change: MatSlideToggleChange): void {
    this.pending.update((ids) => new Set(ids).add(reason.id));
    this.api
      .setRejectReasonActive(reason.id, change.checked)
      .pipe(
        finalize(() =>
          this.pending.update((ids) => {
            const next = new Set(ids);
            next.delete(reason.id);
            return next;
          }),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.replace(updated);
          const key = updated.active ? 'pipelineSetup.rejectReasons.activated' : 'pipelineSetup.rejectReasons.deactivated';
          this.announcer.announce(this.transloco.translate(key, { name: this.reasonLabel(updated) }));
        },
        // The switch goes back to what is saved; the interceptor has said why.
        error: () => {
          change.source.checked = reason.active;
        },
      });
  }

  protected add(): void {
    this.label.markAsTouched();
    if (this.label.invalid || this.adding()) return;
    this.adding.set(true);
    this.api
      .createRejectReason({ label: this.label.value.trim() })
      .pipe(
        finalize(() => this.adding.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (created) => {
          this.reasons.update((reasons) => [...reasons, created]);
          this.form.reset();
          this.announcer.announce(this.transloco.translate('pipelineSetup.rejectReasons.added', { name: created.label }));
        },
        error: (error: unknown) => {
          if (error instanceof HttpErrorResponse && isProblemDetails(error.error) && error.error.errors?.length) {
            this.label.setErrors({ server: true });
          }
        },
      });
  }

  private replace(updated: RejectReasonResponse): void {
    this.reasons.update((reasons) => reasons.map((reason) => (reason.id === updated.id ? updated : reason)));
  }
}
