import { ChangeDetectionStrategy, Component, computed, input, ViewEncapsulation } from '@angular/core';
import { demoteHeadings } from './document-headings';

/**
 * Rules or FAQ as the API rendered them: sanitised HTML from HR's Markdown (Angular sanitises it once more
 * on binding). Not encapsulated, because the styles must reach the bound markup; every selector is
 * scoped under the element.
 */
@Component({
  selector: 'app-programme-document',
  template: `<div class="programme-document" [attr.lang]="lang()" [innerHTML]="content()"></div>`,
  styleUrl: './programme-document.scss',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeDocument {
  readonly html = input.required<string>();
  /** The language of the text, which may differ from the UI's when a Dutch version is missing. */
  readonly lang = input<string | null>(null);

  protected readonly content = computed(() => demoteHeadings(this.html()));
}
