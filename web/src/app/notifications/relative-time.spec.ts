import { relativeTime } from './relative-time';

const NOW = new Date('2026-11-25T12:00:00.000Z');
const before = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();

describe('relativeTime', () => {
  it.each([
    [10, 'now'],
    [5 * 60, '5 minutes ago'],
    [3 * 3600, '3 hours ago'],
    [30 * 3600, 'yesterday'],
    [3 * 86_400, '3 days ago'],
    [15 * 86_400, '2 weeks ago'],
  ])('says %i seconds ago in British English as "%s"', (seconds, text) => {
    expect(relativeTime(before(seconds), NOW, 'en-GB')).toBe(text);
  });

  it.each([
    [10, 'nu'],
    [5 * 60, '5 minuten geleden'],
    [30 * 3600, 'gisteren'],
  ])('says %i seconds ago in Dutch as "%s"', (seconds, text) => {
    expect(relativeTime(before(seconds), NOW, 'nl-NL')).toBe(text);
  });

  it('gives the date itself for anything older than four weeks', () => {
    expect(relativeTime('2026-09-01T08:00:00.000Z', NOW, 'en-GB')).toBe('1 September 2026');
    expect(relativeTime('2026-09-01T08:00:00.000Z', NOW, 'nl-NL')).toBe('1 september 2026');
  });

  it('treats a clock slightly ahead of ours as now, not as the future', () => {
    expect(relativeTime(before(-20), NOW, 'en-GB')).toBe('now');
  });
});
