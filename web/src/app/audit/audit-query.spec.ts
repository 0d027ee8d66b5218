import { convertToParamMap } from '@angular/router';
import { auditQueryFrom, auditQueryParams } from './audit-query';

describe('audit query', () => {
  it('reads page and filters from the address', () => {
    expect(auditQueryFrom(convertToParamMap({ page: '3', entityType: 'settings', action: ' settings.updated ' }))).toEqual({
      page: 3,
      pageSize: 50,
      entityType: 'settings',
      action: 'settings.updated',
    });
  });

  it('starts at page 1 when the page is missing or nonsense', () => {
    for (const page of [undefined, '0', '-2', '1.5', 'abc']) {
      expect(auditQueryFrom(convertToParamMap(page === undefined ? {} : { page })).page).toBe(1);
    }
  });

  it('leaves defaults out of the address', () => {
    expect(auditQueryParams({ page: 1, entityType: ' ', action: '' })).toEqual({
      page: null,
      entityType: null,
      action: null,
    });
    expect(auditQueryParams({ page: 2, entityType: 'settings', action: '' })).toEqual({
      page: 2,
      entityType: 'settings',
      action: null,
    });
  });
});
