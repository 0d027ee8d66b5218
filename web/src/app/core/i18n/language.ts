import { DOCUMENT } from '@angular/common';
import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import type { Locale } from '@referrals/contracts';
import { firstValueFrom } from 'rxjs';
import { DEFAULT_LOCALE, initialLocale, LANGUAGE_STORAGE_KEY } from './language-preference';

/**
 * The active UI language: what Transloco renders, what `<html lang>` says and what this browser remembers.
 * Remembering it on the server is the caller's business (see `AuthStore.changeLocale`).
 */
@Injectable({ providedIn: 'root' })
export class Language {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Locale>(DEFAULT_LOCALE);

  readonly active = this.current.asReadonly();

  /** Picks the starting language and waits for its translations, so the first render is never raw keys. */
  async init(): Promise<void> {
    const navigator = this.document.defaultView?.navigator;
    const browserLanguages = navigator?.languages ?? (navigator?.language ? [navigator.language] : []);
    await this.use(initialLocale(this.readStored(), browserLanguages));
  }

  async use(locale: Locale): Promise<void> {
    await firstValueFrom(this.transloco.load(locale));
    this.transloco.setActiveLang(locale);
    this.current.set(locale);
    this.document.documentElement.lang = locale;
    this.store(locale);
  }

  private readStored(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      return null; // storage can be disabled; the language then lasts for this page only
    }
  }

  private store(locale: Locale): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, locale);
    } catch {
      // see readStored
    }
  }
}
