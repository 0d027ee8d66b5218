import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { shellArea, type ComingSoonAreaId } from '../shell/navigation';
import { MessagePage } from '../shared/message-page/message-page';

/** One page for every area not built yet; the route's `data.area` says which. */
@Component({
  selector: 'app-coming-soon',
  imports: [MessagePage, TranslocoPipe],
  template: `
    <app-message-page
      [icon]="icon()"
      [heading]="headingKey() | transloco"
      [paragraphs]="[descriptionKey() | transloco, 'comingSoon.body' | transloco]"
      [homeLabel]="'comingSoon.backHome' | transloco"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoon {
  /** Bound from the route data. */
  readonly area = input.required<ComingSoonAreaId>();

  protected readonly headingKey = computed(() => shellArea(this.area()).labelKey);
  protected readonly icon = computed(() => shellArea(this.area()).icon);
  protected readonly descriptionKey = computed(() => `comingSoon.areas.${this.area()}`);
}
