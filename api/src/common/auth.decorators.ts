import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission, Role } from '@referrals/contracts';
import type { Request } from 'express';

export const PUBLIC_ROUTE = 'auth:public';
export const REQUIRED_PERMISSION = 'auth:permission';
export const BACKGROUND_ROUTE = 'auth:background';

/** Reachable without a session (sign-in, SAML, health, docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Needs a session whose roles grant this permission (the map in libs/contracts). */
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);

/**
 * Called by the web on its own (polling, live streams), not by the person: the session's limits are still
 * checked, but the call does not count as activity that keeps an idle session alive.
 */
export const BackgroundRoute = () => SetMetadata(BACKGROUND_ROUTE, true);

export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<Request>();
  if (!request.currentUser) throw new Error('CurrentUser used on a route without authentication');
  return request.currentUser;
});
