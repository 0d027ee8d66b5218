import type { Route } from '@angular/router';

export const notificationsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./notification-inbox/notification-inbox').then((m) => m.NotificationInbox) },
];
