import { pageOf, pageWindow } from './paging';

describe('paging', () => {
  it('covers the rows of the requested page and fetches one more', () => {
    expect(pageWindow({ page: 3, pageSize: 10 })).toEqual({ page: 3, pageSize: 10, offset: 20, fetch: 11 });
    expect(pageWindow({}, 50)).toEqual({ page: 1, pageSize: 50, offset: 0, fetch: 51 });
  });

  it('drops the extra row and says a next page exists when it was there', () => {
    const window = pageWindow({ pageSize: 2 });
    expect(pageOf([1, 2, 3], window)).toEqual({ items: [1, 2], page: 1, pageSize: 2, hasMore: true });
    expect(pageOf([1, 2], window)).toEqual({ items: [1, 2], page: 1, pageSize: 2, hasMore: false });
  });
});
