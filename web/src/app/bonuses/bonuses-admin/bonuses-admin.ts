import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { type IsActiveMatchOptions, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The frame of HR's bonus area: one heading, a tab per sub-page, each with its own address. */
@Component({
  selector: 'app-bonuses-admin',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <section class="bonuses-admin">
      <h1>{{ 'bonuses.heading' | transloco }}</h1>
      <nav
        mat-tab-nav-bar
        mat-stretch-tabs="false"
        mat-align-tabs="start"
        [tabPanel]="panel"
        [attr.aria-label]="'bonuses.tabs.label' | transloco"
      >
        @for (tab of tabs; track tab.link) {
          <a
            mat-tab-link
            [routerLink]="tab.link"
            routerLinkActive
            #active="routerLinkActive"
            [routerLinkActiveOptions]="tab.match"
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
    .bonuses-admin {
      max-width: 80rem;
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
export class BonusesAdmin {
  protected readonly tabs: { link: string; labelKey: string; match: IsActiveMatchOptions }[] = [
    // The queue's filters live in the query string: the tab stays active whatever they are.
    { link: '.', labelKey: 'bonuses.tabs.queue', match: matchPath('exact') },
    { link: 'budgets', labelKey: 'bonuses.tabs.budgets', match: matchPath('subset') },
    { link: 'payroll', labelKey: 'bonuses.tabs.payroll', match: matchPath('subset') },
  ];
}

function matchPath(paths: 'exact' | 'subset'): IsActiveMatchOptions {
  return { paths, queryParams: 'ignored', matrixParams: 'ignored', fragment: 'ignored' };
}
