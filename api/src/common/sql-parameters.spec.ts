import { containsPattern, SqlParameters } from './sql-parameters';

describe('SqlParameters', () => {
  it('numbers the placeholders in the order the values are added', () => {
    const params = new SqlParameters();
    expect([params.add('open'), params.add(21), params.add(null)]).toEqual(['$1', '$2', '$3']);
    expect(params.values).toEqual(['open', 21, null]);
  });
});

describe('containsPattern', () => {
  it('takes the wildcards and the escape character of ILIKE literally', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
    expect(containsPattern('Jansen')).toBe('%Jansen%');
  });
});
