import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Permission } from '@referrals/contracts';
import { AuthStore } from './auth-store';
import { canAccess } from './route-access';
import { safeReturnTo, signInUrlTree } from './sign-in-redirect';

/** Lets signed-in users into the shell; everyone else goes to sign in, remembering where they were going. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const me = await auth.load().catch(() => null);
  return me ? true : signInUrlTree(router, state.url);
};

/** Mirrors the navigation: a route with `data.permission` opens only for roles that grant it. */
export const permissionGuard: CanActivateFn = async (route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const me = await auth.load().catch(() => null);
  if (!me) return signInUrlTree(router, state.url);
  const permission = route.data['permission'] as Permission | undefined;
  return canAccess(me.roles, permission) ? true : router.createUrlTree(['/forbidden']);
};

/** Someone already signed in has nothing to do on the sign-in page: send them on. */
export const signedOutGuard: CanActivateFn = async (route) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const me = await auth.load().catch(() => null);
  return me ? router.parseUrl(safeReturnTo(route.queryParamMap.get('returnTo'))) : true;
};
