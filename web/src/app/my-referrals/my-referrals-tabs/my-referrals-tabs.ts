import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type IsActiveMatchOptions, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

const EXACT_PATH: IsActiveMatchOptions = { paths: 'exact', queryParams: 'ignored', matrixParams: 'ignored', fragment: 'ignored' };

/**
 * Links between the employee's own referrals and their bonuses. Two pages with their own addresses, so plain
 * links in a navigation (the current one marked), drawn like tabs.
 */
@Component({
  selector: 'app-my-referrals-tabs',
  imports: [RouterLink, RouterLinkActive, TranslocoPipe],
  template: `
    <nav class="tabs" [attr.aria-label]="'myBonuses.tabs.label' | transloco">
      @for (tab of tabs; track tab.link) {
        <a
          class="tabs__link"
          [routerLink]="tab.link"
          routerLinkActive="tabs__link--active"
          ariaCurrentWhenActive="page"
          [routerLinkActiveOptions]="match"
        >
          {{ tab.labelKey | transloco }}
        </a>
      }
    </nav>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 1.25rem;
    }
    .tabs {
      display: flex;
      gap: 0.25rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .tabs__link {
      display: inline-flex;
      align-items: center;
      min-height: 3rem;
      padding: 0 1rem;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: none;
      border-bottom: 3px solid transparent;
      margin-bottom: -1px;
    }
    .tabs__link:hover {
      color: var(--mat-sys-on-surface);
      background: var(--mat-sys-surface-container);
    }
    .tabs__link--active {
      color: var(--mat-sys-primary);
      border-bottom-color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyReferralsTabs {
  protected readonly match = EXACT_PATH;
  protected readonly tabs = [
    { link: '/my-referrals', labelKey: 'myBonuses.tabs.referrals' },
    { link: '/my-referrals/bonuses', labelKey: 'myBonuses.tabs.bonuses' },
  ];
}
