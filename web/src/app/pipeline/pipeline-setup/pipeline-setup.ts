import { afterNextRender, ChangeDetectionStrategy, Component, computed, inject, Injector, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { StageTemplateResponse } from '@referrals/contracts';
import { Language } from '../../core/i18n/language';
import { formatDate, INTL_LOCALES } from '../../core/i18n/locale-format';
import { PipelineSetupApi } from './pipeline-setup-api';
import { RejectReasons } from './reject-reasons';
import { StageTemplateEditor } from './stage-template-editor';

/** The order the API lists them in: the built-in list first, then by name. */
function inListOrder(templates: StageTemplateResponse[]): StageTemplateResponse[] {
  return templates.sort((a, b) => Number(b.builtIn) - Number(a.builtIn) || a.name.localeCompare(b.name));
}

type Templates = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; templates: StageTemplateResponse[] };

/** Where recruiters set up what every board uses: step templates for vacancies, and the reasons to reject. */
@Component({
  selector: 'app-pipeline-setup',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RejectReasons,
    RouterLink,
    StageTemplateEditor,
    TranslocoPipe,
  ],
  templateUrl: './pipeline-setup.html',
  styleUrl: './pipeline-setup.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PipelineSetup {
  private readonly api = inject(PipelineSetupApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(Language);
  private readonly injector = inject(Injector);

  protected readonly templates = signal<Templates>({ status: 'loading' });
  /** The list the open editor started from; undefined while no editor is open. */
  protected readonly editorFrom = signal<StageTemplateResponse | null | undefined>(undefined);
  protected readonly justAdded = signal<string | null>(null);

  private readonly builtIn = computed(() => {
    const state = this.templates();
    return state.status === 'ready' ? (state.templates.find((template) => template.builtIn) ?? null) : null;
  });
  private readonly locale = computed(() => INTL_LOCALES[this.language.active()]);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.templates.set({ status: 'loading' });
    this.api
      .templates()
      .pipe(takeUntilDestroyed())
      .subscribe({
        next: (templates) => this.templates.set({ status: 'ready', templates }),
        error: () => this.templates.set({ status: 'failed' }),
      });
  }

  /** A new template starts from the built-in steps, or from the list whose "start from" was pressed. */
  protected openEditor(from: StageTemplateResponse | null = this.builtIn()): void {
    this.editorFrom.set(from);
  }

  protected closeEditor(): void {
    this.editorFrom.set(undefined);
    this.focusLater('#new-template');
  }

  protected added(template: StageTemplateResponse): void {
    this.templates.update((state) =>
      state.status === 'ready' ? { status: 'ready', templates: inListOrder([...state.templates, template]) } : state,
    );
    this.editorFrom.set(undefined);
    this.justAdded.set(template.id);
    this.snackBar.open(
      this.transloco.translate('pipelineSetup.templates.saved', { name: template.name }),
      this.transloco.translate('errors.dismiss'),
      { duration: 5000 },
    );
    this.focusLater(`#template-${template.id}`);
  }

  protected templateName(template: StageTemplateResponse): string {
    this.language.active(); // re-read on a language switch
    return template.builtIn ? this.transloco.translate('pipelineSetup.templates.builtInName') : template.name;
  }

  protected createdOn(template: StageTemplateResponse): string {
    return formatDate(template.createdAt, this.locale());
  }

  private focusLater(selector: string): void {
    afterNextRender(() => document.querySelector<HTMLElement>(selector)?.focus(), { injector: this.injector });
  }
}
