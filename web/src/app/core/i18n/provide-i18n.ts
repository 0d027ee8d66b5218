import { registerLocaleData } from '@angular/common';
import localeNl from '@angular/common/locales/nl';
import { inject, isDevMode, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { provideTransloco } from '@jsverse/transloco';
import { LOCALES } from '@referrals/contracts';
import { DEFAULT_LOCALE } from './language-preference';
import { Language } from './language';
import { TranslocoHttpLoader } from './transloco-http-loader';

// English locale data ships with Angular; Dutch is registered for Angular's own pipes and Material.
registerLocaleData(localeNl, 'nl');

export function provideI18n(): EnvironmentProviders[] {
  return [
    ...provideTransloco({
      config: {
        availableLangs: [...LOCALES],
        defaultLang: DEFAULT_LOCALE,
        fallbackLang: DEFAULT_LOCALE,
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
      },
      loader: TranslocoHttpLoader,
    }),
    provideAppInitializer(() => inject(Language).init()),
  ];
}
