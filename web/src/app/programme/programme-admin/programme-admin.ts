import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type AreaTab, TabbedArea } from '../../shared/tabbed-area/tabbed-area';

/** The frame of HR's programme area: the rules, the dispute desk and the notification templates. */
@Component({
  selector: 'app-programme-admin',
  imports: [TabbedArea],
  template: `<app-tabbed-area headingKey="programme.heading" navLabelKey="programme.tabs.label" [tabs]="tabs" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProgrammeAdmin {
  protected readonly tabs: readonly AreaTab[] = [
    { link: '.', labelKey: 'programme.tabs.rules', exact: true },
    { link: 'disputes', labelKey: 'programme.tabs.disputes', exact: false },
    { link: 'notifications', labelKey: 'notificationTemplates.tab', exact: false },
  ];
}
