import { countKey } from './count-key';

describe('countKey', () => {
  it('uses the singular text for exactly one', () => {
    expect(countKey('bonuses.bulk.approved', 1)).toBe('bonuses.bulk.approvedOne');
    expect(countKey('bonuses.bulk.approved', 0)).toBe('bonuses.bulk.approved');
    expect(countKey('bonuses.bulk.approved', 2)).toBe('bonuses.bulk.approved');
  });
});
