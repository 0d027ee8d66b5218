import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isProblemDetails, type DisputeCaseResponse, type DisputeOutcome } from '@referrals/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { problemMessageKey } from '../../core/http/problem-message';
import { ProblemNotifier } from '../../core/http/problem-notifier';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { ConfirmDialog, type ConfirmDialogData } from '../confirm-dialog/confirm-dialog';
import { DisputesApi } from '../disputes-api';

const REASON_MIN = 5;
const REASON_MAX = 2000;

/** Why the last decision attempt was refused, when the API said something HR can act on. */
type Refusal = 'alreadyDecided' | 'party' | 'invalid' | null;

/** One credit dispute as HR sees it: both sides, and the decision (to take, or taken). */
@Component({
  selector: 'app-dispute-case',
  imports: [LocalDateTimePipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './dispute-case.html',
  styleUrl: './dispute-case.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DisputeCase {
  private readonly api = inject(DisputesApi);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(ProblemNotifier);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  readonly dispute = input.required<DisputeCaseResponse>();
  /** The case as decided, to replace it in the list. */
  readonly decided = output<DisputeCaseResponse>();
  /** HR asked to see the list as it is now, after someone else decided this case first. */
  readonly reloadRequested = output<void>();

  protected readonly reasonLimits = { min: REASON_MIN, max: REASON_MAX };
  protected readonly form = new FormGroup({
    outcome: new FormControl<DisputeOutcome | null>(null, { validators: [Validators.required] }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(REASON_MIN), Validators.maxLength(REASON_MAX)],
    }),
  });
  protected readonly deciding = signal(false);
  protected readonly refusal = signal<Refusal>(null);

  private readonly formEvent = toSignal(this.form.events);
  protected readonly invalid = computed(() => {
    this.formEvent();
    const { outcome, reason } = this.form.controls;
    return { outcome: outcome.invalid && outcome.touched, reason: reason.invalid && reason.touched };
  });

  /** Ids for labels and error links, unique per case on the page. */
  protected readonly ids = computed(() => {
    const id = this.dispute().id;
    return { outcome: `dispute-${id}-outcome`, outcomeError: `dispute-${id}-outcome-error` };
  });

  /** The name the decision options and the dialog use for whoever holds the candidate now. */
  protected readonly holderName = computed(() => {
    const holder = this.dispute().holder;
    if (holder?.kind === 'referral' && holder.referrer) return holder.referrer.displayName;
    return this.transloco.translate('programme.disputes.holder.nobody');
  });

  protected decide(): void {
    this.form.markAllAsTouched();
    const { outcome, reason } = this.form.getRawValue();
    if (this.form.invalid || !outcome || this.deciding()) return;
    const dispute = this.dispute();
    const params = {
      candidate: dispute.candidate.name,
      claimant: dispute.claimant.displayName,
      holder: this.holderName(),
    };
    const confirmation = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      data: {
        title: this.transloco.translate(`programme.disputes.confirm.${outcome}.title`),
        message: this.transloco.translate(`programme.disputes.confirm.${outcome}.message`, params),
        confirm: this.transloco.translate(`programme.disputes.confirm.${outcome}.confirm`),
        cancel: this.transloco.translate('programme.disputes.confirm.cancel'),
      },
      maxWidth: 'calc(100vw - 2rem)',
      width: '32rem',
    });
    confirmation
      .afterClosed()
      .pipe(
        filter((confirmed) => confirmed === true),
        switchMap(() => {
          this.deciding.set(true);
          this.refusal.set(null);
          return this.api.decide(dispute.id, { outcome, reason: reason.trim() }).pipe(finalize(() => this.deciding.set(false)));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (decided) => this.decided.emit(decided),
        error: (error: unknown) => this.showRefusal(error),
      });
  }

  protected reload(): void {
    this.reloadRequested.emit();
  }

  private showRefusal(error: unknown): void {
    if (!(error instanceof HttpErrorResponse)) {
      this.notifier.show('errors.unknown');
      return;
    }
    if (error.status === 409) {
      this.refusal.set('alreadyDecided');
    } else if (error.status === 403) {
      this.refusal.set('party');
    } else if (error.status === 400 && isProblemDetails(error.error)) {
      this.refusal.set('invalid');
      if (error.error.errors?.some(({ field }) => field === 'reason')) {
        this.form.controls.reason.setErrors({ server: true });
      }
    } else {
      this.notifier.show(problemMessageKey(error.status, error.error));
    }
  }
}
