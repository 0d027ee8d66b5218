import type { Route } from '@angular/router';

export const preferencesRoutes: Route[] = [
  { path: '', loadComponent: () => import('./preferences-page/preferences-page').then((m) => m.PreferencesPage) },
];
