import { HttpErrorResponse, type HttpInterceptorFn, type HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthStore } from '../auth/auth-store';
import { signInUrlTree } from '../auth/sign-in-redirect';
import { problemMessageKey } from './problem-message';
import { ProblemNotifier } from './problem-notifier';
import { SKIP_ERROR_TOAST } from './skip-error-toast';

/** Asking who is signed in is how the app finds out nobody is: a 401 there is an answer, not an error. */
export function isSessionProbe(request: HttpRequest<unknown>): boolean {
  return request.method === 'GET' && /^(\/|https?:\/\/[^/]+\/)api\/me(\?|$)/.test(request.url);
}

/**
 * The one place failed API calls are reported: a translated snack bar per problem `code`; a 401 outside the
 * session probe means the session ended, so the user is sent to sign in again.
 */
export const problemInterceptor: HttpInterceptorFn = (request, next) => {
  const notifier = inject(ProblemNotifier);
  const router = inject(Router);
  const auth = inject(AuthStore);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || request.context.get(SKIP_ERROR_TOAST)) {
        return throwError(() => error);
      }
      if (error.status === 401) {
        if (isSessionProbe(request)) return throwError(() => error);
        auth.forget();
        void router.navigateByUrl(signInUrlTree(router, router.url));
      }
      notifier.show(problemMessageKey(error.status, error.error));
      return throwError(() => error);
    }),
  );
};
