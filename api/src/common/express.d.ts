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
  }
}
