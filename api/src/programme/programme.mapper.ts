import type {
  PersonRef,
  ProgrammeDocument,
  ProgrammeVersionResponse,
  ProgrammeVersionSummary,
} from '@referrals/contracts';
import { renderMarkdown } from '../common/markdown';
import type { ProgrammeVersionEntity } from './entities/programme-version.entity';

export function programmeDocument(markdown: string): ProgrammeDocument {
  return { markdown, html: renderMarkdown(markdown) };
}

/** Text HR left empty in Dutch is stored as null, so readers get the English text instead of a blank page. */
export function optionalTranslation(text: string | undefined | null): string | null {
  return text && text.trim() !== '' ? text : null;
}

function publisher(row: ProgrammeVersionEntity, people: Map<string, PersonRef>): PersonRef | null {
  if (!row.publishedBy) return null;
  return people.get(row.publishedBy) ?? { id: row.publishedBy, displayName: '' };
}

export function mapProgrammeVersion(row: ProgrammeVersionEntity, people: Map<string, PersonRef>): ProgrammeVersionResponse {
  const rulesEn = programmeDocument(row.rulesEn);
  const faqEn = programmeDocument(row.faqEn);
  return {
    version: row.version,
    rules: { en: rulesEn, nl: row.rulesNl ? programmeDocument(row.rulesNl) : rulesEn },
    faq: { en: faqEn, nl: row.faqNl ? programmeDocument(row.faqNl) : faqEn },
    changeSummary: row.changeSummary,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: publisher(row, people),
  };
}

export function mapProgrammeSummary(
  row: ProgrammeVersionEntity,
  acceptedCount: number,
  people: Map<string, PersonRef>,
): ProgrammeVersionSummary {
  return {
    version: row.version,
    changeSummary: row.changeSummary,
    publishedAt: row.publishedAt.toISOString(),
    publishedBy: publisher(row, people),
    acceptedCount,
  };
}
