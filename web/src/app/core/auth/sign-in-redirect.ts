import type { Router, UrlTree } from '@angular/router';

export const SIGN_IN_PATH = '/sign-in';

/**
 * Accepts only a path inside this app as the place to return to after signing in, so a crafted link cannot
 * bounce the user to another site (`//evil.example`, `/\evil.example`, `https://…`).
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  if (value === SIGN_IN_PATH || value.startsWith(`${SIGN_IN_PATH}?`) || value.startsWith(`${SIGN_IN_PATH}/`)) {
    return '/';
  }
  return value;
}

/** The sign-in page, remembering where the user was going (home needs no reminder). */
export function signInUrlTree(router: Router, returnTo: string): UrlTree {
  const target = safeReturnTo(returnTo);
  return router.createUrlTree([SIGN_IN_PATH], { queryParams: target === '/' ? {} : { returnTo: target } });
}

/** Where the browser goes to start single sign-on; the API sends it back to `returnTo` afterwards. */
export function samlLoginUrl(returnTo: unknown): string {
  return `/api/auth/saml/login?returnTo=${encodeURIComponent(safeReturnTo(returnTo))}`;
}
