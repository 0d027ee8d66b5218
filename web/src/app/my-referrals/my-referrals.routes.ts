import type { Route } from '@angular/router';

export const myReferralsRoutes: Route[] = [
  { path: '', loadComponent: () => import('./referral-list/referral-list').then((m) => m.ReferralList) },
  {
    path: 'bonuses',
    title: 'myBonuses.title',
    loadComponent: () => import('./my-bonuses/my-bonuses').then((m) => m.MyBonuses),
  },
  {
    path: ':id',
    title: 'myReferrals.detail.title',
    loadComponent: () => import('./referral-detail/referral-detail').then((m) => m.ReferralDetail),
  },
];
