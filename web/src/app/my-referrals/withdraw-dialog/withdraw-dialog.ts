import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface WithdrawDialogData {
  candidateName: string;
}

/** What the dialog closes with when the referrer confirms; undefined when they keep the referral. */
export interface WithdrawConfirmation {
  reason: string | undefined;
}

export const WITHDRAW_REASON_MAX_LENGTH = 1000;

/** "Withdraw this referral?", with an optional reason for recruiting. */
@Component({
  selector: 'app-withdraw-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'myReferrals.withdraw.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'myReferrals.withdraw.body' | transloco: { name: data.candidateName } }}</p>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="withdraw__reason">
        <mat-label>{{ 'myReferrals.withdraw.reason' | transloco }}</mat-label>
        <textarea matInput name="reason" rows="3" [formControl]="reason" [attr.maxlength]="maxLength"></textarea>
        <mat-hint>{{ 'myReferrals.withdraw.reasonHint' | transloco }}</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'myReferrals.withdraw.keep' | transloco }}</button>
      <button mat-flat-button type="button" (click)="confirm()">{{ 'myReferrals.withdraw.confirm' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .withdraw__reason {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WithdrawDialog {
  private readonly dialogRef = inject<MatDialogRef<WithdrawDialog, WithdrawConfirmation>>(MatDialogRef);
  protected readonly data = inject<WithdrawDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = WITHDRAW_REASON_MAX_LENGTH;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(WITHDRAW_REASON_MAX_LENGTH),
  });

  protected confirm(): void {
    const reason = this.reason.value.trim();
    this.dialogRef.close({ reason: reason || undefined });
  }
}
