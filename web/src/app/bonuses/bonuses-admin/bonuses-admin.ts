import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type AreaTab, TabbedArea } from '../../shared/tabbed-area/tabbed-area';

/** The frame of HR's bonus area: the queue, the quarterly budgets and the payroll batches. */
@Component({
  selector: 'app-bonuses-admin',
  imports: [TabbedArea],
  template: `<app-tabbed-area headingKey="bonuses.heading" navLabelKey="bonuses.tabs.label" [tabs]="tabs" />`,
  // The queue's table needs more width than the programme's text pages.
  styles: `
    :host {
      --tabbed-area-max-width: 80rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BonusesAdmin {
  protected readonly tabs: readonly AreaTab[] = [
    { link: '.', labelKey: 'bonuses.tabs.queue', exact: true },
    { link: 'budgets', labelKey: 'bonuses.tabs.budgets', exact: false },
    { link: 'payroll', labelKey: 'bonuses.tabs.payroll', exact: false },
  ];
}
