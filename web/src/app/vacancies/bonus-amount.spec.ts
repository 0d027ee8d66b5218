import { currencyFractionDigits, formatMinorAsMajorInput, parseMajorAmountToMinor } from './bonus-amount';

describe('parseMajorAmountToMinor', () => {
  it.each([
    ['1500', 150_000],
    ['0', 0],
    ['007', 700],
    ['1500,50', 150_050],
    ['1500.50', 150_050],
    ['1500,5', 150_050],
    ['0.29', 29],
    ['0,01', 1],
    ['1.500', 150_000],
    ['1,500', 150_000],
    ['1.500,50', 150_050],
    ['1,500.50', 150_050],
    ['1.234.567,89', 123_456_789],
    ['1 500', 150_000],
    ['15.005', 1_500_500],
    ['  1\u00a0500,25 ', 150_025],
  ])('reads %p as %p minor units', (text, minor) => {
    expect(parseMajorAmountToMinor(text, 2)).toBe(minor);
  });

  it('never rounds through a float', () => {
    // 1.13 * 100 is 112.99999999999999 in floating point.
    expect(parseMajorAmountToMinor('1.13', 2)).toBe(113);
    expect(parseMajorAmountToMinor('4.35', 2)).toBe(435);
  });

  it.each([
    '',
    ' ',
    'abc',
    '-5',
    '+5',
    '1e3',
    '15.0055',
    '1,50,00',
    '1.5.0',
    '12.34,56.78',
    '1,500,5',
    '.50',
    '50.',
    '1.500.50',
  ])('refuses %p', (text) => {
    expect(parseMajorAmountToMinor(text, 2)).toBeNull();
  });

  it('refuses a number too large to hold exactly', () => {
    expect(parseMajorAmountToMinor('999999999999999999', 2)).toBeNull();
  });

  it('knows currencies without minor units', () => {
    expect(parseMajorAmountToMinor('1500', 0)).toBe(1500);
    expect(parseMajorAmountToMinor('1.500', 0)).toBe(1500);
    expect(parseMajorAmountToMinor('1500,50', 0)).toBeNull();
  });
});

describe('formatMinorAsMajorInput', () => {
  it('leaves out a zero fraction and uses the given decimal sign otherwise', () => {
    expect(formatMinorAsMajorInput(150_000, 2, '.')).toBe('1500');
    expect(formatMinorAsMajorInput(150_050, 2, ',')).toBe('1500,50');
    expect(formatMinorAsMajorInput(5, 2, '.')).toBe('0.05');
    expect(formatMinorAsMajorInput(0, 2, '.')).toBe('0');
    expect(formatMinorAsMajorInput(1500, 0, ',')).toBe('1500');
  });

  it('round-trips with the parser', () => {
    for (const minor of [0, 1, 99, 100, 12_345, 100_000_000]) {
      expect(parseMajorAmountToMinor(formatMinorAsMajorInput(minor, 2, ','), 2)).toBe(minor);
    }
  });
});

describe('currencyFractionDigits', () => {
  it('reads the minor digits of a currency', () => {
    expect(currencyFractionDigits('EUR')).toBe(2);
    expect(currencyFractionDigits('JPY')).toBe(0);
  });
});
