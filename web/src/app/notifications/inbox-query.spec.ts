import { convertToParamMap } from '@angular/router';
import { inboxQueryFrom, inboxQueryParams } from './inbox-query';

describe('inbox query', () => {
  it('reads page and unread filter from the address', () => {
    expect(inboxQueryFrom(convertToParamMap({ page: '3', unread: 'true' }))).toEqual({ page: 3, unreadOnly: true });
  });

  it('falls back to the first page of everything for missing or odd values', () => {
    expect(inboxQueryFrom(convertToParamMap({}))).toEqual({ page: 1, unreadOnly: false });
    expect(inboxQueryFrom(convertToParamMap({ page: '-2', unread: 'yes' }))).toEqual({ page: 1, unreadOnly: false });
    expect(inboxQueryFrom(convertToParamMap({ page: '1.5' }))).toEqual({ page: 1, unreadOnly: false });
  });

  it('leaves defaults out of the address and reads back what it writes', () => {
    expect(inboxQueryParams({ page: 1, unreadOnly: false })).toEqual({ page: null, unread: null });
    const params = inboxQueryParams({ page: 2, unreadOnly: true });
    expect(inboxQueryFrom(convertToParamMap(params))).toEqual({ page: 2, unreadOnly: true });
  });
});
