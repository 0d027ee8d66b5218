import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type AreaTab, TabbedArea } from '../../shared/tabbed-area/tabbed-area';

/** The frame of the admin's settings area: the programme's settings and the outgoing mail. */
@Component({
  selector: 'app-settings-area',
  imports: [TabbedArea],
  template: `<app-tabbed-area headingKey="settings.heading" navLabelKey="mailDelivery.settingsTabs.label" [tabs]="tabs" />`,
  styles: `
    :host {
      --tabbed-area-max-width: 64rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsArea {
  protected readonly tabs: readonly AreaTab[] = [
    { link: '.', labelKey: 'mailDelivery.settingsTabs.general', exact: true },
    { link: 'mail-delivery', labelKey: 'mailDelivery.settingsTabs.mailDelivery', exact: false },
  ];
}
