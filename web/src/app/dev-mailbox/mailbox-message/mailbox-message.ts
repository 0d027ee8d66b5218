import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { DomSanitizer, type SafeHtml } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DevMailboxMessageResponse } from '@referrals/contracts';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { DevMailboxApi } from '../dev-mailbox-api';

type MessageView =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; mail: DevMailboxMessageResponse; html: SafeHtml };

/** One kept mail: who it was for, its HTML as a mail client would show it, and its text part. */
@Component({
  selector: 'app-mailbox-message',
  imports: [LocalDateTimePipe, MatButtonModule, MatIconModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  templateUrl: './mailbox-message.html',
  styleUrl: './mailbox-message.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxMessage {
  private readonly api = inject(DevMailboxApi);
  private readonly sanitizer = inject(DomSanitizer);

  /** From the route. */
  readonly id = input.required<string>();

  protected readonly view = toSignal(
    toObservable(this.id).pipe(
      switchMap((id) =>
        this.api.message(id).pipe(
          map(
            (mail): MessageView => ({
              status: 'ready',
              mail,
              // Shown only inside <iframe sandbox="">: no scripts, no forms, no access to the portal's origin,
              // so the mail's HTML needs no rewriting by Angular's sanitizer (which would drop its styles).
              html: this.sanitizer.bypassSecurityTrustHtml(mail.html),
            }),
          ),
          catchError(() => of<MessageView>({ status: 'failed' })),
          startWith<MessageView>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as MessageView },
  );
  protected readonly mail = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.mail : null;
  });
  protected readonly html = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.html : '';
  });
}
