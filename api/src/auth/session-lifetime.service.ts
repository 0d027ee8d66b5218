import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { sessionExpiry } from '@referrals/domain';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../common/app-error';
import { type Clock, SESSION_CLOCK } from '../common/clock';
import { CSRF_COOKIE } from '../common/csrf';
import { SettingsService } from '../settings/settings.service';
import { SESSION_COOKIE } from './session';

/**
 * The idle and absolute session limits, which admins set in the settings store. Times come from the
 * injected session clock and live in the session itself; the cookie's own lifetime (SESSION_MAX_AGE_HOURS) is only
 * the outer bound after which browser and store forget an abandoned session.
 */
@Injectable()
export class SessionLifetimeService {
  constructor(
    private readonly settings: SettingsService,
    private readonly audit: AuditService,
    @Inject(SESSION_CLOCK) private readonly clock: Clock,
  ) {}

  /** Starts the clocks on the session a sign-in has just created. */
  start(request: Request): void {
    const now = this.clock.now().toISOString();
    request.session.signedInAt = now;
    request.session.lastActiveAt = now;
  }

  /**
   * Ends a session past either limit (its row is destroyed and the end audited) with 401; otherwise notes
   * the request as activity, unless the web made it on its own (`countsAsActivity` false).
   */
  async enforce(request: Request, response: Response, userId: string, countsAsActivity: boolean): Promise<void> {
    const { signedInAt, lastActiveAt } = request.session;
    const now = this.clock.now();
    const settings = await this.settings.getAll();
    // A session without the times (made before the limits existed) cannot show it is within them.
    const expiry =
      signedInAt && lastActiveAt
        ? sessionExpiry(
            { signedInAt: new Date(signedInAt), lastActiveAt: new Date(lastActiveAt) },
            { idleTimeoutMinutes: settings.sessionIdleTimeoutMinutes, absoluteTimeoutHours: settings.sessionAbsoluteTimeoutHours },
            now,
          )
        : 'absolute';
    if (expiry) {
      await new Promise<void>((done) => request.session.destroy(() => done()));
      response.clearCookie(SESSION_COOKIE, { path: '/' });
      response.clearCookie(CSRF_COOKIE, { path: '/' });
      await this.audit.record({ actorId: userId, action: 'auth.session_expired', entityType: 'user', entityId: userId, after: { reason: expiry } });
      throw new AppError('unauthenticated', 'Your session has ended; please sign in again.');
    }
    if (countsAsActivity) request.session.lastActiveAt = now.toISOString();
  }
}
