import { DOCUMENT } from '@angular/common';
import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Locale, MeResponse, Permission } from '@referrals/contracts';
import { firstValueFrom } from 'rxjs';
import { problemMessageKey } from '../http/problem-message';
import { ProblemNotifier } from '../http/problem-notifier';
import { withoutErrorToast } from '../http/skip-error-toast';
import { Language } from '../i18n/language';
import { canAccess } from './route-access';
import { samlLoginUrl } from './sign-in-redirect';

type Session = { status: 'unknown' } | { status: 'signedOut' } | { status: 'signedIn'; me: MeResponse };

/** Who is signed in, asked of the API once per page load and kept as a signal. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly language = inject(Language);
  private readonly notifier = inject(ProblemNotifier);
  private readonly document = inject(DOCUMENT);
  private readonly session = signal<Session>({ status: 'unknown' });
  private pending: Promise<MeResponse | null> | null = null;

  readonly me = computed(() => {
    const session = this.session();
    return session.status === 'signedIn' ? session.me : null;
  });
  readonly roles = computed(() => this.me()?.roles ?? []);

  can(permission: Permission | undefined): boolean {
    return canAccess(this.roles(), permission);
  }

  /** The signed-in user, or null when nobody is; other failures (API down) reject. */
  load(): Promise<MeResponse | null> {
    const session = this.session();
    if (session.status === 'signedIn') return Promise.resolve(session.me);
    if (session.status === 'signedOut') return Promise.resolve(null);
    this.pending ??= firstValueFrom(this.http.get<MeResponse>('/api/me'))
      .then(
        async (me) => {
          await this.adopt(me);
          return me;
        },
        (error: unknown) => {
          if (error instanceof HttpErrorResponse && error.status === 401) {
            this.session.set({ status: 'signedOut' });
            return null;
          }
          throw error;
        },
      )
      .finally(() => (this.pending = null));
    return this.pending;
  }

  /** Switches the UI language now and, when signed in, remembers it on the server for next time. */
  async changeLocale(locale: Locale): Promise<void> {
    await this.language.use(locale);
    if (!this.me()) return;
    try {
      const me = await firstValueFrom(this.http.patch<MeResponse>('/api/me', { locale }));
      this.session.set({ status: 'signedIn', me });
    } catch {
      // The interceptor has told the user; the switch still holds in this browser.
    }
  }

  /** Leaves SSO through the browser, which comes back to `returnTo` signed in. */
  startSignIn(returnTo: unknown): void {
    this.document.location.assign(samlLoginUrl(returnTo));
  }

  /** Ends the session on the server; false (and a message) when that failed and the session lives on. */
  async signOut(): Promise<boolean> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null, { context: withoutErrorToast() }));
    } catch (error: unknown) {
      const alreadyGone = error instanceof HttpErrorResponse && error.status === 401;
      if (!alreadyGone) {
        this.notifier.show(
          error instanceof HttpErrorResponse ? problemMessageKey(error.status, error.error) : 'errors.unknown',
        );
        return false;
      }
    }
    this.forget();
    return true;
  }

  /** Drops what we knew about the user, e.g. when the API says the session has ended. */
  forget(): void {
    this.session.set({ status: 'signedOut' });
  }

  private async adopt(me: MeResponse): Promise<void> {
    // The server's remembered language wins over this browser's; null means the user never chose.
    if (me.locale && me.locale !== this.language.active()) await this.language.use(me.locale);
    this.session.set({ status: 'signedIn', me });
  }
}
