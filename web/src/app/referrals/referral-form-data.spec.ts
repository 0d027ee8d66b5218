import { referralFormData, type ReferralFormValues } from './referral-form-data';

const values: ReferralFormValues = {
  vacancyId: '7b0c8a52-8f2e-4b43-9c55-1f1d1f0e4a10',
  candidateName: ' Jan Peeters ',
  candidateEmail: 'jan@example.com ',
  candidatePhone: '+31 6 1234 5678',
  linkedinUrl: 'https://www.linkedin.com/in/janpeeters',
  relationship: 'former_colleague',
  motivation: 'Built our billing system with me for three years.',
  candidateConsent: true,
};

const fields = (form: FormData) =>
  Object.fromEntries([...form.entries()].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]));

describe('referralFormData', () => {
  it('sends every field as a trimmed string, the consent as "true", and the CV as the cv part', () => {
    const cv = new File(['%PDF-1.4'], 'jan.pdf', { type: 'application/pdf' });
    const form = referralFormData(values, cv);
    expect(fields(form)).toEqual({
      vacancyId: values.vacancyId,
      candidateName: 'Jan Peeters',
      candidateEmail: 'jan@example.com',
      candidatePhone: '+31 6 1234 5678',
      linkedinUrl: 'https://www.linkedin.com/in/janpeeters',
      relationship: 'former_colleague',
      motivation: 'Built our billing system with me for three years.',
      candidateConsent: 'true',
      cv: 'jan.pdf',
    });
    expect(form.get('cv')).toBeInstanceOf(File);
  });

  it('leaves out the vacancy for a general referral and empty optional fields', () => {
    const form = referralFormData({ ...values, vacancyId: null, candidatePhone: '  ', linkedinUrl: '' }, null);
    expect(form.has('vacancyId')).toBe(false);
    expect(form.has('candidatePhone')).toBe(false);
    expect(form.has('linkedinUrl')).toBe(false);
    expect(form.has('cv')).toBe(false);
    expect(form.get('candidateName')).toBe('Jan Peeters');
  });
});
