import { HttpContext, HttpContextToken } from '@angular/common/http';

/** Set on a request whose caller reports its own failure, so the error interceptor shows no toast. */
export const SKIP_ERROR_TOAST = new HttpContextToken<boolean>(() => false);

export function withoutErrorToast(): HttpContext {
  return new HttpContext().set(SKIP_ERROR_TOAST, true);
}
