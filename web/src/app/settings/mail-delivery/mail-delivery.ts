import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { FailingEmailAddressResponse, MailDeliverySummaryResponse } from '@referrals/contracts';
import { BehaviorSubject, catchError, firstValueFrom, forkJoin, map, of, startWith, switchMap } from 'rxjs';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { MailDeliveryApi } from './mail-delivery-api';

type DeliveryView =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; summary: MailDeliverySummaryResponse; failing: FailingEmailAddressResponse[] };

/**
 * The admin's view of outgoing mail: how the queue stands, and the addresses the mail server refused for
 * good, which get no mail until cleared here (after the person's mailbox was fixed).
 */
@Component({
  selector: 'app-mail-delivery',
  imports: [LocalDateTimePipe, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  templateUrl: './mail-delivery.html',
  styleUrl: './mail-delivery.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailDelivery {
  private readonly api = inject(MailDeliveryApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  /** Each load; true when the page should show that it is loading (the first time, and a retry after failing). */
  private readonly reloads = new BehaviorSubject<boolean>(true);
  private readonly failingHeading = viewChild<ElementRef<HTMLElement>>('failingHeading');

  /** The address being cleared, so its button waits and no second click goes out. */
  protected readonly clearing = signal<string | null>(null);
  protected readonly view = toSignal(
    this.reloads.pipe(
      switchMap((blank) => {
        const loaded = forkJoin({ summary: this.api.summary(), failing: this.api.failingAddresses() }).pipe(
          map((loaded): DeliveryView => ({ status: 'ready', ...loaded })),
          catchError(() => of<DeliveryView>({ status: 'failed' })),
        );
        // A refresh keeps what is shown until the new state is in, so the page does not jump.
        return blank ? loaded.pipe(startWith<DeliveryView>({ status: 'loading' })) : loaded;
      }),
    ),
    { initialValue: { status: 'loading' } as DeliveryView },
  );
  protected readonly summary = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.summary : null;
  });
  protected readonly failing = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.failing : [];
  });

  protected reload(blank = false): void {
    this.reloads.next(blank);
  }

  protected async clear(entry: FailingEmailAddressResponse): Promise<void> {
    if (this.clearing()) return;
    this.clearing.set(entry.address);
    try {
      await firstValueFrom(this.api.clearFailingAddress(entry.address));
      this.snackBar.open(this.transloco.translate('mailDelivery.failing.cleared', { address: entry.address }), undefined, {
        duration: 5000,
      });
    } catch {
      // The interceptor has said why; the list below shows the state as it is now.
    } finally {
      this.clearing.set(null);
      this.reload();
      // The button clicked goes with its address; keep keyboard users in the list rather than at the page top.
      this.failingHeading()?.nativeElement.focus();
    }
  }
}
