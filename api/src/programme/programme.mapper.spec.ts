import { ProgrammeVersionEntity } from './entities/programme-version.entity';
import { mapProgrammeSummary, mapProgrammeVersion, optionalTranslation } from './programme.mapper';

function version(overrides: Partial<ProgrammeVersionEntity> = {}): ProgrammeVersionEntity {
  return Object.assign(new ProgrammeVersionEntity(), {
    version: 3,
    rulesEn: '# Rules\n\nRefer **people** you know.',
    faqEn: '## FAQ',
    rulesNl: '# Regels\n\nVerwijs **mensen** die je kent.',
    faqNl: null,
    changeSummary: 'Shorter window',
    publishedBy: 'u1',
    publishedAt: new Date('2025-03-01T09:00:00Z'),
    ...overrides,
  });
}

describe('mapProgrammeVersion', () => {
  const people = new Map([['u1', { id: 'u1', displayName: 'Anna de Vries' }]]);

  it('renders both languages to sanitised HTML and falls back to English where the Dutch is missing', () => {
    const response = mapProgrammeVersion(version(), people);
    expect(response.rules.nl).toEqual({ markdown: '# Regels\n\nVerwijs **mensen** die je kent.', html: expect.stringContaining('<h2>Regels</h2>') });
    expect(response.rules.en.html).toContain('<strong>people</strong>');
    expect(response.faq.nl).toEqual(response.faq.en);
    expect(response.faq.en.markdown).toBe('## FAQ');
  });

  it('names the publisher, or nobody for the built-in first version', () => {
    expect(mapProgrammeVersion(version(), people).publishedBy).toEqual({ id: 'u1', displayName: 'Anna de Vries' });
    expect(mapProgrammeVersion(version({ publishedBy: null }), people).publishedBy).toBeNull();
    expect(mapProgrammeSummary(version(), 7, people)).toEqual({
      version: 3,
      changeSummary: 'Shorter window',
      publishedAt: '2025-03-01T09:00:00.000Z',
      publishedBy: { id: 'u1', displayName: 'Anna de Vries' },
      acceptedCount: 7,
    });
  });

  it('never passes raw HTML through', () => {
    const html = mapProgrammeVersion(version({ rulesEn: 'Hi <script>alert(1)</script>' }), people).rules.en.html;
    expect(html).not.toContain('<script');
  });
});

describe('optionalTranslation', () => {
  it('keeps written text and turns absent or blank text into null', () => {
    expect(optionalTranslation('Regels')).toBe('Regels');
    expect(optionalTranslation(undefined)).toBeNull();
    expect(optionalTranslation('')).toBeNull();
    expect(optionalTranslation('  \n ')).toBeNull();
  });
});
