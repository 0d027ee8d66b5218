import type { StageStep } from '@referrals/domain';
import { stepName, stepNameOfKey } from './step-label';

const steps: StageStep[] = [
  { key: 'new', label: null, stage: 'new' },
  { key: 'phone_screen', label: 'Phone screen', stage: 'screening' },
  { key: 'interview', label: null, stage: 'interview' },
  { key: 'case', label: '  Case study ', stage: 'interview' },
  { key: 'hired', label: null, stage: 'hired' },
];

describe('stepName', () => {
  it('uses a recruiter’s own label as typed, trimmed', () => {
    expect(stepName(steps[1])).toEqual({ text: 'Phone screen' });
    expect(stepName(steps[3])).toEqual({ text: 'Case study' });
  });

  it('translates built-in steps and the end states by their stage', () => {
    expect(stepName(steps[2])).toEqual({ key: 'pipeline.stages.interview' });
    expect(stepName({ key: 'rejected', label: null, stage: 'rejected' })).toEqual({ key: 'pipeline.stages.rejected' });
    expect(stepName({ key: 'offer', label: '   ', stage: 'offer' })).toEqual({ key: 'pipeline.stages.offer' });
  });

  it('falls back to the stage of an unlabelled custom step', () => {
    expect(stepName({ key: 'second_round', label: null, stage: 'interview' })).toEqual({ key: 'pipeline.stages.interview' });
  });
});

describe('stepNameOfKey', () => {
  it('names a key of the list, an end state, and a key that has left the list', () => {
    expect(stepNameOfKey(steps, 'phone_screen')).toEqual({ text: 'Phone screen' });
    expect(stepNameOfKey(steps, 'withdrawn')).toEqual({ key: 'pipeline.stages.withdrawn' });
    expect(stepNameOfKey(steps, 'screening')).toEqual({ key: 'pipeline.stages.screening' });
    expect(stepNameOfKey(steps, 'old_case')).toEqual({ text: 'old_case' });
  });
});
