import { defaultSettings } from '@referrals/domain';
import { defaultProgramme } from './default-programme';

describe('defaultProgramme', () => {
  it('states the numbers of the current settings in both languages', () => {
    const texts = defaultProgramme({ ...defaultSettings(), ownershipWindowMonths: 9, maxReferralsPerDay: 4, cvMaxBytes: 5 * 1024 * 1024 });
    expect(texts.rulesEn).toContain('**9 months**');
    expect(texts.rulesNl).toContain('**9 maanden**');
    expect(texts.rulesEn).toContain('**4 referrals a day**');
    expect(texts.rulesNl).toContain('**4 aanmeldingen per dag**');
    expect(texts.rulesEn).toContain('at most 5 MB');
    expect(texts.rulesNl).toContain('maximaal 5 MB');
    expect(texts.faqEn).toContain('last 9 months');
    expect(texts.faqNl).toContain('afgelopen 9 maanden');
  });

  it('mentions the exclusion of recruiters and HR and the forfeit on leaving only when they apply', () => {
    const on = defaultProgramme({ ...defaultSettings(), excludeRecruitersAndHrFromBonuses: true, forfeitWhenReferrerLeaves: true });
    const off = defaultProgramme({ ...defaultSettings(), excludeRecruitersAndHrFromBonuses: false, forfeitWhenReferrerLeaves: false });
    expect(on.rulesEn).toContain('Recruiters and HR staff');
    expect(on.rulesNl).toContain('Recruiters en HR-medewerkers');
    expect(on.rulesEn).toContain('when you leave the company');
    expect(on.rulesNl).toContain('als jij uit dienst gaat');
    expect(off.rulesEn).not.toContain('Recruiters and HR staff');
    expect(off.rulesNl).not.toContain('uit dienst gaat');
  });

  it('writes English ordinals correctly', () => {
    const ordinal = (n: number) => /From your (\S+) hire/.exec(defaultProgramme({ ...defaultSettings(), tierExtraFromHireNumber: n }).rulesEn)?.[1];
    expect([2, 3, 4, 11, 21, 22].map(ordinal)).toEqual(['2nd', '3rd', '4th', '11th', '21st', '22nd']);
  });

  it('covers the rules an employee must know, with six to eight questions in the FAQ', () => {
    const { rulesEn, rulesNl, faqEn, faqNl } = defaultProgramme(defaultSettings());
    for (const topic of ['Not yourself', 'already works here', 'no bonus', 'probation', 'file a claim', 'agreed']) {
      expect(rulesEn).toContain(topic);
    }
    for (const topic of ['Niet jezelf', 'al werkt', 'geen premie', 'proeftijd', 'claim indienen', 'ermee instemt']) {
      expect(rulesNl).toContain(topic);
    }
    const questions = (faq: string) => faq.match(/^## /gm)?.length ?? 0;
    expect(questions(faqEn)).toBeGreaterThanOrEqual(6);
    expect(questions(faqEn)).toBeLessThanOrEqual(8);
    expect(questions(faqNl)).toBe(questions(faqEn));
  });
});
