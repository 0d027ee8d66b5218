import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ProgrammeVersionSummary } from '@referrals/contracts';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { VersionDialog, type VersionDialogData } from '../version-dialog/version-dialog';

/** Every published version, newest first, with how many people accepted it. */
@Component({
  selector: 'app-version-history',
  imports: [LocalDateTimePipe, MatButtonModule, MatTableModule, TranslocoPipe],
  templateUrl: './version-history.html',
  styleUrl: './version-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionHistory {
  private readonly dialog = inject(MatDialog);

  readonly versions = input.required<readonly ProgrammeVersionSummary[]>();

  protected readonly columns = ['version', 'publishedAt', 'publishedBy', 'changeSummary', 'acceptedCount', 'view'];

  protected open(version: number): void {
    this.dialog.open<VersionDialog, VersionDialogData>(VersionDialog, {
      data: { version },
      width: '48rem',
      maxWidth: 'calc(100vw - 2rem)',
      autoFocus: 'dialog',
    });
  }
}
