import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { appRoutes } from './app.routes';
import { languageInterceptor } from './core/http/language-interceptor';
import { problemInterceptor } from './core/http/problem-interceptor';
import { provideI18n } from './core/i18n/provide-i18n';
import { provideAppIcons } from './core/icons/app-icons';
import { TranslatedTitleStrategy } from './core/title/translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(
      // The API sets a readable XSRF-TOKEN cookie once signed in and checks it on every write.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([languageInterceptor, problemInterceptor]),
    ),
    provideI18n(),
    provideAppIcons(),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ],
};
