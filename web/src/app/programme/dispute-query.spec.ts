import { convertToParamMap } from '@angular/router';
import { disputeQueryFrom, disputeQueryParams, openFirst, statusOf } from './dispute-query';

describe('dispute desk query', () => {
  it('opens on the open cases, first page', () => {
    expect(disputeQueryFrom(convertToParamMap({}))).toEqual({ filter: 'open', page: 1 });
  });

  it('reads a status and page from the address and ignores nonsense', () => {
    expect(disputeQueryFrom(convertToParamMap({ status: 'upheld', page: '3' }))).toEqual({ filter: 'upheld', page: 3 });
    expect(disputeQueryFrom(convertToParamMap({ status: 'lost', page: '-1' }))).toEqual({ filter: 'open', page: 1 });
  });

  it('leaves defaults out of the address', () => {
    expect(disputeQueryParams({ filter: 'open', page: 1 })).toEqual({ status: null, page: null });
    expect(disputeQueryParams({ filter: 'all', page: 2 })).toEqual({ status: 'all', page: 2 });
  });

  it('asks the API for no status when showing all', () => {
    expect(statusOf('all')).toBeNull();
    expect(statusOf('dismissed')).toBe('dismissed');
  });

  it('puts open cases first and keeps the order within each group', () => {
    const cases = [
      { id: 'a', status: 'upheld' as const },
      { id: 'b', status: 'open' as const },
      { id: 'c', status: 'dismissed' as const },
      { id: 'd', status: 'open' as const },
    ];
    expect(openFirst(cases).map((item) => item.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
