import { FormControl } from '@angular/forms';
import { requiredText } from './required-text';

describe('requiredText', () => {
  it('asks for at least three characters besides spaces, as the API does', () => {
    expect(requiredText(new FormControl('  ab  '))).toEqual({ requiredText: true });
    expect(requiredText(new FormControl(''))).toEqual({ requiredText: true });
    expect(requiredText(new FormControl('Too early'))).toBeNull();
  });
});
