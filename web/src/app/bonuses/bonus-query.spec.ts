import { convertToParamMap } from '@angular/router';
import { bonusApiParams, bonusQueryFrom, bonusQueryParams } from './bonus-query';

describe('bonus queue query', () => {
  it('opens on the eligible bonuses, first page', () => {
    expect(bonusQueryFrom(convertToParamMap({}))).toEqual({ page: 1, pageSize: 25, state: 'eligible', department: '', q: '' });
  });

  it('reads state, department, search and page from the address', () => {
    const query = bonusQueryFrom(convertToParamMap({ page: '3', state: 'approved', department: ' Sales ', q: 'jan' }));
    expect(query).toEqual({ page: 3, pageSize: 25, state: 'approved', department: 'Sales', q: 'jan' });
  });

  it('takes `all` as no state filter and an unknown state as the default', () => {
    expect(bonusQueryFrom(convertToParamMap({ state: 'all' })).state).toBeNull();
    expect(bonusQueryFrom(convertToParamMap({ state: 'pending' })).state).toBe('eligible');
  });

  it('ignores a page that is not a positive whole number', () => {
    expect(bonusQueryFrom(convertToParamMap({ page: '-2' })).page).toBe(1);
    expect(bonusQueryFrom(convertToParamMap({ page: '1.5' })).page).toBe(1);
  });

  it('writes only what differs from the default into the address, and reads it back the same', () => {
    expect(bonusQueryParams({ page: 1, state: 'eligible', department: '', q: ' ' })).toEqual({
      page: null,
      state: null,
      department: null,
      q: null,
    });
    const params = bonusQueryParams({ page: 2, state: null, department: 'Sales', q: 'jan' });
    expect(params).toEqual({ page: 2, state: 'all', department: 'Sales', q: 'jan' });
    const back = bonusQueryFrom(convertToParamMap(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))));
    expect(back).toEqual({ page: 2, pageSize: 25, state: null, department: 'Sales', q: 'jan' });
  });

  it('sends the API only the filters that are set', () => {
    expect(bonusApiParams({ page: 1, pageSize: 25, state: null, department: '', q: '' })).toEqual({ page: 1, pageSize: 25 });
    expect(bonusApiParams({ page: 2, pageSize: 25, state: 'eligible', department: 'Sales', q: 'jan' })).toEqual({
      page: 2,
      pageSize: 25,
      state: 'eligible',
      department: 'Sales',
      q: 'jan',
    });
  });
});
