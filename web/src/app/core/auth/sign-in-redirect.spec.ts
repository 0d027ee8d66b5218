import { safeReturnTo, samlLoginUrl } from './sign-in-redirect';

describe('safeReturnTo', () => {
  it('keeps paths inside the app, with their query', () => {
    expect(safeReturnTo('/audit?page=2')).toBe('/audit?page=2');
    expect(safeReturnTo('/')).toBe('/');
  });

  it('refuses anything that could leave the app', () => {
    for (const value of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '']) {
      expect(safeReturnTo(value)).toBe('/');
    }
  });

  it('does not return to the sign-in page itself', () => {
    expect(safeReturnTo('/sign-in?returnTo=%2Faudit')).toBe('/');
  });

  it('ignores values that are not strings', () => {
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo(['/audit'])).toBe('/');
  });
});

describe('samlLoginUrl', () => {
  it('passes the return path encoded', () => {
    expect(samlLoginUrl('/settings?tab=a&b=c')).toBe('/api/auth/saml/login?returnTo=%2Fsettings%3Ftab%3Da%26b%3Dc');
  });
});
