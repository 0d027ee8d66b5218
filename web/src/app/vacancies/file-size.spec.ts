import { formatFileSize } from './file-size';

describe('formatFileSize', () => {
  it('picks a readable unit', () => {
    expect(formatFileSize(512, 'en-GB')).toBe('512 byte');
    expect(formatFileSize(820_400, 'en-GB')).toBe('820.4 kB');
    expect(formatFileSize(2_400_000, 'en-GB')).toBe('2.4 MB');
  });

  it('writes numbers the local way', () => {
    expect(formatFileSize(2_450_000, 'nl-NL')).toBe('2,5 MB');
  });
});
