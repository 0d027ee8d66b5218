import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Page, VacancyFacetsResponse, VacancySort, VacancySummaryResponse } from '@referrals/contracts';
import { EMPLOYMENT_TYPES, VACANCY_STATUSES, type EmploymentType, type VacancyStatus } from '@referrals/domain';
import {
  BehaviorSubject,
  catchError,
  combineLatest,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { typedText } from '../../shared/search/typed-text';
import { AuthStore } from '../../core/auth/auth-store';
import { BonusPipe } from '../bonus-pipe';
import { VacanciesApi } from '../vacancies-api';
import { VACANCY_SORTS } from '@referrals/contracts';
import {
  effectiveSort,
  vacancySearchFrom,
  vacancySearchParams,
  vacancySearchRequest,
  type VacancySearchView,
} from '../vacancy-search-query';

type ResultsView =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; page: Page<VacancySummaryResponse> };

const NO_FACETS: VacancyFacetsResponse = {
  departments: [],
  locations: [],
  categories: [],
};
/** Long enough not to search on every keystroke, short enough to feel live. */

/** A facet's choices, keeping the chosen one even when no open vacancy has it (e.g. a recruiter's draft). */
function withChosen(values: readonly string[], chosen: string): string[] {
  return chosen && !values.includes(chosen) ? [...values, chosen].sort((a, b) => a.localeCompare(b)) : [...values];
}

@Component({
  selector: 'app-vacancy-search',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    BonusPipe,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './vacancy-search.html',
  styleUrl: './vacancy-search.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VacancySearch {
  private readonly api = inject(VacanciesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthStore);
  private readonly retries = new BehaviorSubject<void>(undefined);

  protected readonly canManage = computed(() => this.auth.can('manageVacancies'));
  protected readonly canSeeGeneralReferrals = computed(() => this.auth.can('viewGeneralReferrals'));
  protected readonly employmentTypes = EMPLOYMENT_TYPES;
  protected readonly statuses = VACANCY_STATUSES;

  protected readonly text = new FormControl('', { nonNullable: true });
  protected readonly textForm = new FormGroup({ q: this.text });
  protected readonly filters = new FormGroup({
    department: new FormControl('', { nonNullable: true }),
    location: new FormControl('', { nonNullable: true }),
    category: new FormControl('', { nonNullable: true }),
    employmentType: new FormControl<EmploymentType | ''>('', {
      nonNullable: true,
    }),
    status: new FormControl<VacancyStatus | ''>('', { nonNullable: true }),
    sort: new FormControl<VacancySort>('newest', { nonNullable: true }),
  });

  private readonly query$ = this.route.queryParamMap.pipe(map(vacancySearchFrom));
  protected readonly query = toSignal(this.query$, { requireSync: true });

  private readonly facets = toSignal(this.api.facets().pipe(catchError(() => of(NO_FACETS))), {
    initialValue: NO_FACETS,
  });
  protected readonly departments = computed(() => withChosen(this.facets().departments, this.query().department));
  protected readonly locations = computed(() => withChosen(this.facets().locations, this.query().location));
  protected readonly categories = computed(() => withChosen(this.facets().categories, this.query().category));
  protected readonly sorts = computed(() =>
    VACANCY_SORTS.filter((sort) => sort !== 'relevance' || this.query().q !== ''),
  );

  protected readonly view = toSignal(
    combineLatest([this.query$, this.retries]).pipe(
      switchMap(([query]) =>
        this.api.search(vacancySearchRequest(query, this.canManage())).pipe(
          map((page): ResultsView => ({ status: 'ready', page })),
          catchError(() => of<ResultsView>({ status: 'failed' })),
          startWith<ResultsView>({ status: 'loading' }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as ResultsView },
  );
  protected readonly items = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? view.page.items : [];
  });
  protected readonly hasMore = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.page.hasMore;
  });
  protected readonly filtersOpen = signal(false);
  protected readonly filterCount = computed(() => {
    const { department, location, category, employmentType, status } = this.query();
    return [department, location, category, employmentType, status].filter((value) => value !== '').length;
  });
  protected readonly narrowed = computed(() => {
    const { q, department, location, category, employmentType, status } = this.query();
    return [q, department, location, category, employmentType, status].some((value) => value !== '');
  });

  constructor() {
    // The fields follow the address, also on back/forward; the user's typing is left alone.
    effect(() => {
      const query = this.query();
      if (this.text.value.trim() !== query.q) this.text.setValue(query.q, { emitEvent: false });
      this.filters.setValue(
        {
          department: query.department,
          location: query.location,
          category: query.category,
          employmentType: query.employmentType,
          status: query.status,
          sort: effectiveSort(query),
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

  /** Enter in the search box searches at once. */
  protected search(): void {
    const q = this.text.value.trim();
    if (q !== this.query().q) this.navigate({ ...this.query(), q, page: 1 });
  }

  protected applyFilters(): void {
    const { sort, ...filters } = this.filters.getRawValue();
    const query = this.query();
    // The default order is not written into the address, so it keeps following the search text.
    const chosenSort = sort === effectiveSort({ q: query.q, sort: '' }) ? '' : sort;
    this.navigate({
      ...query,
      ...filters,
      status: this.canManage() ? filters.status : '',
      sort: chosenSort,
      page: 1,
    });
  }

  protected clearFilters(): void {
    this.navigate({
      ...this.query(),
      q: '',
      department: '',
      location: '',
      category: '',
      employmentType: '',
      status: '',
      page: 1,
    });
  }

  protected goToPage(page: number): void {
    this.navigate({ ...this.query(), page });
  }

  protected retry(): void {
    this.retries.next();
  }

  private navigate(view: VacancySearchView, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: vacancySearchParams(view),
      replaceUrl,
    });
  }
}
