import { toE164 } from './phone-number';

describe('toE164', () => {
  it.each([
    ['06 12345678', '+31612345678'],
    ['+31 (0)6-1234 5678', '+31612345678'],
    ['0031 6 12345678', '+31612345678'],
    ['030 123 4567', '+31301234567'],
    ['+32 470 12 34 56', '+32470123456'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('writes %s as %s', (input, expected) => {
    expect(toE164(input)).toBe(expected);
  });

  it.each(['12', 'not a number', '+31 6 123', '06 1234567890123'])('refuses %s', (input) => {
    expect(toE164(input)).toBeNull();
  });
});
