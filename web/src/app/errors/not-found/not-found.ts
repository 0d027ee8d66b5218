import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { MessagePage } from '../../shared/message-page/message-page';

@Component({
  selector: 'app-not-found',
  imports: [MessagePage, TranslocoPipe],
  template: `
    <app-message-page
      icon="error-outline"
      [heading]="'notFound.heading' | transloco"
      [paragraphs]="['notFound.body' | transloco]"
      [homeLabel]="'notFound.home' | transloco"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFound {}
