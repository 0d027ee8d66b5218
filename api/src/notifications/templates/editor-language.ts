import { LOCALES, type Locale } from '@referrals/contracts';

/**
 * The language to word template errors in, from the request's Accept-Language (the web sends its UI
 * language): the most preferred supported one, English when none is.
 */
export function editorLanguageOf(acceptLanguage: string | undefined): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...parameters] = part.trim().split(';');
      const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0], quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return (ranked.map((entry) => entry.language).find((language) => (LOCALES as readonly string[]).includes(language)) as Locale | undefined) ?? 'en';
}
