import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Role } from '@referrals/contracts';

/** The user's roles as static chips, read out as a list. */
@Component({
  selector: 'app-role-chips',
  imports: [MatChipsModule, TranslocoPipe],
  template: `
    <mat-chip-set role="list" [attr.aria-label]="label()">
      @for (role of roles(); track role) {
        <mat-chip role="listitem" class="role-chip">{{ 'roles.' + role | transloco }}</mat-chip>
      }
    </mat-chip-set>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoleChips {
  readonly roles = input.required<readonly Role[]>();
  readonly label = input.required<string>();
}
