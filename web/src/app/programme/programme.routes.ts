import type { Route } from '@angular/router';
import { notificationTemplateRoutes } from './notification-templates/notification-templates.routes';

/** HR's programme area: the rules and FAQ editor, the credit-dispute desk and the notification templates. */
export const programmeRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./programme-admin/programme-admin').then((m) => m.ProgrammeAdmin),
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./programme-editor/programme-editor').then((m) => m.ProgrammeEditor),
      },
      {
        path: 'disputes',
        title: 'programme.tabs.disputes',
        loadComponent: () => import('./dispute-desk/dispute-desk').then((m) => m.DisputeDesk),
      },
      ...notificationTemplateRoutes,
    ],
  },
];
