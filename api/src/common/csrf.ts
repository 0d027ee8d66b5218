import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';

/** Angular's HttpClient reads this cookie and echoes it as the X-XSRF-TOKEN header on writes. */
export const CSRF_COOKIE = 'XSRF-TOKEN';

/**
 * Synchroniser token: kept in the server-side session, mirrored in a readable cookie. A page on another
 * origin can make the browser send our session cookie, but cannot read this cookie to copy it into a header.
 */
export function ensureCsrfToken(request: Request, response: Response): string {
  let token = request.session.csrfToken;
  if (!token) {
    token = randomBytes(32).toString('base64url');
    request.session.csrfToken = token;
  }
  if (request.cookies?.[CSRF_COOKIE] !== token) {
    response.cookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', secure: request.secure, path: '/' });
  }
  return token;
}
