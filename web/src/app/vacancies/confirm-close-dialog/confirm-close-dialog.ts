import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

export interface ConfirmCloseData {
  readonly to: 'closed_filled' | 'closed_cancelled';
  readonly vacancyTitle: string;
}

/** Asks before a final move: a closed vacancy cannot be reopened. Closes with true to go ahead. */
@Component({
  selector: 'app-confirm-close-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>
      {{ 'vacancies.confirm.' + data.to + '.title' | transloco }}
    </h2>
    <mat-dialog-content>
      <p class="confirm__vacancy">{{ data.vacancyTitle }}</p>
      <p>{{ 'vacancies.confirm.' + data.to + '.body' | transloco }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>
        {{ 'vacancies.confirm.back' | transloco }}
      </button>
      <button mat-flat-button type="button" class="confirm__go" [mat-dialog-close]="true">
        {{ 'vacancies.actions.' + data.to | transloco }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm__vacancy {
      font: var(--mat-sys-title-small);
    }
    .confirm__go {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmCloseDialog {
  protected readonly data = inject<ConfirmCloseData>(MAT_DIALOG_DATA);
}
