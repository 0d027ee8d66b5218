import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApplicationListItemResponse, Page, VacancySummaryResponse } from '@referrals/contracts';
import { PIPELINE_STAGES, type PipelineStage } from '@referrals/domain';
import {
  BehaviorSubject,
  catchError,
  combineLatest,
  forkJoin,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { typedText } from '../../shared/search/typed-text';
import { AuthStore } from '../../core/auth/auth-store';
import {
  candidateListFrom,
  candidateListParams,
  candidateListRequest,
  isNarrowed,
  type CandidateListView,
} from '../candidate-list-query';
import { daysInStep, daysInStepKey } from '../days-in-step';
import { PipelineApi } from '../pipeline-api';
import { stageNameKey } from '../step-label';

type ResultsView =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; page: Page<ApplicationListItemResponse>; at: Date };

/** Long enough not to search on every keystroke, short enough to feel live. */

/** The candidates across vacancies, filtered by vacancy, stage, recruiter and idleness; filters live in the address. */
@Component({
  selector: 'app-candidate-list',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './candidate-list.html',
  styleUrl: './candidate-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateList {
  private readonly api = inject(PipelineApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthStore);
  private readonly retries = new BehaviorSubject<void>(undefined);

  protected readonly canManageSetup = computed(() => this.auth.can('manageStageTemplates'));
  /** Recruiters have candidates of their own; hiring managers see their vacancies' candidates. */
  protected readonly isRecruiter = computed(() => this.auth.can('moveCandidates'));
  protected readonly stages = PIPELINE_STAGES;
  protected readonly stageNameKey = stageNameKey;

  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly textForm = new FormGroup({ q: this.text });
  protected readonly filters = new FormGroup({
    vacancyId: new FormControl('', { nonNullable: true }),
    stage: new FormControl<PipelineStage | ''>('', { nonNullable: true }),
    recruiter: new FormControl<'' | 'me'>('', { nonNullable: true }),
    stale: new FormControl(false, { nonNullable: true }),
    includeEnded: new FormControl(false, { nonNullable: true }),
  });

  private readonly query$ = this.route.queryParamMap.pipe(map(candidateListFrom));
  protected readonly query = toSignal(this.query$, { requireSync: true });
  protected readonly narrowed = computed(() => isNarrowed(this.query()));
  protected readonly filtersOpen = signal(false);
  protected readonly filterCount = computed(() => {
    const { vacancyId, stage, recruiter, stale, includeEnded } = this.query();
    return [vacancyId, stage, recruiter, stale, includeEnded].filter(Boolean).length;
  });

  /** Open vacancies for everyone; recruiters also pick the ones on hold. */
  private readonly vacancyChoices = toSignal(
    forkJoin([
      this.api.vacancies('open'),
      this.auth.can('manageVacancies') ? this.api.vacancies('on_hold') : of<VacancySummaryResponse[]>([]),
    ]).pipe(
      map(([open, onHold]) =>
        [...open, ...onHold]
          .map((vacancy) => ({ id: vacancy.id, title: vacancy.title }))
          .sort((a, b) => a.title.localeCompare(b.title)),
      ),
      catchError(() => of([])),
    ),
    { initialValue: [] as { id: string; title: string }[] },
  );

  protected readonly view = toSignal(
    combineLatest([this.query$, this.retries]).pipe(
      switchMap(([query]) =>
        this.api.applications(candidateListRequest(query)).pipe(
          map((page): ResultsView => ({ status: 'ready', page, at: new Date() })),
          catchError(() => of<ResultsView>({ status: 'failed' })),
          startWith<ResultsView>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as ResultsView },
  );

  protected readonly rows = computed(() => {
    const view = this.view();
    if (view.status !== 'ready') return [];
    return view.page.items.map((item) => {
      const days = daysInStep(item.stageEnteredAt, view.at);
      return { item, days, daysKey: daysInStepKey(days) };
    });
  });
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });

  /** The chosen vacancy stays in the filter even when it is not open (e.g. reached from a closed vacancy's board). */
  protected readonly vacancies = computed(() => {
    const choices = this.vacancyChoices();
    const chosen = this.query().vacancyId;
    if (!chosen || choices.some((vacancy) => vacancy.id === chosen)) return choices;
    const title = this.rows().find((row) => row.item.vacancy?.id === chosen)?.item.vacancy?.title;
    return [...choices, { id: chosen, title: title ?? '…' }];
  });
  protected readonly chosenVacancy = computed(() => this.vacancies().find((v) => v.id === this.query().vacancyId) ?? null);

  constructor() {
    // The fields follow the address, also on back/forward; the user's typing is left alone.
    effect(() => {
      const query = this.query();
      if (this.text.value.trim() !== query.q) this.text.setValue(query.q, { emitEvent: false });
      this.filters.setValue(
        {
          vacancyId: query.vacancyId,
          stage: query.stage,
          recruiter: query.recruiter,
          stale: query.stale,
          includeEnded: query.includeEnded,
        },
        { emitEvent: false },
      );
    });
    // Searching while typing replaces the history entry, so Back leaves the search instead of replaying keystrokes.
    typedText(this.text.valueChanges)
      .pipe(takeUntilDestroyed())
      .subscribe((q) => {
        if (q !== this.query().q) this.navigate({ ...this.query(), q, page: 1 }, true);
      });
  }

  protected search(): void {
    const q = this.text.value.trim();
    if (q !== this.query().q) this.navigate({ ...this.query(), q, page: 1 });
  }

  protected applyFilters(): void {
    this.navigate({ ...this.query(), ...this.filters.getRawValue(), page: 1 });
  }

  protected clearFilters(): void {
    this.navigate({
      vacancyId: '',
      stage: '',
      recruiter: '',
      stale: false,
      includeEnded: false,
      q: '',
      page: 1,
    });
  }

  protected goToPage(page: number): void {
    this.navigate({ ...this.query(), page });
  }

  protected retry(): void {
    this.retries.next();
  }

  private navigate(view: CandidateListView, replaceUrl = false): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: candidateListParams(view), replaceUrl });
  }
}
