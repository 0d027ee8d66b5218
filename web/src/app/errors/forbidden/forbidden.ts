import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { MessagePage } from '../../shared/message-page/message-page';

@Component({
  selector: 'app-forbidden',
  imports: [MessagePage, TranslocoPipe],
  template: `
    <app-message-page
      icon="lock"
      [heading]="'forbidden.heading' | transloco"
      [paragraphs]="['forbidden.body' | transloco]"
      [homeLabel]="'forbidden.home' | transloco"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Forbidden {}
