import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ProgrammeVersionResponse } from '@referrals/contracts';
import { catchError, map, of, startWith } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { ProgrammeApi } from '../programme-api';
import { ProgrammeDocument } from '../programme-document/programme-document';
import { documentFor } from '../programme-language';

export interface VersionDialogData {
  version: number;
}

type VersionView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; version: ProgrammeVersionResponse };

/** One earlier version of the rules and FAQ, read-only. */
@Component({
  selector: 'app-version-dialog',
  imports: [LocalDateTimePipe, MatButtonModule, MatDialogModule, MatProgressBarModule, MatTabsModule, ProgrammeDocument, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'programme.history.dialogTitle' | transloco: { version: data.version } }}</h2>
    <mat-dialog-content>
      @switch (view().status) {
        @case ('loading') {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'programme.loading' | transloco" />
        }
        @case ('failed') {
          <p role="alert">{{ 'programme.loadFailed' | transloco }}</p>
        }
        @case ('ready') {
          @if (version(); as version) {
            <p class="version__meta">
              {{
                'programme.publishedBy'
                  | transloco
                    : {
                        date: (version.publishedAt | localDateTime),
                        name: version.publishedBy?.displayName ?? ('programme.system' | transloco),
                      }
              }}
            </p>
            <p class="version__summary">{{ version.changeSummary }}</p>
            @if (documents(); as documents) {
              <mat-tab-group mat-stretch-tabs="false" mat-align-tabs="start" animationDuration="0ms">
                <mat-tab [label]="'rules.tabs.rules' | transloco">
                  <div class="version__document">
                    <app-programme-document [html]="documents.rules.html" [lang]="documents.rules.lang" />
                  </div>
                </mat-tab>
                <mat-tab [label]="'rules.tabs.faq' | transloco">
                  <div class="version__document">
                    <app-programme-document [html]="documents.faq.html" [lang]="documents.faq.lang" />
                  </div>
                </mat-tab>
              </mat-tab-group>
            }
          }
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'programme.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .version__meta {
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 0.5rem;
    }
    .version__summary {
      font: var(--mat-sys-body-large);
      margin: 0 0 1rem;
    }
    .version__document {
      padding: 1rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionDialog {
  private readonly api = inject(ProgrammeApi);
  private readonly language = inject(Language);
  protected readonly data = inject<VersionDialogData>(MAT_DIALOG_DATA);

  protected readonly view = toSignal(
    this.api.version(this.data.version).pipe(
      map((version): VersionView => ({ status: 'ready', version })),
      catchError(() => of<VersionView>({ status: 'failed' })),
      startWith<VersionView>({ status: 'loading' }),
    ),
    { initialValue: { status: 'loading' } as VersionView },
  );
  protected readonly version = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.version : null;
  });
  protected readonly documents = computed(() => {
    const version = this.version();
    const locale = this.language.active();
    return version ? { rules: documentFor(version.rules, locale), faq: documentFor(version.faq, locale) } : null;
  });
}
