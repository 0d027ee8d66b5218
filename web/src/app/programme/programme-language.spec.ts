import { documentFor, ownDutchMarkdown } from './programme-language';

const doc = (en: string, nl: string) => ({
  en: { markdown: en, html: `<p>${en}</p>` },
  nl: { markdown: nl, html: `<p>${nl}</p>` },
});

describe('documentFor', () => {
  it('gives the Dutch text to a Dutch reader', () => {
    expect(documentFor(doc('Rules', 'Regels'), 'nl')).toEqual({ html: '<p>Regels</p>', lang: 'nl' });
  });

  it('marks the English fallback as English for a Dutch reader', () => {
    expect(documentFor(doc('Rules', 'Rules'), 'nl')).toEqual({ html: '<p>Rules</p>', lang: 'en' });
  });

  it('gives the English text to an English reader', () => {
    expect(documentFor(doc('Rules', 'Regels'), 'en')).toEqual({ html: '<p>Rules</p>', lang: 'en' });
  });
});

describe('ownDutchMarkdown', () => {
  it('keeps Dutch that HR wrote', () => {
    expect(ownDutchMarkdown(doc('Rules', 'Regels'))).toBe('Regels');
  });

  it('leaves the Dutch field empty when the Dutch is the English fallback', () => {
    expect(ownDutchMarkdown(doc('Rules', 'Rules'))).toBe('');
  });
});
