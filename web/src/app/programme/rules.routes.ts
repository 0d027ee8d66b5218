import type { Route } from '@angular/router';

export const rulesRoutes: Route[] = [
  { path: '', loadComponent: () => import('./rules-page/rules-page').then((m) => m.RulesPage) },
];
