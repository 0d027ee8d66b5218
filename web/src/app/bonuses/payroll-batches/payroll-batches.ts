import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { isProblemDetails, type ConfirmationReport as Report, type Page, type PayrollBatchResponse } from '@referrals/contracts';
import { catchError, map, of, startWith, Subject, switchMap } from 'rxjs';
import { problemMessageKey } from '../../core/http/problem-message';
import { LocalDateTimePipe } from '../../shared/format/local-date-time-pipe';
import { MoneyPipe } from '../../shared/format/money-pipe';
import { BonusesApi, payrollExportUrl } from '../bonuses-api';
import { CalendarDatePipe } from '../calendar-date-pipe';
import { countKey } from '../count-key';
import { ConfirmationReport } from '../confirmation-report/confirmation-report';

type BatchesView = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; page: Page<PayrollBatchResponse> };

/** Per batch: an upload under way, its report, or why it failed. */
type UploadState =
  | { status: 'uploading'; fileName: string }
  | { status: 'done'; fileName: string; report: Report }
  | { status: 'failed'; fileName: string; messageKey: string };

/** A positive whole page number from the address, 1 otherwise. */
function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

/** Payroll batches: make one from the approved bonuses, download its files, upload payroll's confirmation. */
@Component({
  selector: 'app-payroll-batches',
  imports: [
    CalendarDatePipe,
    ConfirmationReport,
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MoneyPipe,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './payroll-batches.html',
  styleUrl: './payroll-batches.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PayrollBatches {
  private readonly api = inject(BonusesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reloads = new Subject<void>();

  protected readonly approvedUntil = new FormControl('', {
    nonNullable: true,
    validators: Validators.pattern(/^\d{4}-\d{2}-\d{2}$/),
  });
  /** The form element needs a group to submit through Angular rather than natively. */
  protected readonly createForm = new FormGroup({ approvedUntil: this.approvedUntil });
  protected readonly creating = signal(false);
  /** Set when the API found nothing to export: said next to the button, not in a passing toast. */
  protected readonly nothingToExport = signal<{ key: string; date: string | undefined } | null>(null);
  protected readonly uploads = signal<Readonly<Record<string, UploadState>>>({});

  private readonly page$ = this.route.queryParamMap.pipe(map((params) => pageFrom(params.get('page'))));
  protected readonly page = toSignal(this.page$, { initialValue: 1 });
  protected readonly view = toSignal(
    this.page$.pipe(
      switchMap((page) =>
        this.reloads.pipe(
          startWith(undefined),
          switchMap((_, index) => {
            const request = this.api.batches(page).pipe(
              map((result): BatchesView => ({ status: 'ready', page: result })),
              catchError(() => of<BatchesView>({ status: 'failed' })),
            );
            return index === 0 ? request.pipe(startWith<BatchesView>({ status: 'loading' })) : request;
          }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as BatchesView },
  );
  protected readonly batches = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.page.items : [];
  });
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });

  protected exportUrl(batch: PayrollBatchResponse, format: 'csv' | 'xlsx'): string {
    return payrollExportUrl(batch.id, format);
  }

  protected createBatch(): void {
    this.approvedUntil.markAsTouched();
    if (this.approvedUntil.invalid || this.creating()) return;
    const approvedUntil = this.approvedUntil.value || undefined;
    this.creating.set(true);
    this.nothingToExport.set(null);
    this.api
      .createBatch(approvedUntil ? { approvedUntil } : {})
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (batch) => {
          this.creating.set(false);
          this.approvedUntil.reset();
          this.notify(countKey('bonuses.payroll.created', batch.bonusCount), { number: batch.number, count: batch.bonusCount });
          if (this.page() === 1) this.reloads.next();
          else this.goToPage(1);
        },
        error: (error: unknown) => {
          this.creating.set(false);
          const body = error instanceof HttpErrorResponse ? error.error : null;
          if (isProblemDetails(body) && body.code === 'nothing_to_export') {
            this.nothingToExport.set({ key: approvedUntil ? 'bonuses.payroll.nothingUntil' : 'bonuses.payroll.nothing', date: approvedUntil });
            return;
          }
          this.notify(problemMessageKey(error instanceof HttpErrorResponse ? error.status : 0, body));
        },
      });
  }

  protected upload(batch: PayrollBatchResponse, input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after a fix
    if (!file) return;
    this.setUpload(batch.id, { status: 'uploading', fileName: file.name });
    this.api
      .uploadConfirmation(batch.id, file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.setUpload(batch.id, { status: 'done', fileName: file.name, report });
          this.reloads.next(); // the paid count moved
        },
        error: (error: unknown) => {
          const body = error instanceof HttpErrorResponse ? error.error : null;
          const unreadable = isProblemDetails(body) && body.code === 'validation_failed';
          this.setUpload(batch.id, {
            status: 'failed',
            fileName: file.name,
            messageKey: unreadable ? 'bonuses.payroll.unreadable' : problemMessageKey(error instanceof HttpErrorResponse ? error.status : 0, body),
          });
        },
      });
  }

  protected retry(): void {
    this.reloads.next();
  }

  protected goToPage(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page: page > 1 ? page : null } });
  }

  private setUpload(batchId: string, state: UploadState): void {
    this.uploads.update((uploads) => ({ ...uploads, [batchId]: state }));
  }

  private notify(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(this.transloco.translate(key, params), this.transloco.translate('errors.dismiss'), { duration: 6000 });
  }
}
