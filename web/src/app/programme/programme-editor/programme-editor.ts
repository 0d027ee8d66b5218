import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { CurrentProgrammeResponse, ProgrammeVersionResponse, ProgrammeVersionSummary } from '@referrals/contracts';
import { catchError, forkJoin, of, throwError } from 'rxjs';
import { Language } from '../../core/i18n/language';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { ProgrammeApi } from '../programme-api';
import { ProgrammeDocument } from '../programme-document/programme-document';
import { documentFor } from '../programme-language';
import { ProgrammeLimits } from '../programme-limits/programme-limits';
import { PublishForm } from '../publish-form/publish-form';
import { VersionHistory } from '../version-history/version-history';

type EditorView =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; current: CurrentProgrammeResponse | null; versions: ProgrammeVersionSummary[] };

/** HR's page for the rules and FAQ: what is in force, a form for the next version, and the history. */
@Component({
  selector: 'app-programme-editor',
  imports: [
    LocalDateTimePipe,
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    ProgrammeDocument,
    ProgrammeLimits,
    PublishForm,
    TranslocoPipe,
    VersionHistory,
  ],
  templateUrl: './programme-editor.html',
  styleUrl: './programme-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeEditor {
  private readonly api = inject(ProgrammeApi);
  private readonly language = inject(Language);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly view = signal<EditorView>({ status: 'loading' });
  protected readonly current = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.current : null;
  });
  protected readonly versions = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.versions : [];
  });
  protected readonly documents = computed(() => {
    const current = this.current();
    const locale = this.language.active();
    return current ? { rules: documentFor(current.rules, locale), faq: documentFor(current.faq, locale) } : null;
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.view.set({ status: 'loading' });
    const current = this.api.current().pipe(
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
      ),
    );
    forkJoin({ current, versions: this.api.versions() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ current, versions }) => this.view.set({ status: 'ready', current, versions }),
        error: () => this.view.set({ status: 'failed' }),
      });
  }

  protected onPublished(version: ProgrammeVersionResponse): void {
    this.snackBar.open(
      this.transloco.translate('programme.publish.published', { version: version.version }),
      this.transloco.translate('errors.dismiss'),
      { duration: 8000 },
    );
    this.load();
  }
}
