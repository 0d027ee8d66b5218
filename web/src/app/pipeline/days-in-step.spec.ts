import { daysInStep, daysInStepKey } from './days-in-step';

describe('daysInStep', () => {
  const now = new Date('2025-03-12T09:00:00Z');

  it('counts calendar days, starting at 0 on the day of the move', () => {
    expect(daysInStep('2025-03-12T07:30:00Z', now, 'Europe/Amsterdam')).toBe(0);
    expect(daysInStep('2025-03-11T21:00:00Z', now, 'Europe/Amsterdam')).toBe(1); // 22:00 the evening before
    expect(daysInStep('2025-03-05T09:00:00Z', now, 'Europe/Amsterdam')).toBe(7);
  });

  it('turns over at the user’s midnight, not at UTC midnight', () => {
    // 23:30 UTC on the 11th is 00:30 on the 12th in Amsterdam: still today there, yesterday in UTC.
    expect(daysInStep('2025-03-11T23:30:00Z', now, 'Europe/Amsterdam')).toBe(0);
    expect(daysInStep('2025-03-11T23:30:00Z', now, 'UTC')).toBe(1);
  });

  it('counts across a change to summer time', () => {
    expect(daysInStep('2025-03-29T12:00:00Z', new Date('2025-04-01T12:00:00Z'), 'Europe/Amsterdam')).toBe(3);
  });

  it('never goes below 0 for a clock that runs a little behind the server, nor breaks on a bad date', () => {
    expect(daysInStep('2025-03-13T09:00:00Z', now, 'UTC')).toBe(0);
    expect(daysInStep('not a date', now, 'UTC')).toBe(0);
  });
});

describe('daysInStepKey', () => {
  it('says today, one day or a number of days', () => {
    expect(daysInStepKey(0)).toBe('pipeline.days.today');
    expect(daysInStepKey(1)).toBe('pipeline.days.one');
    expect(daysInStepKey(12)).toBe('pipeline.days.many');
  });
});
