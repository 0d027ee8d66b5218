import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { hasPermission, type Permission } from '@referrals/contracts';
import { SessionLifetimeService } from '../auth/session-lifetime.service';
import { UsersService } from '../users/users.service';
import { AppError } from './app-error';
import { BACKGROUND_ROUTE, PUBLIC_ROUTE, REQUIRED_PERMISSION } from './auth.decorators';
import { ensureCsrfToken } from './csrf';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(expected: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The one gate in front of every route, in this order: 401 without a live session (a deactivated person's
 * session ends here at once, and so does one past the idle or absolute limit), 403 for a state-changing request without the session's CSRF token, 403
 * without the route's permission.
 */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly users: UsersService,
    private readonly sessionLifetime: SessionLifetimeService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<Request>();
    const userId = request.session?.userId;
    if (!userId) throw new AppError('unauthenticated', 'Please sign in.');
    const user = await this.users.findById(userId);
    if (!user || !user.active) {
      await new Promise<void>((done) => request.session.destroy(() => done()));
      throw new AppError('unauthenticated', 'Your session has ended.');
    }
    const background = this.reflector.getAllAndOverride<boolean>(BACKGROUND_ROUTE, targets) ?? false;
    await this.sessionLifetime.enforce(request, context.switchToHttp().getResponse<Response>(), user.id, !background);

    if (!SAFE_METHODS.has(request.method)) {
      const expected = request.session.csrfToken;
      if (!expected || !sameToken(expected, request.get('x-xsrf-token'))) {
        throw new AppError('csrf_invalid', 'The security token of this request is missing or wrong; reload the page.');
      }
    } else {
      ensureCsrfToken(request, context.switchToHttp().getResponse<Response>());
    }

    request.currentUser = { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles };
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (permission && !hasPermission(user.roles, permission)) {
      throw new AppError('forbidden', 'Your roles do not allow this.');
    }
    return true;
  }
}
