import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { ApplicationDetailResponse, MoveApplicationDto } from '@referrals/contracts';
import type { MoveRefusal, StageStep } from '@referrals/domain';
import { catchError, map, of, switchMap, type Observable } from 'rxjs';
import { problemMessageKey } from '../core/http/problem-message';
import { ProblemNotifier } from '../core/http/problem-notifier';
import { displayTextOf } from './display-text';
import { MoveDialog, type MoveAnswers, type MoveDialogData } from './move-dialog/move-dialog';
import { moveProblemOf, refusalMessageKey, type ApplicationCurrent } from './move-problem';
import { needsDialog, planMove } from './move-plan';
import { PipelineApi } from './pipeline-api';
import { stepNameOfKey } from './step-label';

/** What the mover needs to know of an application, as the board's card or the candidate page has it. */
export interface MovableApplication {
  readonly id: string;
  readonly version: number;
  readonly candidateName: string;
  readonly stepKey: string;
  readonly steps: readonly StageStep[];
  readonly vacancyId: string | null;
  /** Known on the candidate page; the board asks the vacancy when a hire needs the hint. */
  readonly probationMonths?: number | null;
}

export type MoveOutcome =
  | { readonly status: 'moved'; readonly application: ApplicationDetailResponse }
  /** The dialog was cancelled: nothing was sent. */
  | { readonly status: 'cancelled' }
  /** Someone else changed the application first: the caller reloads. */
  | { readonly status: 'conflict'; readonly current: ApplicationCurrent | null }
  | { readonly status: 'refused'; readonly refusal: MoveRefusal | null }
  | { readonly status: 'failed' };

/**
 * One move, wherever it starts: asks what the move needs in the dialog, sends it, and says in a snack bar
 * why it did not happen. The caller only puts its screen right (keeps, reverts or reloads).
 */
@Injectable({ providedIn: 'root' })
export class CandidateMover {
  private readonly api = inject(PipelineApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly notifier = inject(ProblemNotifier);

  /** `conflictKey` says where the current state now shows (the board, the candidate page). */
  move(application: MovableApplication, toKey: string, conflictKey = 'pipeline.move.conflict'): Observable<MoveOutcome> {
    const plan = planMove(application.steps, application.stepKey, toKey, application.vacancyId !== null);
    if (!plan.possible) {
      this.say(refusalMessageKey(plan.refusal));
      return of({ status: 'refused', refusal: plan.refusal });
    }
    const answers$: Observable<MoveAnswers | undefined> = needsDialog(plan.needs)
      ? this.dialog
          .open<MoveDialog, MoveDialogData, MoveAnswers>(MoveDialog, {
            data: {
              candidateName: application.candidateName,
              to: stepNameOfKey(application.steps, toKey),
              kind: plan.kind,
              needs: plan.needs,
              probationMonths: this.probationMonths(application, plan.needs.startDate),
            },
            width: '32rem',
            maxWidth: 'calc(100vw - 2rem)',
            autoFocus: 'first-tabbable',
          })
          .afterClosed()
      : of({});
    return answers$.pipe(
      switchMap((answers) => {
        if (!answers) return of<MoveOutcome>({ status: 'cancelled' });
        const body: MoveApplicationDto = { toStage: toKey, version: application.version, ...answers };
        return this.api.move(application.id, body).pipe(
          map((moved): MoveOutcome => {
            this.say('pipeline.move.done', {
              name: moved.candidate.name,
              step: displayTextOf(stepNameOfKey(moved.steps, moved.stepKey), (key) => this.transloco.translate(key)),
            });
            return { status: 'moved', application: moved };
          }),
          catchError((error: unknown) => of(this.failed(error, conflictKey))),
        );
      }),
    );
  }

  /** Says why a write on an application did not happen; shared with the recruiter assignment. */
  failed(error: unknown, conflictKey = 'pipeline.move.conflict'): MoveOutcome {
    const problem = error instanceof HttpErrorResponse ? moveProblemOf(error.error) : { kind: 'other' as const };
    if (problem.kind === 'conflict') {
      this.say(conflictKey, {}, 'assertive');
      return { status: 'conflict', current: problem.current };
    }
    if (problem.kind === 'refused') {
      this.say(refusalMessageKey(problem.refusal), {}, 'assertive');
      return { status: 'refused', refusal: problem.refusal };
    }
    this.notifier.show(
      error instanceof HttpErrorResponse ? problemMessageKey(error.status, error.error) : 'errors.unknown',
    );
    return { status: 'failed' };
  }

  private probationMonths(application: MovableApplication, needed: boolean): MoveDialogData['probationMonths'] {
    if (!needed) return null;
    if (application.probationMonths !== undefined) return application.probationMonths;
    return application.vacancyId ? this.api.probationMonths(application.vacancyId) : null;
  }

  private say(key: string, params: Record<string, string> = {}, politeness: 'polite' | 'assertive' = 'polite'): void {
    this.snackBar.open(this.transloco.translate(key, params), this.transloco.translate('errors.dismiss'), {
      duration: politeness === 'assertive' ? 8000 : 4000,
      politeness,
    });
  }
}
