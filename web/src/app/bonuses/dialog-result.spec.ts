import { isConfirmation } from './dialog-result';

describe('isConfirmation', () => {
  it('takes only an object as a confirmation', () => {
    expect(isConfirmation({ reason: 'Two strong hires' })).toBe(true);
    expect(isConfirmation('')).toBe(false); // what a bare mat-dialog-close closes with
    expect(isConfirmation(undefined)).toBe(false); // Escape or a click on the backdrop
    expect(isConfirmation(null)).toBe(false);
  });
});
