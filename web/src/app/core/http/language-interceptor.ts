import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Language } from '../i18n/language';

/**
 * Tells the API the language on screen, so what it words for this person (inbox entries of someone who
 * never chose a language, template errors) matches the page around it.
 */
export const languageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!/^(\/|https?:\/\/[^/]+\/)api\//.test(request.url) || request.headers.has('Accept-Language')) return next(request);
  return next(request.clone({ setHeaders: { 'Accept-Language': inject(Language).active() } }));
};
