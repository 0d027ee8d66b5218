import { LOCALES, type Locale } from '@referrals/contracts';

/**
 * The most preferred of our languages in an Accept-Language header (the web sends its UI language), or null
 * when it names none of them.
 */
export function preferredLocaleOf(acceptLanguage: string | undefined): Locale | null {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...parameters] = part.trim().split(';');
      const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0], quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return (ranked.map((entry) => entry.language).find((language) => (LOCALES as readonly string[]).includes(language)) as Locale | undefined) ?? null;
}
