import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators, type AbstractControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RejectReasonResponse } from '@referrals/contracts';
import { isCalendarDate, type MoveKind } from '@referrals/domain';
import { catchError, isObservable, map, of, startWith, type Observable } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { INTL_LOCALES } from '../../core/i18n/locale-format';
import { formatDateOnly, probationEndHint } from '../date-only';
import type { DisplayText } from '../display-text';
import { DisplayTextPipe } from '../display-text-pipe';
import type { MoveNeeds } from '../move-plan';
import { PipelineApi } from '../pipeline-api';
import { rejectReasonName } from '../reject-reason-name';

export interface MoveDialogData {
  readonly candidateName: string;
  readonly to: DisplayText;
  readonly kind: MoveKind;
  readonly needs: MoveNeeds;
  /** The vacancy's probation months, for the probation-end hint; null when unknown. */
  readonly probationMonths: number | null | Observable<number | null>;
}

/** What the dialog closes with when the mover goes ahead; undefined when they cancel. */
export interface MoveAnswers {
  readonly reason?: string;
  readonly rejectReasonId?: string;
  readonly startDate?: string;
}

export const MOVE_REASON_MAX_LENGTH = 2000;

type ReasonsView =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; reasons: { id: string; name: DisplayText }[] };

const calendarDate = (control: AbstractControl<string>) =>
  control.value === '' || isCalendarDate(control.value) ? null : { date: true };

/**
 * Asks what a move needs before it is sent: why (moving back, reopening), a reject reason (Rejected) or the
 * start date (Hired). Used by the board and the candidate page alike.
 */
@Component({
  selector: 'app-move-dialog',
  imports: [
    DisplayTextPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './move-dialog.html',
  styleUrl: './move-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveDialog {
  private readonly dialogRef = inject<MatDialogRef<MoveDialog, MoveAnswers>>(MatDialogRef);
  private readonly api = inject(PipelineApi);
  private readonly language = inject(Language);
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = MOVE_REASON_MAX_LENGTH;

  protected readonly form = new FormGroup({
    rejectReasonId: new FormControl('', {
      nonNullable: true,
      validators: this.data.needs.rejectReason ? Validators.required : [],
    }),
    startDate: new FormControl('', {
      nonNullable: true,
      validators: this.data.needs.startDate ? [Validators.required, calendarDate] : [],
    }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [
        ...(this.data.needs.reason ? [Validators.required, Validators.pattern(/\S/)] : []),
        Validators.maxLength(MOVE_REASON_MAX_LENGTH),
      ],
    }),
  });

  /** The comment with a rejection is optional; moving back or reopening must say why. */
  protected readonly reasonKey = this.data.needs.reason ? 'pipeline.move.reason' : 'pipeline.move.comment';
  protected readonly confirmKey = `pipeline.move.confirm.${this.data.kind}`;
  protected readonly introKey = `pipeline.move.intro.${this.data.kind}`;

  protected readonly reasons = toSignal(
    this.data.needs.rejectReason
      ? this.api.rejectReasons().pipe(
          map(
            (reasons: RejectReasonResponse[]): ReasonsView => ({
              status: 'ready',
              reasons: reasons
                .filter((reason) => reason.active)
                .map((reason) => ({ id: reason.id, name: rejectReasonName(reason) })),
            }),
          ),
          catchError(() => {
            this.api.forgetRejectReasons();
            return of<ReasonsView>({ status: 'failed' });
          }),
          startWith<ReasonsView>({ status: 'loading' }),
        )
      : of<ReasonsView>({ status: 'ready', reasons: [] }),
    { initialValue: { status: 'loading' } as ReasonsView },
  );

  private readonly probationMonths = toSignal(
    isObservable(this.data.probationMonths)
      ? this.data.probationMonths.pipe(catchError(() => of(null)))
      : of(this.data.probationMonths),
    { initialValue: null },
  );
  private readonly startDate = toSignal(this.form.controls.startDate.valueChanges, { initialValue: '' });
  protected readonly probationEnd = computed(() => {
    const months = this.probationMonths();
    const end = months === null ? null : probationEndHint(this.startDate(), months);
    return end ? formatDateOnly(end, INTL_LOCALES[this.language.active()]) : null;
  });

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { rejectReasonId, startDate, reason } = this.form.getRawValue();
    const answers: MoveAnswers = {
      ...(reason.trim() ? { reason: reason.trim() } : {}),
      ...(this.data.needs.rejectReason ? { rejectReasonId } : {}),
      ...(this.data.needs.startDate ? { startDate } : {}),
    };
    this.dialogRef.close(answers);
  }
}
