import { formatMegabytes } from './file-size';

describe('formatMegabytes', () => {
  it('states whole megabytes without decimals', () => {
    expect(formatMegabytes(10 * 1024 * 1024, 'en-GB')).toBe('10 MB');
  });

  it('keeps one decimal in the locale of the reader', () => {
    expect(formatMegabytes(1.5 * 1024 * 1024, 'en-GB')).toBe('1.5 MB');
    expect(formatMegabytes(1.5 * 1024 * 1024, 'nl-NL')).toBe('1,5 MB');
  });
});
