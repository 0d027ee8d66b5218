import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { MoneyPipe } from '../../shared/format/money-pipe';
import { DECISION_COMMENT_MAX_LENGTH } from '../approve-dialog/approve-dialog';
import type { BudgetExceeded } from '../bonus-problem';
import { QuarterPipe } from '../quarter-pipe';
import { requiredText } from '../required-text';

/** The figures of the one bonus that did not fit, or, for a selection, how many did not. */
export type BudgetOverrideDialogData = { kind: 'one'; budget: BudgetExceeded | null } | { kind: 'many'; count: number };

export interface BudgetOverrideConfirmation {
  reason: string;
}

/** Approving past the department's quarterly budget needs an explicit override with a reason (DOMAIN.md). */
@Component({
  selector: 'app-budget-override-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MoneyPipe, QuarterPipe, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'bonuses.override.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        @if (budget(); as budget) {
          <p>{{ 'bonuses.override.body' | transloco: { department: budget.department, quarter: budget.quarter | quarter } }}</p>
          <dl class="override__figures">
            @if (budget.budgetMinor !== null) {
              <div>
                <dt>{{ 'bonuses.override.budget' | transloco }}</dt>
                <dd>{{ budget.budgetMinor | money: budget.currency }}</dd>
              </div>
            }
            <div>
              <dt>{{ 'bonuses.override.committed' | transloco }}</dt>
              <dd>{{ budget.committedMinor | money: budget.currency }}</dd>
            </div>
            <div>
              <dt>{{ 'bonuses.override.thisBonus' | transloco }}</dt>
              <dd>{{ budget.amountMinor | money: budget.currency }}</dd>
            </div>
            @if (overBy() !== null) {
              <div class="override__over">
                <dt>{{ 'bonuses.override.overBy' | transloco }}</dt>
                <dd>{{ overBy() | money: budget.currency }}</dd>
              </div>
            }
          </dl>
        } @else if (data.kind === 'many') {
          <p>{{ 'bonuses.override.manyBody' | transloco: { count: data.count } }}</p>
        } @else {
          <p>{{ 'errors.budget_exceeded' | transloco }}</p>
        }
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="override__reason">
          <mat-label>{{ 'bonuses.override.reason' | transloco }}</mat-label>
          <textarea matInput name="budgetOverrideReason" rows="3" required [formControl]="reason" [attr.maxlength]="maxLength"></textarea>
          @if (reason.invalid && reason.touched) {
            <mat-error>{{ 'bonuses.dialogs.reasonRequired' | transloco }}</mat-error>
          } @else {
            <mat-hint>{{ 'bonuses.override.reasonHint' | transloco }}</mat-hint>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">{{ 'bonuses.dialogs.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'bonuses.override.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .override__figures {
      display: grid;
      gap: 0.25rem;
      margin: 0 0 1rem;
      div {
        display: flex;
        justify-content: space-between;
        gap: 1rem;
      }
      dt {
        color: var(--mat-sys-on-surface-variant);
      }
      dd {
        margin: 0;
        font-variant-numeric: tabular-nums;
      }
    }
    .override__over {
      font-weight: 600;
      dt {
        color: var(--mat-sys-error);
      }
    }
    .override__reason {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BudgetOverrideDialog {
  private readonly dialogRef = inject<MatDialogRef<BudgetOverrideDialog, BudgetOverrideConfirmation>>(MatDialogRef);
  protected readonly data = inject<BudgetOverrideDialogData>(MAT_DIALOG_DATA);
  protected readonly maxLength = DECISION_COMMENT_MAX_LENGTH;
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [requiredText, Validators.maxLength(DECISION_COMMENT_MAX_LENGTH)],
  });
  /** The form element needs a group to submit through Angular rather than natively. */
  protected readonly form = new FormGroup({ budgetOverrideReason: this.reason });
  protected readonly budget = computed(() => (this.data.kind === 'one' ? this.data.budget : null));
  /** How far past the budget the approval goes. */
  protected readonly overBy = computed(() => {
    const budget = this.budget();
    return budget && budget.budgetMinor !== null ? budget.committedMinor + budget.amountMinor - budget.budgetMinor : null;
  });

  protected confirm(): void {
    this.reason.markAsTouched();
    if (this.reason.invalid) return;
    this.dialogRef.close({ reason: this.reason.value.trim() });
  }
}
