import type { Route } from '@angular/router';
import { permissionGuard } from '../core/auth/auth-guards';

const manage = {
  canActivate: [permissionGuard],
  data: { permission: 'manageVacancies' },
} satisfies Partial<Route>;

export const vacanciesRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./vacancy-search/vacancy-search').then((m) => m.VacancySearch),
  },
  {
    path: 'new',
    title: 'vacancies.form.newHeading',
    ...manage,
    loadComponent: () => import('./vacancy-form/vacancy-form').then((m) => m.VacancyForm),
  },
  {
    path: 'general-referrals',
    title: 'vacancies.general.heading',
    canActivate: [permissionGuard],
    data: { permission: 'viewGeneralReferrals' },
    loadComponent: () => import('./general-referrals/general-referrals').then((m) => m.GeneralReferrals),
  },
  {
    path: ':id',
    loadComponent: () => import('./vacancy-detail/vacancy-detail').then((m) => m.VacancyDetail),
  },
  {
    path: ':id/edit',
    title: 'vacancies.form.editHeading',
    ...manage,
    loadComponent: () => import('./vacancy-form/vacancy-form').then((m) => m.VacancyForm),
  },
];
