import type { Locale, ProgrammeDocument } from '@referrals/contracts';

/**
 * The text of a programme document for a UI language, and the language it is really written in: the API
 * fills in the English text where HR wrote no Dutch, and that text should be read out as English.
 */
export function documentFor(
  document: { en: ProgrammeDocument; nl: ProgrammeDocument },
  locale: Locale,
): { html: string; lang: Locale } {
  if (locale === 'nl') {
    const fellBack = document.nl.markdown === document.en.markdown;
    return { html: document.nl.html, lang: fellBack ? 'en' : 'nl' };
  }
  return { html: document.en.html, lang: 'en' };
}

/** Markdown HR wrote in Dutch, or '' when the Dutch is only the English fallback. */
export function ownDutchMarkdown(document: { en: ProgrammeDocument; nl: ProgrammeDocument }): string {
  return document.nl.markdown === document.en.markdown ? '' : document.nl.markdown;
}
