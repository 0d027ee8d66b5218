import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { RequestHandler } from 'express';
import type { Pool } from 'pg';

export const SESSION_COOKIE = 'referrals.sid';

/**
 * Server-side sessions in PostgreSQL (table user_sessions, made by a migration); the browser only holds an
 * opaque, HttpOnly id. `secure: 'auto'` marks the cookie Secure whenever the request came over TLS, which
 * behind a proxy relies on the TRUST_PROXY setting. `maxAgeHours` (SESSION_MAX_AGE_HOURS) only bounds how long
 * an unused cookie and row survive; when a session ends is decided by SessionLifetimeService from the settings.
 */
export function createSessionMiddleware(options: { pool: Pool; secret: string; maxAgeHours: number }): RequestHandler {
  const PgStore = connectPgSimple(session);
  return session({
    name: SESSION_COOKIE,
    secret: options.secret,
    store: new PgStore({ pool: options.pool, tableName: 'user_sessions', createTableIfMissing: false, pruneSessionInterval: false }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: undefined,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: 'auto',
      path: '/',
      maxAge: options.maxAgeHours * 3600_000,
    },
  });
}
