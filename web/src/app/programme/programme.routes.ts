import type { Route } from '@angular/router';

/** HR's programme area: the rules and FAQ editor, and the credit-dispute desk. */
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
    ],
  },
];
