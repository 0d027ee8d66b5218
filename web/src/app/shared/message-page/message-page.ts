import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { AppIconName } from '../../core/icons/app-icons';

/** A page that only tells the user something (forbidden, not found, coming soon) and offers the way home. */
@Component({
  selector: 'app-message-page',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  template: `
    <section class="message-page">
      <mat-icon class="message-page__icon" [svgIcon]="icon()" aria-hidden="true" />
      <h1>{{ heading() }}</h1>
      @for (paragraph of paragraphs(); track $index) {
        <p>{{ paragraph }}</p>
      }
      <a mat-flat-button routerLink="/">
        <mat-icon svgIcon="arrow-back" aria-hidden="true" />
        {{ homeLabel() }}
      </a>
    </section>
  `,
  styles: `
    .message-page {
      max-width: 40rem;
      margin: 3rem auto;
      padding: 0 1rem;
      text-align: center;
    }
    .message-page__icon {
      width: 64px;
      height: 64px;
      color: var(--mat-sys-primary);
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 1rem 0;
    }
    p {
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    a {
      margin-top: 1.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessagePage {
  readonly icon = input.required<AppIconName>();
  readonly heading = input.required<string>();
  readonly paragraphs = input.required<readonly string[]>();
  readonly homeLabel = input.required<string>();
}
