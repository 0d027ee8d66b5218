import type { Route } from '@angular/router';

export const referralsRoutes: Route[] = [
  {
    path: 'new',
    title: 'referrals.form.title',
    loadComponent: () => import('./referral-form/referral-form').then((m) => m.ReferralForm),
  },
  { path: '', pathMatch: 'full', redirectTo: 'new' },
];
