import { convertToParamMap } from '@angular/router';
import { effectiveSort, vacancySearchFrom, vacancySearchParams, vacancySearchRequest } from './vacancy-search-query';

const view = (params: Record<string, string>) => vacancySearchFrom(convertToParamMap(params));

describe('vacancySearchFrom', () => {
  it('reads every filter from the address', () => {
    expect(
      view({
        q: ' ontwikkelaar ',
        department: 'Engineering',
        location: 'Utrecht',
        category: 'Software',
        employmentType: 'part_time',
        status: 'on_hold',
        sort: 'bonus',
        page: '3',
      }),
    ).toEqual({
      q: 'ontwikkelaar',
      department: 'Engineering',
      location: 'Utrecht',
      category: 'Software',
      employmentType: 'part_time',
      status: 'on_hold',
      sort: 'bonus',
      page: 3,
    });
  });

  it('ignores values the API would refuse', () => {
    expect(
      view({
        employmentType: 'forever',
        status: 'archived',
        sort: 'random',
        page: '-1',
      }),
    ).toMatchObject({
      employmentType: '',
      status: '',
      sort: '',
      page: 1,
    });
    expect(view({ page: '1.5' }).page).toBe(1);
    expect(view({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });
});

describe('vacancySearchParams', () => {
  it('leaves defaults out of the address and round-trips the rest', () => {
    const params = vacancySearchParams(view({ q: 'data', page: '1' }));
    expect(params).toEqual({
      q: 'data',
      department: null,
      location: null,
      category: null,
      employmentType: null,
      status: null,
      sort: null,
      page: null,
    });
    const full = view({
      q: 'data',
      department: 'Sales',
      sort: 'title',
      page: '2',
    });
    const stringParams = Object.fromEntries(
      Object.entries(vacancySearchParams(full))
        .filter(([, value]) => value !== null)
        .map(([key, value]) => [key, String(value)]),
    );
    expect(view(stringParams)).toEqual(full);
  });
});

describe('effectiveSort', () => {
  it('sorts by relevance while searching and by newest otherwise', () => {
    expect(effectiveSort({ q: 'data', sort: '' })).toBe('relevance');
    expect(effectiveSort({ q: '', sort: '' })).toBe('newest');
    expect(effectiveSort({ q: '', sort: 'relevance' })).toBe('newest');
    expect(effectiveSort({ q: '', sort: 'bonus' })).toBe('bonus');
  });
});

describe('vacancySearchRequest', () => {
  it('sends only what is set', () => {
    expect(vacancySearchRequest(view({ q: 'data', location: 'Delft' }), false)).toEqual({
      page: 1,
      pageSize: 12,
      q: 'data',
      location: 'Delft',
    });
  });

  it('sends the status filter only for people who manage vacancies', () => {
    expect(vacancySearchRequest(view({ status: 'draft' }), false)).not.toHaveProperty('status');
    expect(vacancySearchRequest(view({ status: 'draft' }), true)).toMatchObject({ status: 'draft' });
  });
});
