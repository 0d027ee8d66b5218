import { initialLocale } from './language-preference';

describe('initialLocale', () => {
  it('prefers the language remembered in this browser', () => {
    expect(initialLocale('nl', ['en-GB'])).toBe('nl');
  });

  it('ignores a remembered value that is not a supported language', () => {
    expect(initialLocale('fr', ['nl-BE', 'en'])).toBe('nl');
  });

  it('takes the first supported browser language', () => {
    expect(initialLocale(null, ['de-DE', 'nl-NL', 'en-US'])).toBe('nl');
    expect(initialLocale(null, ['en-US', 'nl'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(initialLocale(null, ['de', 'fr'])).toBe('en');
    expect(initialLocale(null, [])).toBe('en');
  });
});
