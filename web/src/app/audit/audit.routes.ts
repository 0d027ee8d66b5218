import type { Route } from '@angular/router';

export const auditRoutes: Route[] = [
  { path: '', loadComponent: () => import('./audit-log/audit-log').then((m) => m.AuditLog) },
];
