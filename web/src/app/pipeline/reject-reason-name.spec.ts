import { rejectReasonName } from './reject-reason-name';

describe('rejectReasonName', () => {
  it('translates the built-in reasons by code', () => {
    expect(rejectReasonName({ code: 'salary_expectations', label: 'Salary expectations' })).toEqual({
      key: 'pipeline.rejectReasons.salary_expectations',
    });
  });

  it('shows reasons recruiters added, and unknown codes, by their label', () => {
    expect(rejectReasonName({ code: null, label: 'Geen werkvergunning' })).toEqual({ text: 'Geen werkvergunning' });
    expect(rejectReasonName({ code: 'retired_code', label: 'Old reason' })).toEqual({ text: 'Old reason' });
  });
});
