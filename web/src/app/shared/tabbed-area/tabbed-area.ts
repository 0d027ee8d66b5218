import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { type IsActiveMatchOptions, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

export interface AreaTab {
  /** Relative to the area's route; '.' is its first page. */
  link: string;
  labelKey: string;
  /** Whether only this exact address marks the tab (the area's first page), rather than anything below it. */
  exact: boolean;
}

/**
 * The frame of an area with sub-pages (HR's programme, HR's bonuses): one heading, a tab per sub-page, each
 * with its own address. Query strings never change which tab is active, so filters kept there do not.
 */
@Component({
  selector: 'app-tabbed-area',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <section class="area">
      <h1>{{ headingKey() | transloco }}</h1>
      <nav mat-tab-nav-bar mat-stretch-tabs="false" mat-align-tabs="start" [tabPanel]="panel" [attr.aria-label]="navLabelKey() | transloco">
        @for (tab of tabs(); track tab.link) {
          <a
            mat-tab-link
            [routerLink]="tab.link"
            routerLinkActive
            #active="routerLinkActive"
            [routerLinkActiveOptions]="matchOf(tab)"
            [active]="active.isActive"
          >
            {{ tab.labelKey | transloco }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel>
        <router-outlet />
      </mat-tab-nav-panel>
    </section>
  `,
  styles: `
    .area {
      max-width: var(--tabbed-area-max-width, 72rem);
      margin: 0 auto;
      padding: 1.5rem 1rem 3rem;
    }
    h1 {
      font: var(--mat-sys-headline-medium);
      margin: 0 0 0.75rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TabbedArea {
  readonly headingKey = input.required<string>();
  readonly navLabelKey = input.required<string>();
  readonly tabs = input.required<readonly AreaTab[]>();

  protected matchOf(tab: AreaTab): IsActiveMatchOptions {
    return { paths: tab.exact ? 'exact' : 'subset', queryParams: 'ignored', matrixParams: 'ignored', fragment: 'ignored' };
  }
}
