import type { Route } from '@angular/router';

/** The admin's settings area: the programme's settings, and outgoing mail. */
export const settingsRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./settings-area/settings-area').then((m) => m.SettingsArea),
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () => import('./settings-page/settings-page').then((m) => m.SettingsPage),
      },
      {
        path: 'mail-delivery',
        title: 'mailDelivery.title',
        loadComponent: () => import('./mail-delivery/mail-delivery').then((m) => m.MailDelivery),
      },
    ],
  },
];
