import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { DECISION_COMMENT_MAX_LENGTH } from '../approve-dialog/approve-dialog';
import { CalendarDatePipe } from '../calendar-date-pipe';
import { requiredText } from '../required-text';

export interface HireLeftDialogData {
  candidateName: string;
  startDate: string;
  probationEndsOn: string;
  /** `YYYY-MM-DD`, the field's starting value. */
  today: string;
}

export interface HireLeftConfirmation {
  leftOn: string;
  reason: string;
}

/** Records that a hire left; during probation that forfeits what was not approved yet. */
@Component({
  selector: 'app-hire-left-dialog',
  imports: [CalendarDatePipe, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'bonuses.hireLeft.title' | transloco: { name: data.candidateName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>
          {{
            'bonuses.hireLeft.body'
              | transloco: { start: data.startDate | calendarDate, end: data.probationEndsOn | calendarDate }
          }}
        </p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="hire-left__field">
          <mat-label>{{ 'bonuses.hireLeft.leftOn' | transloco }}</mat-label>
          <input matInput type="date" name="leftOn" formControlName="leftOn" required [min]="data.startDate" />
          @if (form.controls.leftOn.invalid && form.controls.leftOn.touched) {
            <mat-error>{{ 'bonuses.hireLeft.leftOnRequired' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="hire-left__field">
          <mat-label>{{ 'bonuses.hireLeft.reason' | transloco }}</mat-label>
          <textarea matInput name="reason" rows="3" required formControlName="reason" [attr.maxlength]="maxLength"></textarea>
          @if (form.controls.reason.invalid && form.controls.reason.touched) {
            <mat-error>{{ 'bonuses.dialogs.reasonRequired' | transloco }}</mat-error>
          } @else {
            <mat-hint>{{ 'bonuses.hireLeft.reasonHint' | transloco }}</mat-hint>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'bonuses.dialogs.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'bonuses.hireLeft.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .hire-left__field {
      width: 100%;
    }
    .hire-left__field + .hire-left__field {
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HireLeftDialog {
  private readonly dialogRef = inject<MatDialogRef<HireLeftDialog, HireLeftConfirmation>>(MatDialogRef);
  protected readonly data = inject<HireLeftDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = DECISION_COMMENT_MAX_LENGTH;
  protected readonly form = new FormGroup({
    leftOn: new FormControl(this.data.today, { nonNullable: true, validators: [Validators.required, Validators.pattern(/^\d{4}-\d{2}-\d{2}$/)] }),
    reason: new FormControl('', { nonNullable: true, validators: [requiredText, Validators.maxLength(DECISION_COMMENT_MAX_LENGTH)] }),
  });

  protected confirm(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { leftOn, reason } = this.form.getRawValue();
    this.dialogRef.close({ leftOn, reason: reason.trim() });
  }
}
