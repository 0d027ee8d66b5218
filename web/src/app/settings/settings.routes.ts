import type { Route } from '@angular/router';

export const settingsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./settings-page/settings-page').then((m) => m.SettingsPage) },
];
