import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import type { StageStep } from '@referrals/domain';
import { DisplayTextPipe } from '../display-text-pipe';
import { moveTargets } from '../move-plan';
import { stepName } from '../step-label';

/**
 * "Move to…": the steps an application can go to, as a menu. The keyboard's way to do what dragging does
 * on the board, and the move control of the candidate page.
 */
@Component({
  selector: 'app-move-menu',
  imports: [DisplayTextPipe, MatButtonModule, MatIconModule, MatMenuModule, TranslocoPipe],
  template: `
    @if (targets().length > 0) {
      @if (prominent()) {
        <button
          mat-flat-button
          type="button"
          [id]="triggerId()"
          [matMenuTriggerFor]="menu"
          [disabled]="disabled()"
        >
          {{ 'pipeline.move.menu' | transloco }}
        </button>
      } @else {
        <button
          mat-button
          type="button"
          class="move-menu__compact"
          [id]="triggerId()"
          [matMenuTriggerFor]="menu"
          [disabled]="disabled()"
          [attr.aria-label]="'pipeline.move.menuFor' | transloco: { name: candidateName() }"
        >
          {{ 'pipeline.move.menu' | transloco }}
        </button>
      }
      <mat-menu #menu="matMenu">
        @for (target of targets(); track target.step.key) {
          <button mat-menu-item type="button" (click)="moveTo.emit(target.step.key)">
            {{ target.name | displayText }}
          </button>
        }
      </mat-menu>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
    }
    .move-menu__compact {
      --mat-button-text-horizontal-padding: 8px;
      min-height: 40px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveMenu {
  readonly steps = input.required<readonly StageStep[]>();
  readonly currentKey = input.required<string>();
  readonly candidateName = input.required<string>();
  readonly hasVacancy = input(true);
  readonly prominent = input(false);
  readonly disabled = input(false);
  /** So the page can put focus back on the menu after a move re-renders the card. */
  readonly triggerId = input<string | null>(null);
  readonly moveTo = output<string>();

  protected readonly targets = computed(() =>
    moveTargets(this.steps(), this.currentKey(), this.hasVacancy()).map((step) => ({ step, name: stepName(step) })),
  );
}
