import { HttpErrorResponse } from '@angular/common/http';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ReferralDetailResponse } from '@referrals/contracts';
import { filter, finalize, switchMap } from 'rxjs';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { ReferralsApi } from '../../referrals/referrals-api';
import { ReferralStatusChip } from '../referral-status-chip/referral-status-chip';
import { WithdrawDialog, type WithdrawConfirmation, type WithdrawDialogData } from '../withdraw-dialog/withdraw-dialog';

type DetailView =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'failed' }
  | { status: 'ready'; referral: ReferralDetailResponse };

@Component({
  selector: 'app-referral-detail',
  imports: [LocalDateTimePipe, MatButtonModule, MatIconModule, MatProgressBarModule, ReferralStatusChip, RouterLink, TranslocoPipe],
  templateUrl: './referral-detail.html',
  styleUrl: './referral-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReferralDetail {
  private readonly api = inject(ReferralsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);

  /** The `:id` of the address. */
  readonly id = input.required<string>();

  protected readonly view = signal<DetailView>({ status: 'loading' });
  protected readonly withdrawing = signal(false);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  constructor() {
    toObservable(this.id)
      .pipe(takeUntilDestroyed())
      .subscribe((id) => this.load(id));
  }

  protected reload(): void {
    this.load(this.id());
  }

  protected withdraw(referral: ReferralDetailResponse): void {
    this.dialog
      .open<WithdrawDialog, WithdrawDialogData, WithdrawConfirmation>(WithdrawDialog, {
        data: { candidateName: referral.candidateName },
        width: '32rem',
        maxWidth: 'calc(100vw - 2rem)',
      })
      .afterClosed()
      .pipe(
        filter((confirmation): confirmation is WithdrawConfirmation => typeof confirmation === 'object' && confirmation !== null),
        switchMap(({ reason }) => {
          this.withdrawing.set(true);
          return this.api.withdraw(referral.id, reason).pipe(finalize(() => this.withdrawing.set(false)));
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(this.transloco.translate('myReferrals.withdraw.done'), this.transloco.translate('errors.dismiss'), {
            duration: 5000,
          });
          this.load(referral.id, true);
        },
        // The toast said why (e.g. it moved on meanwhile); show the referral as it is now.
        error: () => this.load(referral.id, true),
      });
  }

  private load(id: string, focusHeading = false): void {
    if (this.view().status !== 'ready') this.view.set({ status: 'loading' });
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (referral) => {
          this.view.set({ status: 'ready', referral });
          // The withdraw button has gone; put focus somewhere that makes sense instead of the page's end.
          if (focusHeading) afterNextRender(() => this.heading()?.nativeElement.focus(), { injector: this.injector });
        },
        error: (error: unknown) =>
          this.view.set({
            status: error instanceof HttpErrorResponse && (error.status === 404 || error.status === 403) ? 'missing' : 'failed',
          }),
      });
  }
}
