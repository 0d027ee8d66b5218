import { TranslocoTestingModule } from '@jsverse/transloco';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real English texts, so component tests find what a person reads on screen. */
export const ENGLISH_TEXTS = JSON.parse(
  readFileSync(join(__dirname, '../../public/i18n/en.json'), 'utf8'),
);

/** Transloco for a component test: English only, loaded before the first render. */
export function translocoInEnglish() {
  return TranslocoTestingModule.forRoot({
    langs: { en: ENGLISH_TEXTS },
    translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
    preloadLangs: true,
  });
}
