import { DEFAULT_STEPS, findStepListProblem, type StageStep } from '@referrals/domain';
import {
  checkDraft,
  draftsOfSteps,
  slugifyStepLabel,
  stageOfNewStep,
  stepsOfDraft,
  uniqueStepKey,
  type StepDraft,
} from './step-list-draft';

const row = (id: number, label: string, stage: StepDraft['stage']): StepDraft => ({ id, label, stage });

describe('slugifyStepLabel', () => {
  it.each([
    ['Case study', 'case_study'],
    ['  Tweede   gesprek ', 'tweede_gesprek'],
    ['Gesprek één', 'gesprek_een'],
    ['Técnica & Culture-fit!', 'tecnica_culture_fit'],
    ['2nd interview', 'step_2nd_interview'],
    ['!!!', 'step'],
    ['', 'step'],
  ])('turns %j into %j', (label, key) => {
    expect(slugifyStepLabel(label)).toBe(key);
  });

  it('keeps keys within 40 characters without a trailing underscore', () => {
    const key = slugifyStepLabel('An extremely long step name that goes on and on for a while');
    expect(key.length).toBeLessThanOrEqual(40);
    expect(key).toMatch(/^[a-z][a-z0-9_]*[a-z0-9]$/);
  });
});

describe('uniqueStepKey', () => {
  it('keeps a free key and numbers a taken one', () => {
    expect(uniqueStepKey('case', new Set())).toBe('case');
    expect(uniqueStepKey('case', new Set(['case']))).toBe('case_2');
    expect(uniqueStepKey('case', new Set(['case', 'case_2']))).toBe('case_3');
  });

  it('cuts a long key to make room for the number', () => {
    const base = 'a'.repeat(40);
    expect(uniqueStepKey(base, new Set([base]))).toBe(`${'a'.repeat(38)}_2`);
  });
});

describe('stepsOfDraft', () => {
  it('puts New first and Hired last around the rows, with keys from the labels', () => {
    expect(stepsOfDraft([row(1, 'Phone screen', 'screening'), row(2, 'Case study', 'interview')])).toEqual([
      { key: 'new', label: null, stage: 'new' },
      { key: 'phone_screen', label: 'Phone screen', stage: 'screening' },
      { key: 'case_study', label: 'Case study', stage: 'interview' },
      { key: 'hired', label: null, stage: 'hired' },
    ]);
  });

  it('gives two rows with the same label different keys, and never a reserved one', () => {
    const steps = stepsOfDraft([
      row(1, 'Interview', 'interview'),
      row(2, 'interview', 'interview'),
      row(3, 'Rejected', 'offer'),
      row(4, 'New', 'offer'),
    ]);
    expect(steps.map((step) => step.key)).toEqual(['new', 'interview', 'interview_2', 'rejected_2', 'new_2', 'hired']);
    expect(findStepListProblem(steps)).toBeNull();
  });

  it('trims labels', () => {
    expect(stepsOfDraft([row(1, '  Assessment  ', 'interview')])[1]).toEqual({
      key: 'assessment',
      label: 'Assessment',
      stage: 'interview',
    });
  });

  it('keeps the key and null label of a copied built-in step until its label is edited', () => {
    let id = 0;
    const drafts = draftsOfSteps(DEFAULT_STEPS, (step) => `Dutch ${step.key}`, () => ++id);
    expect(drafts.map((draft) => draft.label)).toEqual(['Dutch screening', 'Dutch interview', 'Dutch offer']);
    expect(stepsOfDraft(drafts)).toEqual(DEFAULT_STEPS);

    const renamed = drafts.map((draft, index) => (index === 1 ? { ...draft, label: 'Eerste gesprek' } : draft));
    expect(stepsOfDraft(renamed)[2]).toEqual({ key: 'eerste_gesprek', label: 'Eerste gesprek', stage: 'interview' });
  });

  it('gives a copied step a key of its own when a row above took its key', () => {
    const copied: StageStep[] = [
      { key: 'new', label: null, stage: 'new' },
      { key: 'case', label: 'Case study', stage: 'interview' },
      { key: 'hired', label: null, stage: 'hired' },
    ];
    let id = 0;
    const drafts = [row(99, 'Case', 'screening'), ...draftsOfSteps(copied, (step) => step.label ?? '', () => ++id)];
    // The new row comes first and takes `case`; the copy cannot keep it then and gets its own.
    expect(stepsOfDraft(drafts).map((step) => step.key)).toEqual(['new', 'case', 'case_study', 'hired']);
  });
});

describe('checkDraft', () => {
  it('accepts a valid list', () => {
    expect(checkDraft([row(1, 'Screen', 'screening'), row(2, 'Offer', 'offer')])).toEqual({
      problem: null,
      unnamedIds: [],
      outOfOrderIds: [],
    });
  });

  it('accepts a list with nothing between New and Hired', () => {
    expect(checkDraft([]).problem).toBeNull();
  });

  it('points at the rows without a name', () => {
    expect(checkDraft([row(1, 'Screen', 'screening'), row(2, '  ', 'interview'), row(3, '', 'offer')])).toEqual({
      problem: 'label_required',
      unnamedIds: [2, 3],
      outOfOrderIds: [],
    });
  });

  it('points at the rows whose stage comes before one above them', () => {
    expect(
      checkDraft([
        row(1, 'Talk', 'interview'),
        row(2, 'Screen', 'screening'),
        row(3, 'Offer', 'offer'),
        row(4, 'Late check', 'interview'),
      ]),
    ).toEqual({ problem: 'stages_out_of_order', unnamedIds: [], outOfOrderIds: [2, 4] });
  });

  it('looks past rows not named yet while typing, so stages out of order still show', () => {
    const drafts = [row(1, 'Talk', 'interview'), row(2, 'Screen', 'screening'), row(3, '', 'offer')];
    expect(checkDraft(drafts).problem).toBe('label_required');
    expect(checkDraft(drafts, { blankLabelsAllowed: true })).toEqual({
      problem: 'stages_out_of_order',
      unnamedIds: [3],
      outOfOrderIds: [2],
    });
    expect(checkDraft([row(1, '', 'screening')], { blankLabelsAllowed: true }).problem).toBeNull();
  });
});

describe('stageOfNewStep', () => {
  it('continues in the stage of the last row', () => {
    expect(stageOfNewStep([row(1, 'A', 'screening'), row(2, 'B', 'offer')])).toBe('offer');
    expect(stageOfNewStep([])).toBe('screening');
  });
});
