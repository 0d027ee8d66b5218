import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ActivatedRoute, convertToParamMap, provideRouter, Router, type Params } from '@angular/router';
import type { Page, Permission, VacancySummaryResponse } from '@referrals/contracts';
import { BehaviorSubject } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { provideAppIcons } from '../../core/icons/app-icons';
import { VacancySearch } from './vacancy-search';
import { translocoInEnglish } from '../../../testing/transloco-in-english';

const summary: VacancySummaryResponse = {
  id: 'v1',
  title: 'Backend ontwikkelaar',
  department: 'Engineering',
  location: 'Utrecht',
  employmentType: 'part_time',
  category: 'Software',
  status: 'open',
  bonusAmountMinor: 150_000,
  bonusCurrency: 'EUR',
  openedAt: '2025-03-01T09:00:00.000Z',
};

async function render(params: Params, permissions: Permission[] = ['referCandidates']) {
  const queryParams = new BehaviorSubject(convertToParamMap(params));
  TestBed.configureTestingModule({
    imports: [
      VacancySearch,
      translocoInEnglish(),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideAppIcons(),
      provideRouter([]),
      { provide: ActivatedRoute, useValue: { queryParamMap: queryParams } },
      {
        provide: AuthStore,
        useValue: {
          can: (permission: Permission) => permissions.includes(permission),
        },
      },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const fixture = TestBed.createComponent(VacancySearch);
  fixture.detectChanges();
  http.expectOne('/api/vacancies/facets').flush({
    departments: ['Engineering', 'Sales'],
    locations: ['Utrecht'],
    categories: ['Software'],
  });
  const element = fixture.nativeElement as HTMLElement;
  const stable = () => fixture.whenStable();
  const search = (): TestRequest => http.expectOne((request) => request.url === '/api/vacancies');
  const answer = async (request: TestRequest, page: Partial<Page<VacancySummaryResponse>>) => {
    request.flush({
      items: [summary],
      page: 1,
      pageSize: 12,
      hasMore: false,
      ...page,
    });
    await stable();
  };
  const button = (name: string) =>
    [...element.querySelectorAll('button')].find((candidate) => candidate.textContent?.includes(name)) as
      | HTMLButtonElement
      | undefined;
  return {
    element,
    http,
    navigate,
    queryParams,
    stable,
    search,
    answer,
    button,
  };
}

describe('VacancySearch', () => {
  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    jest.useRealTimers();
  });

  it('searches with the query in the address and shows each vacancy as a card with its bonus', async () => {
    const { element, search, answer } = await render({
      q: 'ontwikkelaars',
      location: 'Utrecht',
      page: '2',
    });
    const request = search();
    expect(
      Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)])),
    ).toEqual({
      q: 'ontwikkelaars',
      location: 'Utrecht',
      page: '2',
      pageSize: '12',
    });
    expect(element.textContent).toContain('Loading vacancies…');
    await answer(request, { page: 2 });
    const card = element.querySelector('.vacancy-card');
    expect(card?.querySelector('h2 a')?.textContent?.trim()).toBe('Backend ontwikkelaar');
    expect(card?.querySelector('h2 a')?.getAttribute('href')).toBe('/vacancies/v1');
    expect(card?.textContent).toContain('Engineering');
    expect(card?.textContent).toContain('Part-time');
    expect(card?.textContent).toContain('Referral bonus €1,500');
    expect((element.querySelector('input[name="q"]') as HTMLInputElement).value).toBe('ontwikkelaars');
  });

  it('searches at once on Enter, from the first page', async () => {
    const { element, search, answer, navigate, stable } = await render({
      page: '3',
    });
    await answer(search(), {});
    const input = element.querySelector<HTMLInputElement>('input[name="q"]');
    if (!input) throw new Error('no search box');
    input.value = '  data engineer ';
    input.dispatchEvent(new Event('input'));
    input.closest('form')?.dispatchEvent(new Event('submit'));
    await stable();
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({
        queryParams: expect.objectContaining({
          q: 'data engineer',
          page: null,
        }),
        replaceUrl: false,
      }),
    );
  });

  it('searches while typing once the typing pauses, replacing the history entry', async () => {
    const { element, search, answer, navigate } = await render({});
    await answer(search(), {});
    jest.useFakeTimers();
    const input = element.querySelector<HTMLInputElement>('input[name="q"]');
    if (!input) throw new Error('no search box');
    for (const text of ['d', 'da', 'dat']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      jest.advanceTimersByTime(100);
    }
    expect(navigate).not.toHaveBeenCalled();
    jest.advanceTimersByTime(400);
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({
        queryParams: expect.objectContaining({ q: 'dat' }),
        replaceUrl: true,
      }),
    );
  });

  it('says so when nothing matches and offers to clear the filters', async () => {
    const { element, search, answer, button, navigate } = await render({
      q: 'astronaut',
      department: 'Sales',
    });
    await answer(search(), { items: [] });
    expect(element.textContent).toContain('No vacancies match your search.');
    button('Clear filters')?.click();
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({
        queryParams: expect.objectContaining({
          q: null,
          department: null,
          page: null,
        }),
      }),
    );
  });

  it('pages with next and previous while the API says there is more', async () => {
    const { search, answer, button, navigate } = await render({});
    await answer(search(), { hasMore: true });
    expect(button('Previous page')?.disabled).toBe(true);
    button('Next page')?.click();
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({
        queryParams: expect.objectContaining({ page: 2 }),
      }),
    );
  });

  it('shows an employee neither the status filter nor the new vacancy button, and never sends a status', async () => {
    const { element, search, answer } = await render({ status: 'draft' });
    const request = search();
    expect(request.request.params.has('status')).toBe(false);
    await answer(request, {});
    expect(element.querySelector('mat-select[formcontrolname="status"]')).toBeNull();
    expect(element.textContent).not.toContain('New vacancy');
  });

  it('gives people who manage vacancies a status filter and the new vacancy button', async () => {
    const { element, search, answer } = await render({ status: 'draft' }, ['referCandidates', 'manageVacancies']);
    const request = search();
    expect(request.request.params.get('status')).toBe('draft');
    await answer(request, { items: [{ ...summary, status: 'draft' }] });
    expect(element.querySelector('mat-select[formcontrolname="status"]')).not.toBeNull();
    expect(element.querySelector('a[href="/vacancies/new"]')?.textContent).toContain('New vacancy');
    expect(element.querySelector('.vacancy-card__status')?.textContent?.trim()).toBe('Draft');
  });

  it('offers a retry when the search fails', async () => {
    const { element, search, button, stable } = await render({});
    search().flush({ code: 'internal_error' }, { status: 500, statusText: 'Server Error' });
    await stable();
    expect(element.textContent).toContain('The vacancies could not be loaded.');
    button('Try again')?.click();
    await stable();
    search().flush({ items: [], page: 1, pageSize: 12, hasMore: false });
  });
});
