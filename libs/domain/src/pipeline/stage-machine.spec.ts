import { DEFAULT_STEPS, decideMove, findStepListProblem, type MoveRequest, type StageStep, stageOfStep } from './stage-machine';

const TWO_ROUNDS: StageStep[] = [
  { key: 'new', label: null, stage: 'new' },
  { key: 'phone_screen', label: 'Phone screen', stage: 'screening' },
  { key: 'first_interview', label: 'First interview', stage: 'interview' },
  { key: 'case', label: 'Case', stage: 'interview' },
  { key: 'offer', label: null, stage: 'offer' },
  { key: 'hired', label: null, stage: 'hired' },
];

function move(from: string, to: string, extra: Partial<MoveRequest> = {}) {
  return decideMove({ steps: DEFAULT_STEPS, from, to, hasReason: false, hasRejectReason: false, hasStartDate: false, hasVacancy: true, ...extra });
}

describe('decideMove', () => {
  it.each([
    ['new', 'screening', {}, 'forward'],
    ['new', 'interview', {}, 'forward'],
    ['screening', 'offer', {}, 'forward'],
    ['offer', 'hired', { hasStartDate: true }, 'hire'],
    ['new', 'hired', { hasStartDate: true }, 'hire'],
    ['interview', 'screening', { hasReason: true }, 'backward'],
    ['offer', 'new', { hasReason: true }, 'backward'],
    ['interview', 'rejected', { hasRejectReason: true }, 'reject'],
    ['new', 'rejected', { hasRejectReason: true }, 'reject'],
    ['screening', 'withdrawn', {}, 'withdraw'],
    ['rejected', 'interview', { hasReason: true }, 'reopen'],
    ['rejected', 'new', { hasReason: true }, 'reopen'],
  ] as const)('allows %s → %s (%j) as %s', (from, to, extra, kind) => {
    expect(move(from, to, extra)).toMatchObject({ allowed: true, kind });
  });

  it.each([
    ['new', 'new', {}, 'same_stage'],
    ['new', 'final_round', {}, 'unknown_stage'],
    ['interview', 'screening', {}, 'reason_required'],
    ['offer', 'new', {}, 'reason_required'],
    ['interview', 'rejected', { hasReason: true }, 'reject_reason_required'],
    ['offer', 'hired', {}, 'start_date_required'],
    ['rejected', 'screening', {}, 'reason_required'],
    ['rejected', 'withdrawn', { hasReason: true }, 'application_ended'],
    ['withdrawn', 'new', { hasReason: true }, 'application_ended'],
    ['withdrawn', 'rejected', { hasRejectReason: true }, 'application_ended'],
    ['hired', 'offer', { hasReason: true }, 'hire_is_final'],
    ['hired', 'rejected', { hasRejectReason: true }, 'hire_is_final'],
    ['hired', 'withdrawn', {}, 'hire_is_final'],
  ] as const)('refuses %s → %s (%j) with %s', (from, to, extra, refusal) => {
    expect(move(from, to, extra)).toEqual({ allowed: false, refusal });
  });

  it('hires a general referral only once it has a vacancy', () => {
    expect(move('interview', 'hired', { hasStartDate: true, hasVacancy: false })).toEqual({ allowed: false, refusal: 'vacancy_required' });
  });

  it('hires from a reopened rejection only with a reason and a start date', () => {
    expect(move('rejected', 'hired', { hasReason: true })).toEqual({ allowed: false, refusal: 'start_date_required' });
    expect(move('rejected', 'hired', { hasReason: true, hasStartDate: true })).toMatchObject({ allowed: true, kind: 'reopen', hire: true });
  });

  it('orders custom steps by their place in the list, not by their stage', () => {
    const steps = { steps: TWO_ROUNDS };
    expect(move('first_interview', 'case', steps)).toMatchObject({ allowed: true, kind: 'forward', toStage: 'interview' });
    expect(move('case', 'first_interview', steps)).toEqual({ allowed: false, refusal: 'reason_required' });
    expect(move('phone_screen', 'screening', steps)).toEqual({ allowed: false, refusal: 'unknown_stage' });
  });

  it('treats a step that has left the list as the start', () => {
    expect(move('technical_test', 'screening')).toMatchObject({ allowed: true, kind: 'forward' });
  });
});

describe('findStepListProblem', () => {
  it('accepts the default list and a list with custom rounds', () => {
    expect(findStepListProblem(DEFAULT_STEPS)).toBeNull();
    expect(findStepListProblem(TWO_ROUNDS)).toBeNull();
  });

  it.each([
    [[{ key: 'new', label: null, stage: 'new' }], 'too_few_steps'],
    [Array.from({ length: 13 }, (_, i) => ({ key: `s${i}`, label: 'x', stage: 'interview' })), 'too_many_steps'],
    [[{ key: 'new', label: null, stage: 'new' }, { key: 'Bad Key', label: 'x', stage: 'interview' }, { key: 'hired', label: null, stage: 'hired' }], 'invalid_key'],
    [[{ key: 'new', label: null, stage: 'new' }, { key: 'rejected', label: 'x', stage: 'interview' }, { key: 'hired', label: null, stage: 'hired' }], 'invalid_key'],
    [[{ key: 'new', label: null, stage: 'new' }, { key: 'round', label: 'x', stage: 'interview' }, { key: 'round', label: 'y', stage: 'interview' }, { key: 'hired', label: null, stage: 'hired' }], 'duplicate_key'],
    [[{ key: 'applied', label: 'Applied', stage: 'new' }, { key: 'hired', label: null, stage: 'hired' }], 'must_start_with_new'],
    [[{ key: 'new', label: null, stage: 'new' }, { key: 'offer', label: null, stage: 'offer' }], 'must_end_with_hired'],
    [[{ key: 'new', label: null, stage: 'new' }, { key: 'round', label: ' ', stage: 'interview' }, { key: 'hired', label: null, stage: 'hired' }], 'label_required'],
    [[{ key: 'new', label: null, stage: 'new' }, { key: 'offer_call', label: 'Offer', stage: 'offer' }, { key: 'screen', label: 'Screen', stage: 'screening' }, { key: 'hired', label: null, stage: 'hired' }], 'stages_out_of_order'],
    [[{ key: 'new', label: null, stage: 'new' }, { key: 'again', label: 'Again', stage: 'new' }, { key: 'hired', label: null, stage: 'hired' }], 'stages_out_of_order'],
  ] as const)('refuses %j with %s', (steps, problem) => {
    expect(findStepListProblem(steps as unknown as StageStep[])).toBe(problem);
  });
});

describe('stageOfStep', () => {
  it('knows the end states on every list', () => {
    expect(stageOfStep(TWO_ROUNDS, 'case')).toBe('interview');
    expect(stageOfStep(TWO_ROUNDS, 'rejected')).toBe('rejected');
    expect(stageOfStep(TWO_ROUNDS, 'interview')).toBeUndefined();
  });
});
