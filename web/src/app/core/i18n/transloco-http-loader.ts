import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { withoutErrorToast } from '../http/skip-error-toast';

/** Loads `public/i18n/<lang>.json`, which the production build copies to `/i18n/`. */
@Injectable({ providedIn: 'root' })
export class TranslocoHttpLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(lang: string) {
    // A failed load cannot be reported in a translated toast, so the interceptor stays out of it.
    return this.http.get<Translation>(`/i18n/${lang}.json`, { context: withoutErrorToast() });
  }
}
