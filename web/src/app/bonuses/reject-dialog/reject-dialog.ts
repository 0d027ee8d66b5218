import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { DECISION_COMMENT_MAX_LENGTH } from '../approve-dialog/approve-dialog';
import { requiredText } from '../required-text';

export interface RejectDialogData {
  candidateName: string;
  referrerName: string;
}

/** The comment the referrer will read as the reason. */
export interface RejectConfirmation {
  comment: string;
}

/** "Reject this bonus?": the reason is required, and the referrer sees it. */
@Component({
  selector: 'app-reject-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'bonuses.reject.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ 'bonuses.reject.body' | transloco: { referrer: data.referrerName, candidate: data.candidateName } }}</p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="reject__comment">
          <mat-label>{{ 'bonuses.reject.comment' | transloco }}</mat-label>
          <textarea matInput name="comment" rows="4" required [formControl]="comment" [attr.maxlength]="maxLength"></textarea>
          @if (comment.invalid && comment.touched) {
            <mat-error>{{ 'bonuses.dialogs.reasonRequired' | transloco }}</mat-error>
          } @else {
            <mat-hint>{{ 'bonuses.reject.commentHint' | transloco }}</mat-hint>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'bonuses.dialogs.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'bonuses.reject.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reject__comment {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RejectDialog {
  private readonly dialogRef = inject<MatDialogRef<RejectDialog, RejectConfirmation>>(MatDialogRef);
  protected readonly data = inject<RejectDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = DECISION_COMMENT_MAX_LENGTH;
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: [requiredText, Validators.maxLength(DECISION_COMMENT_MAX_LENGTH)],
  });
  /** The form element needs a group to submit through Angular rather than natively. */
  protected readonly form = new FormGroup({ comment: this.comment });

  protected confirm(): void {
    this.comment.markAsTouched();
    if (this.comment.invalid) return;
    this.dialogRef.close({ comment: this.comment.value.trim() });
  }
}
