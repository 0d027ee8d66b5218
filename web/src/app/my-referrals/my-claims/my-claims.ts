import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MyDisputeResponse } from '@referrals/contracts';
import { catchError, map, of } from 'rxjs';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { DisputesApi } from '../../referrals/disputes-api';

type ClaimsView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; claims: MyDisputeResponse[] };

/** The credit claims the employee filed, with HR's decision; shown only once there is one. */
@Component({
  selector: 'app-my-claims',
  imports: [LocalDateTimePipe, TranslocoPipe],
  templateUrl: './my-claims.html',
  styleUrl: './my-claims.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyClaims {
  private readonly api = inject(DisputesApi);

  protected readonly view = toSignal(
    this.api.mine().pipe(
      map((page): ClaimsView => ({ status: 'ready', claims: page.items })),
      catchError(() => of<ClaimsView>({ status: 'failed' })),
    ),
    { initialValue: { status: 'loading' } as ClaimsView },
  );
  protected readonly claims = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.claims : [];
  });
}
