import type { NextFunction, Request, Response } from 'express';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * HSTS only on responses to requests that came over TLS (behind a proxy: per X-Forwarded-Proto, trusted
 * through TRUST_PROXY). Browsers ignore the header over plain http, and sending it there would claim a
 * protection the connection does not have.
 */
export function strictTransportSecurityOverTls(request: Request, response: Response, next: NextFunction): void {
  if (request.secure) response.setHeader('Strict-Transport-Security', `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`);
  next();
}
