import { DEFAULT_STEPS, type StageStep } from '@referrals/domain';
import { moveTargets, needsDialog, planMove } from './move-plan';

const none = { reason: false, rejectReason: false, startDate: false };

describe('planMove', () => {
  it('moves forward, also skipping steps, without asking anything', () => {
    expect(planMove(DEFAULT_STEPS, 'new', 'interview')).toEqual({ possible: true, kind: 'forward', needs: none });
    expect(planMove(DEFAULT_STEPS, 'new', 'withdrawn')).toEqual({ possible: true, kind: 'withdraw', needs: none });
  });

  it('asks why for a move back and for reopening a rejection', () => {
    expect(planMove(DEFAULT_STEPS, 'offer', 'screening')).toEqual({
      possible: true,
      kind: 'backward',
      needs: { ...none, reason: true },
    });
    expect(planMove(DEFAULT_STEPS, 'rejected', 'interview')).toEqual({
      possible: true,
      kind: 'reopen',
      needs: { ...none, reason: true },
    });
  });

  it('asks for a reject reason on Rejected and for the start date on Hired', () => {
    expect(planMove(DEFAULT_STEPS, 'interview', 'rejected')).toMatchObject({ needs: { ...none, rejectReason: true } });
    expect(planMove(DEFAULT_STEPS, 'offer', 'hired')).toMatchObject({ kind: 'hire', needs: { ...none, startDate: true } });
  });

  it('asks both the start date and why when a rejected candidate is hired straight away', () => {
    expect(planMove(DEFAULT_STEPS, 'rejected', 'hired')).toMatchObject({
      kind: 'reopen',
      needs: { reason: true, rejectReason: false, startDate: true },
    });
  });

  it('refuses what no answer can make possible', () => {
    expect(planMove(DEFAULT_STEPS, 'hired', 'offer')).toEqual({ possible: false, refusal: 'hire_is_final' });
    expect(planMove(DEFAULT_STEPS, 'withdrawn', 'new')).toEqual({ possible: false, refusal: 'application_ended' });
    expect(planMove(DEFAULT_STEPS, 'rejected', 'withdrawn')).toEqual({ possible: false, refusal: 'application_ended' });
    expect(planMove(DEFAULT_STEPS, 'new', 'new')).toEqual({ possible: false, refusal: 'same_stage' });
    expect(planMove(DEFAULT_STEPS, 'new', 'case')).toEqual({ possible: false, refusal: 'unknown_stage' });
    expect(planMove(DEFAULT_STEPS, 'offer', 'hired', false)).toEqual({ possible: false, refusal: 'vacancy_required' });
  });
});

describe('needsDialog', () => {
  it('opens the dialog only when something must be asked', () => {
    expect(needsDialog(none)).toBe(false);
    expect(needsDialog({ ...none, startDate: true })).toBe(true);
  });
});

describe('moveTargets', () => {
  const steps: StageStep[] = [
    { key: 'new', label: null, stage: 'new' },
    { key: 'case', label: 'Case', stage: 'interview' },
    { key: 'hired', label: null, stage: 'hired' },
  ];

  it('lists the other steps of the list, then the end states', () => {
    expect(moveTargets(steps, 'case').map((step) => step.key)).toEqual(['new', 'hired', 'rejected', 'withdrawn']);
  });

  it('offers a rejected candidate only the steps of the list, and a hire nothing', () => {
    expect(moveTargets(DEFAULT_STEPS, 'rejected').map((step) => step.key)).toEqual([
      'new',
      'screening',
      'interview',
      'offer',
      'hired',
    ]);
    expect(moveTargets(DEFAULT_STEPS, 'hired')).toEqual([]);
    expect(moveTargets(DEFAULT_STEPS, 'withdrawn')).toEqual([]);
  });

  it('does not offer Hired for a general referral without a vacancy', () => {
    expect(moveTargets(DEFAULT_STEPS, 'offer', false).map((step) => step.key)).not.toContain('hired');
  });
});
