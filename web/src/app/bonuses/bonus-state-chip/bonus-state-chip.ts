import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BonusState } from '@referrals/domain';
import { bonusStateKey, bonusStateTone, myBonusStateKey } from '../bonus-state';

/** A bonus's state as a coloured label, in HR's words or, with `mine`, the referrer's; the colour only repeats the text. */
@Component({
  selector: 'app-bonus-state-chip',
  imports: [TranslocoPipe],
  template: `<span class="state-chip" [class]="'state-chip--' + tone()">{{ labelKey() | transloco }}</span>`,
  styles: `
    :host {
      display: inline-flex;
      max-width: 100%;
    }
    .state-chip {
      display: inline-block;
      padding: 0.25rem 0.75rem;
      border-radius: var(--mat-sys-corner-full);
      font: var(--mat-sys-label-large);
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .state-chip--decided {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .state-chip--done {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
    }
    .state-chip--closed {
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      box-shadow: inset 0 0 0 1px var(--mat-sys-outline);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BonusStateChip {
  readonly state = input.required<BonusState>();
  readonly mine = input(false);

  protected readonly tone = computed(() => bonusStateTone(this.state()));
  protected readonly labelKey = computed(() => (this.mine() ? myBonusStateKey(this.state()) : bonusStateKey(this.state())));
}
