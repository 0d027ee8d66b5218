import type { VacancyResponse } from '@referrals/contracts';
import {
  controlForField,
  createVacancyForm,
  createVacancyRequest,
  fieldMessage,
  updateVacancyRequest,
  vacancyFormValue,
  type VacancyFormValue,
} from './vacancy-form-model';

const vacancy: VacancyResponse = {
  id: 'v1',
  title: 'Backend ontwikkelaar',
  department: 'Engineering',
  location: 'Utrecht',
  employmentType: 'full_time',
  category: 'Software',
  status: 'open',
  bonusAmountMinor: 150_050,
  bonusCurrency: 'EUR',
  bonusAtHirePercent: 0,
  openedAt: '2025-03-01T09:00:00.000Z',
  description: 'Bouw mee.',
  descriptionHtml: '<p>Bouw mee.</p>',
  hiringManagerId: 'u-lucas',
  hiringManager: { id: 'u-lucas', displayName: 'Lucas Visser' },
  recruiters: [
    { id: 'u-sophie', displayName: 'Sophie Bakker' },
    { id: 'u-tim', displayName: 'Tim de Boer' },
  ],
  probationMonths: 2,
  stageTemplateId: null,
  steps: [
    { key: 'new', label: null, stage: 'new' },
    { key: 'screening', label: null, stage: 'screening' },
    { key: 'case', label: 'Case study', stage: 'interview' },
    { key: 'hired', label: null, stage: 'hired' },
  ],
  publicApply: false,
  version: 4,
  createdAt: '2025-02-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
};

const filled = (changes: Partial<VacancyFormValue> = {}): VacancyFormValue => ({
  ...vacancyFormValue(vacancy, ','),
  ...changes,
});

describe('vacancyFormValue', () => {
  it('shows the bonus in major units with the decimal sign of the UI language', () => {
    expect(vacancyFormValue(vacancy, ',').bonusAmount).toBe('1500,50');
    expect(vacancyFormValue(vacancy, '.').bonusAmount).toBe('1500.50');
    expect(vacancyFormValue({ ...vacancy, bonusAmountMinor: 200_000 }, ',').bonusAmount).toBe('2000');
  });
});

describe('createVacancyRequest', () => {
  it('sends the bonus as integer minor units and the people by id', () => {
    expect(createVacancyRequest(filled({ title: '  Backend ontwikkelaar ', bonusAmount: '1.234,56' }))).toEqual({
      title: 'Backend ontwikkelaar',
      department: 'Engineering',
      location: 'Utrecht',
      employmentType: 'full_time',
      category: 'Software',
      description: 'Bouw mee.',
      hiringManagerId: 'u-lucas',
      recruiterIds: ['u-sophie', 'u-tim'],
      bonusAmountMinor: 123_456,
      bonusCurrency: 'EUR',
      probationMonths: 2,
      bonusAtHirePercent: 0,
      publicApply: false,
    });
  });

  it('sends the share paid at hire as a whole percentage, or leaves it to the API when emptied', () => {
    expect(createVacancyRequest(filled({ bonusAtHirePercent: 25 })).bonusAtHirePercent).toBe(25);
    expect(createVacancyRequest(filled({ bonusAtHirePercent: null }))).not.toHaveProperty('bonusAtHirePercent');
  });

  it('leaves the recruiters and probation to the API when left empty', () => {
    const request = createVacancyRequest(filled({ recruiters: [], probationMonths: null, hiringManager: null }));
    expect(request).not.toHaveProperty('recruiterIds');
    expect(request).not.toHaveProperty('probationMonths');
    expect(request.hiringManagerId).toBeNull();
  });

  it('names the chosen step template, and leaves it to the API while none is chosen', () => {
    expect(createVacancyRequest(filled({ stageTemplateId: 't-case' })).stageTemplateId).toBe('t-case');
    expect(createVacancyRequest(filled({ stageTemplateId: null }))).not.toHaveProperty('stageTemplateId');
  });

  it('refuses to build a request from an amount that is not money', () => {
    expect(() => createVacancyRequest(filled({ bonusAmount: 'lots' }))).toThrow();
  });
});

describe('updateVacancyRequest', () => {
  it('sends only the version when nothing changed', () => {
    expect(updateVacancyRequest(vacancy, filled())).toEqual({ version: 4 });
  });

  it('sends what changed, with the version the editor started from', () => {
    expect(
      updateVacancyRequest(vacancy, filled({ title: 'Senior backend ontwikkelaar', bonusAmount: '1750' })),
    ).toEqual({
      title: 'Senior backend ontwikkelaar',
      bonusAmountMinor: 175_000,
      version: 4,
    });
  });

  it('sends a changed split, also back to everything after probation', () => {
    expect(updateVacancyRequest(vacancy, filled({ bonusAtHirePercent: 25 }))).toEqual({ bonusAtHirePercent: 25, version: 4 });
    const split = { ...vacancy, bonusAtHirePercent: 25 };
    expect(updateVacancyRequest(split, filled({ bonusAtHirePercent: 0 }))).toEqual({ bonusAtHirePercent: 0, version: 4 });
    expect(updateVacancyRequest(split, { ...vacancyFormValue(split, ',') })).toEqual({ version: 4 });
  });

  it('sends another step template, but not the built-in one for a vacancy that has the built-in steps', () => {
    expect(updateVacancyRequest(vacancy, filled({ stageTemplateId: 't-case' }), 't-standard')).toEqual({
      stageTemplateId: 't-case',
      version: 4,
    });
    expect(updateVacancyRequest(vacancy, filled({ stageTemplateId: 't-standard' }), 't-standard')).toEqual({
      version: 4,
    });
    const withTemplate = { ...vacancy, stageTemplateId: 't-case' };
    expect(updateVacancyRequest(withTemplate, filled({ stageTemplateId: 't-case' }), 't-standard')).toEqual({
      version: 4,
    });
    expect(updateVacancyRequest(withTemplate, filled({ stageTemplateId: 't-standard' }), 't-standard')).toEqual({
      stageTemplateId: 't-standard',
      version: 4,
    });
  });

  it('treats recruiters in another order as unchanged, and a removed hiring manager as a change', () => {
    const reordered = filled({
      recruiters: [...vacancy.recruiters].reverse(),
      hiringManager: null,
    });
    expect(updateVacancyRequest(vacancy, reordered)).toEqual({
      hiringManagerId: null,
      version: 4,
    });
    const fewer = filled({ recruiters: [vacancy.recruiters[0]] });
    expect(updateVacancyRequest(vacancy, fewer)).toEqual({
      recruiterIds: ['u-sophie'],
      version: 4,
    });
  });
});

describe('createVacancyForm', () => {
  it('checks the bonus against the chosen currency and the API maximum', () => {
    const form = createVacancyForm();
    const amount = form.controls.bonusAmount;
    amount.setValue('1500,505');
    expect(amount.errors).toEqual({ amount: true });
    amount.setValue('1000000,01');
    expect(amount.errors).toEqual({ amountMax: true });
    amount.setValue('1000000');
    expect(amount.errors).toBeNull();
  });

  it('wants a person picked from the list, not just typed', () => {
    const form = createVacancyForm();
    form.controls.hiringManager.setValue('Lucas');
    expect(form.controls.hiringManager.errors).toEqual({ person: true });
    form.controls.hiringManager.setValue({
      id: 'u-lucas',
      displayName: 'Lucas Visser',
    });
    expect(form.controls.hiringManager.errors).toBeNull();
  });

  it('takes whole probation months from 0 to 12 or nothing', () => {
    const months = createVacancyForm().controls.probationMonths;
    for (const ok of [null, 0, 12]) {
      months.setValue(ok);
      expect(months.valid).toBe(true);
    }
    for (const wrong of [13, -1, 1.5]) {
      months.setValue(wrong);
      expect(months.valid).toBe(false);
    }
  });
});

describe('the share paid at hire', () => {
  it('starts at 0 and takes whole percentages from 0 to 100 or nothing', () => {
    const percent = createVacancyForm().controls.bonusAtHirePercent;
    expect(percent.value).toBe(0);
    for (const ok of [null, 0, 25, 100]) {
      percent.setValue(ok);
      expect(percent.errors).toBeNull();
    }
    for (const wrong of [101, -1, 12.5]) {
      percent.setValue(wrong);
      expect(percent.errors).toEqual({ percent: true });
    }
  });

  it('explains a wrong share in its own words, not as months', () => {
    expect(fieldMessage({ percent: true }, { maxBonus: '' })?.key).toBe('bonuses.split.percentError');
    expect(controlForField('bonusAtHirePercent')).toBe('bonusAtHirePercent');
  });
});

describe('controlForField', () => {
  it('maps API field paths to the form controls', () => {
    expect(controlForField('recruiterIds.1')).toBe('recruiters');
    expect(controlForField('hiringManagerId')).toBe('hiringManager');
    expect(controlForField('bonusAmountMinor')).toBe('bonusAmount');
    expect(controlForField('stageTemplateId')).toBe('stageTemplateId');
    expect(controlForField('version')).toBeNull();
  });
});

describe('fieldMessage', () => {
  it('explains the first problem of a field', () => {
    expect(fieldMessage({ required: true, server: true }, { maxBonus: '€1,000,000' })?.key).toBe(
      'vacancies.form.errors.required',
    );
    expect(fieldMessage({ amountMax: true }, { maxBonus: '€1,000,000' })).toEqual({
      key: 'vacancies.form.errors.amountMax',
      params: { max: '€1,000,000' },
    });
    expect(fieldMessage({ server: 'recruiter' }, { maxBonus: '' })?.key).toBe('vacancies.form.errors.recruiter');
    expect(fieldMessage({ stepsInUse: true }, { maxBonus: '' })?.key).toBe('vacancies.form.errors.stepsInUse');
    expect(fieldMessage(null, { maxBonus: '' })).toBeNull();
  });
});
