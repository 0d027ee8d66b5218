import { PIPELINE_STAGES, referrerStatusOf } from './stages';

describe('referrerStatusOf', () => {
  it('maps every stage to the simplified status of DOMAIN.md', () => {
    expect(PIPELINE_STAGES.map(referrerStatusOf)).toEqual([
      'submitted',
      'in_review',
      'interviewing',
      'offer',
      'hired',
      'not_selected',
      'withdrawn',
    ]);
  });
});
