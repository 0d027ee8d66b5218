import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('shows small files in kB and large ones in MB, in the locale, counting in 1024s', () => {
    expect(formatFileSize(850 * 1024, 'en-GB')).toBe('850 kB');
    expect(formatFileSize(2.4 * 1024 * 1024, 'en-GB')).toBe('2.4 MB');
    expect(formatFileSize(2.4 * 1024 * 1024, 'nl-NL')).toBe('2,4 MB');
    expect(formatFileSize(10 * 1024 * 1024, 'en-GB')).toBe('10 MB');
  });

  it('never rounds a tiny non-empty file down to nothing', () => {
    expect(formatFileSize(12, 'en-GB')).toBe('0.1 kB');
    expect(formatFileSize(1_536, 'en-GB')).toBe('1.5 kB');
  });
});
