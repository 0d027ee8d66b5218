import type { AuthenticatedUser } from './auth.decorators';

declare module 'express-serve-static-core' {
  interface Request {
    currentUser?: AuthenticatedUser;
  }
}

declare module 'express-session' {
  interface SessionData {
    userId: string;
    csrfToken: string;
    /** ISO instants from the injected clock, for the idle and absolute session limits. */
    signedInAt: string;
    lastActiveAt: string;
  }
}
