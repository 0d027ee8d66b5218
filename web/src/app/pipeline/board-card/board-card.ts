import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationCardResponse } from '@referrals/contracts';
import type { StageStep } from '@referrals/domain';
import { daysInStep, daysInStepKey } from '../days-in-step';
import { MoveMenu } from '../move-menu/move-menu';

/** A candidate on the board: who, referred by whom, how long in this step, and who recruits them. */
@Component({
  selector: 'app-board-card',
  imports: [MoveMenu, RouterLink, TranslocoPipe],
  templateUrl: './board-card.html',
  styleUrl: './board-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardCard {
  readonly card = input.required<ApplicationCardResponse>();
  readonly steps = input.required<readonly StageStep[]>();
  readonly canMove = input(false);
  /** Set while a move of this card waits for the API. */
  readonly saving = input(false);
  readonly now = input.required<Date>();
  readonly staleAfterDays = input<number | null>(null);
  readonly moveTo = output<string>();

  protected readonly days = computed(() => daysInStep(this.card().stageEnteredAt, this.now()));
  protected readonly daysKey = computed(() => daysInStepKey(this.days()));
  protected readonly menuId = computed(() => moveMenuId(this.card().id));
}

/** The id of a card's "Move to…" button, where the board puts focus back after a move. */
export function moveMenuId(applicationId: string): string {
  return `move-${applicationId}`;
}
