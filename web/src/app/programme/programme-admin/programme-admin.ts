import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** The frame of HR's programme area: one heading, a tab per sub-page, each with its own address. */
@Component({
  selector: 'app-programme-admin',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet, TranslocoPipe],
  template: `
    <section class="programme-admin">
      <h1>{{ 'programme.heading' | transloco }}</h1>
      <nav
        mat-tab-nav-bar
        mat-stretch-tabs="false"
        mat-align-tabs="start"
        [tabPanel]="panel" [attr.aria-label]="'programme.tabs.label' | transloco">
        @for (tab of tabs; track tab.link) {
          <a
            mat-tab-link
            [routerLink]="tab.link"
            routerLinkActive
            #active="routerLinkActive"
            [routerLinkActiveOptions]="{ exact: tab.exact }"
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
    .programme-admin {
      max-width: 72rem;
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
export class ProgrammeAdmin {
  protected readonly tabs = [
    { link: '.', labelKey: 'programme.tabs.rules', exact: true },
    { link: 'disputes', labelKey: 'programme.tabs.disputes', exact: false },
  ];
}
