import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditEntryResponse, Page } from '@referrals/contracts';
import { BehaviorSubject, catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { AuditApi } from '../audit-api';
import { describeChanges } from '../audit-changes';
import { auditQueryFrom, auditQueryParams } from '../audit-query';

type AuditView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; page: Page<AuditEntryResponse> };

@Component({
  selector: 'app-audit-log',
  imports: [
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './audit-log.html',
  styleUrl: './audit-log.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLog {
  private readonly api = inject(AuditApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly retries = new BehaviorSubject<void>(undefined);

  protected readonly columns = ['occurredAt', 'actor', 'action', 'entity', 'changes'];
  protected readonly filters = new FormGroup({
    entityType: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
  });

  private readonly query$ = this.route.queryParamMap.pipe(map(auditQueryFrom));
  protected readonly query = toSignal(this.query$, { requireSync: true });
  protected readonly view = toSignal(
    combineLatest([this.query$, this.retries]).pipe(
      switchMap(([query]) =>
        this.api.list(query).pipe(
          map((page): AuditView => ({ status: 'ready', page })),
          catchError(() => of<AuditView>({ status: 'failed' })),
          startWith<AuditView>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as AuditView },
  );
  protected readonly rows = computed(() => {
    const view = this.view();
    return view.status === 'ready'
      ? view.page.items.map((entry) => ({ ...entry, changes: describeChanges(entry.before, entry.after) }))
      : [];
  });
  protected readonly hasPrevious = computed(() => this.query().page > 1);
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });
  protected readonly filtered = computed(() => this.query().entityType !== '' || this.query().action !== '');

  constructor() {
    // Keep the filter fields in step with the address, also on back/forward.
    effect(() => {
      const { entityType, action } = this.query();
      this.filters.setValue({ entityType, action });
    });
  }

  protected applyFilters(): void {
    this.navigate({ page: 1, ...this.filters.getRawValue() });
  }

  protected clearFilters(): void {
    this.navigate({ page: 1, entityType: '', action: '' });
  }

  protected goToPage(page: number): void {
    const { entityType, action } = this.query();
    this.navigate({ page, entityType, action });
  }

  protected retry(): void {
    this.retries.next();
  }

  private navigate(view: { page: number; entityType: string; action: string }): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: auditQueryParams(view) });
  }
}
