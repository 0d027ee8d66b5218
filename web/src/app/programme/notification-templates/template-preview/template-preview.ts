import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import type { SafeHtml } from '@angular/platform-browser';
import { TranslocoPipe } from '@jsverse/transloco';

export interface RenderedPreview {
  subject: string;
  text: string;
  /** The mail's HTML as the API rendered and sanitised it, for the sandboxed frame only. */
  html: SafeHtml;
}

/** Where the preview is: on its way (showing the last one meanwhile), shown, held back by template errors, or failed. */
export type PreviewState =
  | { status: 'updating'; last: RenderedPreview | null }
  | { status: 'ready'; last: RenderedPreview }
  | { status: 'blocked' }
  | { status: 'failed' };

/** A notification as its reader gets it: subject, the mail in a sandboxed frame, and the plain text of the inbox. */
@Component({
  selector: 'app-template-preview',
  imports: [MatTabsModule, TranslocoPipe],
  templateUrl: './template-preview.html',
  styleUrl: './template-preview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TemplatePreview {
  readonly preview = input.required<PreviewState>();

  /** The latest preview, dimmed while the next is on its way. */
  protected readonly shown = computed(() => {
    const preview = this.preview();
    return preview.status === 'ready' || preview.status === 'updating' ? preview.last : null;
  });
}
