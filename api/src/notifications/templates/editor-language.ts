import type { Locale } from '@referrals/contracts';
import { preferredLocaleOf } from '../../common/accept-language';

/** The language to word template errors in: the request's (the web sends its UI language), else English. */
export function editorLanguageOf(acceptLanguage: string | undefined): Locale {
  return preferredLocaleOf(acceptLanguage) ?? 'en';
}
