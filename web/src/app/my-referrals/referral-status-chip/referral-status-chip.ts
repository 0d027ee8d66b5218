import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReferrerStatus } from '@referrals/domain';

/** The simplified status a referrer sees, as a coloured label; the colour only repeats what the text says. */
@Component({
  selector: 'app-referral-status-chip',
  imports: [TranslocoPipe],
  template: `<span class="status-chip" [class]="'status-chip--' + status()">{{
    'myReferrals.statuses.' + status() | transloco
  }}</span>`,
  styles: `
    :host {
      display: inline-flex;
    }
    .status-chip {
      display: inline-block;
      padding: 0.25rem 0.75rem;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .status-chip--interviewing,
    .status-chip--offer {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .status-chip--hired {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .status-chip--not_selected,
    .status-chip--withdrawn {
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralStatusChip {
  readonly status = input.required<ReferrerStatus>();
}
