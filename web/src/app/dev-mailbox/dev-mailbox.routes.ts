import { inject } from '@angular/core';
import { type CanActivateFn, type Route, Router } from '@angular/router';
import { DevMailboxApi } from './dev-mailbox-api';

/** Open only where the API keeps mail instead of sending it, and to whom it shows it. */
const devMailboxGuard: CanActivateFn = async () => {
  const api = inject(DevMailboxApi);
  const router = inject(Router);
  return (await api.loadAvailability()) ? true : router.createUrlTree(['/forbidden']);
};

/** The development mailbox: the mail the portal would have sent, when no SMTP server is configured. */
export const devMailboxRoutes: Route[] = [
  {
    path: '',
    canActivate: [devMailboxGuard],
    children: [
      { path: '', loadComponent: () => import('./mailbox-list/mailbox-list').then((m) => m.MailboxList) },
      {
        path: ':id',
        title: 'devMailbox.message.title',
        loadComponent: () => import('./mailbox-message/mailbox-message').then((m) => m.MailboxMessage),
      },
    ],
  },
];
