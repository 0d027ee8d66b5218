import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { isProblemDetails } from '@referrals/contracts';
import { finalize } from 'rxjs';
import { problemMessageKey } from '../../core/http/problem-message';
import { DisputesApi } from '../disputes-api';

export const STATEMENT_MIN_LENGTH = 20;
export const STATEMENT_MAX_LENGTH = 4000;

/**
 * "I introduced this person first": a short statement sent to HR as a credit claim for the candidate the
 * form was just refused for. Says nothing about who else holds the candidate, because it does not know.
 */
@Component({
  selector: 'app-claim-form',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, RouterLink, TranslocoPipe],
  templateUrl: './claim-form.html',
  styleUrl: './claim-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClaimForm {
  private readonly api = inject(DisputesApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  readonly candidateEmail = input.required<string>();
  readonly vacancyId = input<string | null>(null);

  protected readonly minLength = STATEMENT_MIN_LENGTH;
  protected readonly maxLength = STATEMENT_MAX_LENGTH;
  protected readonly statement = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(STATEMENT_MIN_LENGTH), Validators.maxLength(STATEMENT_MAX_LENGTH)],
  });
  protected readonly form = new FormGroup({ statement: this.statement });
  protected readonly sending = signal(false);
  protected readonly filed = signal(false);
  protected readonly failureKey = signal<string | null>(null);
  private readonly confirmation = viewChild<ElementRef<HTMLElement>>('confirmation');

  protected send(): void {
    this.statement.markAsTouched();
    if (this.statement.invalid || this.sending()) return;
    this.sending.set(true);
    this.failureKey.set(null);
    this.api
      .file({
        candidateEmail: this.candidateEmail().trim(),
        vacancyId: this.vacancyId() ?? undefined,
        statement: this.statement.value.trim(),
      })
      .pipe(
        finalize(() => this.sending.set(false)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.filed.set(true);
          afterNextRender(() => this.confirmation()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (error: unknown) => this.failureKey.set(claimFailureKey(error)),
      });
  }
}

function claimFailureKey(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'errors.unknown';
  if (isProblemDetails(error.error)) {
    if (error.error.code === 'conflict') return 'referrals.claim.alreadyFiled';
    if (error.error.code === 'dispute_not_applicable') return 'referrals.claim.notApplicable';
  }
  return problemMessageKey(error.status, error.error);
}
