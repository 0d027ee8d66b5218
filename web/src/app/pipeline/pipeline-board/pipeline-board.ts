import { CdkScrollable } from '@angular/cdk/scrolling';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, CdkDropList, CdkDropListGroup, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  BOARD_CARDS_PER_COLUMN,
  type ApplicationCardResponse,
  type ApplicationDetailResponse,
  type BoardResponse,
} from '@referrals/contracts';
import { END_STATES, stageOfStep, type StageStep } from '@referrals/domain';
import type { Subscription } from 'rxjs';
import { BoardCard, moveMenuId } from '../board-card/board-card';
import { columnPageRequest } from '../candidate-list-query';
import { CandidateMover } from '../candidate-mover';
import { DisplayTextPipe } from '../display-text-pipe';
import { planMove } from '../move-plan';
import { PipelineApi } from '../pipeline-api';
import { stepName } from '../step-label';
import { appendPage, columnsOf, findCard, placeCard, restoreCard, type BoardColumn } from './board-columns';

type View = { status: 'loading' } | { status: 'failed' } | { status: 'notFound' } | { status: 'ready'; board: BoardResponse };

const isEndState = (key: string) => (END_STATES as readonly string[]).includes(key);

/**
 * A vacancy's Kanban board: one column per step, then Rejected and Withdrawn. Cards move by drag and drop or
 * by their "Move to…" menu; the move shows at once and is put right when the API refuses it.
 */
@Component({
  selector: 'app-pipeline-board',
  imports: [
    BoardCard,
    CdkDrag,
    CdkDropList,
    CdkDropListGroup,
    CdkScrollable,
    DisplayTextPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './pipeline-board.html',
  styleUrl: './pipeline-board.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PipelineBoard {
  private readonly api = inject(PipelineApi);
  private readonly mover = inject(CandidateMover);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);
  private loading?: Subscription;

  /** Bound from the route parameter. */
  readonly vacancyId = input.required<string>();

  protected readonly view = signal<View>({ status: 'loading' });
  private readonly columnState = signal<BoardColumn[]>([]);
  private readonly savingIds = signal<ReadonlySet<string>>(new Set());
  private readonly loadingMore = signal<ReadonlySet<string>>(new Set());
  /** "Days in step" counts from when the board was loaded. */
  protected readonly now = signal(new Date());

  protected readonly board = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.board : null;
  });
  protected readonly canMove = computed(() => this.board()?.canMove ?? false);
  protected readonly steps = computed<StageStep[]>(() =>
    this.columnState()
      .map((column) => column.step)
      .filter((step): step is StageStep => !isEndState(step.key)),
  );
  protected readonly columns = computed(() => {
    const saving = this.savingIds();
    const loadingMore = this.loadingMore();
    return this.columnState().map((column) => ({
      ...column,
      name: stepName(column.step),
      headingId: `board-column-${column.step.key}`,
      more: column.count - column.cards.length,
      loadingMore: loadingMore.has(column.step.key),
      cards: column.cards.map((card) => ({ card, saving: saving.has(card.id) })),
    }));
  });

  /** Only columns the card may go to light up while dragging; the API still decides. */
  protected readonly canEnter = (drag: CdkDrag<ApplicationCardResponse>, drop: CdkDropList<string>): boolean =>
    drop.data === drag.data.stepKey || planMove(this.steps(), drag.data.stepKey, drop.data).possible;

  constructor() {
    effect(() => {
      const id = this.vacancyId();
      untracked(() => this.load(id));
    });
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  protected retry(): void {
    this.load(this.vacancyId());
  }

  protected dropped(event: CdkDragDrop<string, string, ApplicationCardResponse>): void {
    if (event.previousContainer === event.container) return;
    this.moveCard(event.item.data, event.container.data, false);
  }

  protected moveFromMenu(card: ApplicationCardResponse, toKey: string): void {
    this.moveCard(card, toKey, true);
  }

  protected showMore(stepKey: string): void {
    const board = this.board();
    const column = this.columnState().find((candidate) => candidate.step.key === stepKey);
    if (!board || !column || this.loadingMore().has(stepKey)) return;
    this.loadingMore.update((keys) => new Set(keys).add(stepKey));
    const request = columnPageRequest(
      board.vacancy.id,
      stepKey,
      column.step.stage,
      column.pagesLoaded + 1,
      BOARD_CARDS_PER_COLUMN,
    );
    const done = () =>
      this.loadingMore.update((keys) => {
        const next = new Set(keys);
        next.delete(stepKey);
        return next;
      });
    this.api.applications(request).subscribe({
      next: (page) => {
        done();
        this.columnState.update((columns) => appendPage(columns, stepKey, page.items, page.hasMore));
      },
      error: done, // the interceptor has said why
    });
  }

  private moveCard(card: ApplicationCardResponse, toKey: string, fromMenu: boolean): void {
    const steps = this.steps();
    const board = this.board();
    const origin = findCard(this.columnState(), card.id);
    const toStage = stageOfStep(steps, toKey);
    if (!board || !origin || !toStage || this.savingIds().has(card.id)) return;
    this.columnState.update((columns) => placeCard(columns, { ...card, stepKey: toKey, stage: toStage }, toKey));
    this.setSaving(card.id, true);
    this.mover
      .move(
        {
          id: card.id,
          version: card.version,
          candidateName: card.candidateName,
          stepKey: card.stepKey,
          steps,
          vacancyId: board.vacancy.id,
        },
        toKey,
        'pipeline.board.conflict',
      )
      .subscribe((outcome) => {
        this.setSaving(card.id, false);
        if (outcome.status === 'moved') {
          this.columnState.update((columns) => this.withMovedCard(columns, card, outcome.application));
        } else if (outcome.status === 'conflict') {
          this.load(board.vacancy.id, false);
        } else {
          this.columnState.update((columns) => restoreCard(columns, origin));
          if (outcome.status === 'cancelled') {
            this.announcer.announce(this.announcement('pipeline.board.moveCancelled', card.candidateName), 'polite');
          }
        }
        if (fromMenu) this.focusCard(card.id);
      });
  }

  /** The moved card with what the API says now: its new version, step and time in it. */
  private withMovedCard(columns: BoardColumn[], card: ApplicationCardResponse, moved: ApplicationDetailResponse) {
    const index = findCard(columns, card.id)?.index ?? 0;
    const updated: ApplicationCardResponse = {
      ...card,
      version: moved.version,
      stepKey: moved.stepKey,
      stage: moved.stage,
      stageEnteredAt: moved.stageEnteredAt,
      stale: moved.stale,
      assignedRecruiter: moved.assignedRecruiter,
    };
    return placeCard(columns, updated, moved.stepKey, index);
  }

  private setSaving(id: string, saving: boolean): void {
    this.savingIds.update((ids) => {
      const next = new Set(ids);
      if (saving) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  /** After a move from the menu, focus goes back to the card (now perhaps in another column), not to the page top. */
  private focusCard(id: string): void {
    afterNextRender(
      {
        write: () => {
          const target =
            document.getElementById(moveMenuId(id)) ?? document.getElementById(`board-card-${id}`);
          target?.focus();
        },
      },
      { injector: this.injector },
    );
  }

  private announcement(key: string, name: string): string {
    return this.transloco.translate(key, { name });
  }

  private load(vacancyId: string, showLoading = true): void {
    this.loading?.unsubscribe();
    if (showLoading) this.view.set({ status: 'loading' });
    this.loading = this.api.board(vacancyId).subscribe({
      next: (board) => {
        this.now.set(new Date());
        this.columnState.set(columnsOf(board.columns));
        this.view.set({ status: 'ready', board });
      },
      error: (error: unknown) =>
        this.view.set({
          status:
            error instanceof HttpErrorResponse && (error.status === 404 || error.status === 403) ? 'notFound' : 'failed',
        }),
    });
  }
}
