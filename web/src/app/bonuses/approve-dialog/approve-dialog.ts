import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MoneyTotal } from '@referrals/contracts';
import type { BonusPart } from '@referrals/domain';
import { MoneyPipe } from '../../shared/format/money-pipe';
import { countKey } from '../count-key';

export const DECISION_COMMENT_MAX_LENGTH = 1000;

/** One bonus, or a selection of several. */
export type ApproveDialogData =
  | { kind: 'one'; candidateName: string; referrerName: string; part: BonusPart; amountMinor: number; currency: string }
  | { kind: 'many'; count: number; totals: MoneyTotal[] };

/** What the dialog closes with when HR approves; undefined when they go back. */
export interface ApproveConfirmation {
  comment: string | undefined;
}

/** "Approve this bonus?", with an optional comment kept with the decision. */
@Component({
  selector: 'app-approve-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MoneyPipe, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ (data.kind === 'one' ? 'bonuses.approve.title' : countKey('bonuses.approve.manyTitle', count)) | transloco: { count: count } }}</h2>
    <mat-dialog-content>
      @if (data.kind === 'one') {
        <p>
          {{
            'bonuses.approve.body'
              | transloco
                : {
                    referrer: data.referrerName,
                    candidate: data.candidateName,
                    amount: data.amountMinor | money: data.currency,
                    part: 'bonuses.parts.' + data.part | transloco,
                  }
          }}
        </p>
      } @else {
        <p>
          {{ 'bonuses.approve.manyBody' | transloco: { count: data.count } }}
          @for (total of data.totals; track total.currency; let last = $last) {
            <strong>{{ total.amountMinor | money: total.currency }}</strong>{{ last ? '.' : ',' }}
          }
        </p>
        <p class="approve__note">{{ 'bonuses.approve.manyNote' | transloco }}</p>
      }
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="approve__comment">
        <mat-label>{{ 'bonuses.approve.comment' | transloco }}</mat-label>
        <textarea matInput name="comment" rows="3" [formControl]="comment" [attr.maxlength]="maxLength"></textarea>
        <mat-hint>{{ 'bonuses.approve.commentHint' | transloco }}</mat-hint>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'bonuses.dialogs.cancel' | transloco }}</button>
      <button mat-flat-button type="button" (click)="confirm()">
        {{ (data.kind === 'one' ? 'bonuses.approve.confirm' : countKey('bonuses.approve.confirmMany', count)) | transloco: { count: count } }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .approve__comment {
      width: 100%;
    }
    .approve__note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApproveDialog {
  private readonly dialogRef = inject<MatDialogRef<ApproveDialog, ApproveConfirmation>>(MatDialogRef);
  protected readonly data = inject<ApproveDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = DECISION_COMMENT_MAX_LENGTH;
  protected readonly countKey = countKey;
  protected readonly count = this.data.kind === 'many' ? this.data.count : 1;
  protected readonly comment = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(DECISION_COMMENT_MAX_LENGTH),
  });

  protected confirm(): void {
    const comment = this.comment.value.trim();
    this.dialogRef.close({ comment: comment || undefined });
  }
}
