import type { Route } from '@angular/router';
import { authGuard, permissionGuard, signedOutGuard } from './core/auth/auth-guards';
import { COMING_SOON_AREAS, shellArea, type ShellAreaId } from './shell/navigation';

/** A shell route for a navigation area: titled by its label and guarded by the same permission as its entry. */
function areaRoute(id: ShellAreaId, route: Route, data: Record<string, unknown> = {}): Route {
  const area = shellArea(id);
  return {
    path: area.path,
    title: area.labelKey,
    canActivate: [permissionGuard],
    data: { permission: area.permission, ...data },
    ...route,
  };
}

export const appRoutes: Route[] = [
  {
    path: 'sign-in',
    title: 'signIn.title',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./sign-in/sign-in').then((m) => m.SignIn),
  },
  {
    path: '',
    canActivate: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      areaRoute('home', { pathMatch: 'full', loadComponent: () => import('./home/home').then((m) => m.Home) }),
      ...COMING_SOON_AREAS.map((id) =>
        areaRoute(
          id,
          { loadComponent: () => import('./coming-soon/coming-soon').then((m) => m.ComingSoon) },
          { area: id },
        ),
      ),
      areaRoute('myReferrals', {
        loadChildren: () => import('./my-referrals/my-referrals.routes').then((m) => m.myReferralsRoutes),
      }),
      {
        path: 'referrals',
        canActivate: [permissionGuard],
        data: { permission: 'referCandidates' },
        loadChildren: () => import('./referrals/referrals.routes').then((m) => m.referralsRoutes),
      },
      areaRoute('rules', { loadChildren: () => import('./programme/rules.routes').then((m) => m.rulesRoutes) }),
      areaRoute('pipeline', { loadChildren: () => import('./pipeline/pipeline.routes').then((m) => m.pipelineRoutes) }),
      areaRoute('bonuses', { loadChildren: () => import('./bonuses/bonuses.routes').then((m) => m.bonusesRoutes) }),
      areaRoute('programme', {
        loadChildren: () => import('./programme/programme.routes').then((m) => m.programmeRoutes),
      }),
      areaRoute('vacancies', { loadChildren: () => import('./vacancies/vacancies.routes').then((m) => m.vacanciesRoutes) }),
      areaRoute('settings', { loadChildren: () => import('./settings/settings.routes').then((m) => m.settingsRoutes) }),
      areaRoute('audit', { loadChildren: () => import('./audit/audit.routes').then((m) => m.auditRoutes) }),
      {
        // A candidate for HR, who reaches hires from the bonuses rather than through the Pipeline area.
        path: 'candidates/:applicationId',
        title: 'pipeline.detail.title',
        canActivate: [permissionGuard],
        data: { permission: 'viewCandidates' },
        loadComponent: () => import('./pipeline/candidate-detail/candidate-detail').then((m) => m.CandidateDetail),
      },
      {
        path: 'notifications',
        title: 'notifications.title',
        loadChildren: () => import('./notifications/notifications.routes').then((m) => m.notificationsRoutes),
      },
      {
        path: 'me/preferences',
        title: 'preferences.title',
        loadChildren: () => import('./preferences/preferences.routes').then((m) => m.preferencesRoutes),
      },
      {
        // Mail kept instead of sent when no SMTP server is configured (the demo); its guard asks the API.
        path: 'dev-mailbox',
        title: 'devMailbox.heading',
        loadChildren: () => import('./dev-mailbox/dev-mailbox.routes').then((m) => m.devMailboxRoutes),
      },
      {
        path: 'forbidden',
        title: 'forbidden.title',
        loadComponent: () => import('./errors/forbidden/forbidden').then((m) => m.Forbidden),
      },
      {
        path: '**',
        title: 'notFound.title',
        loadComponent: () => import('./errors/not-found/not-found').then((m) => m.NotFound),
      },
    ],
  },
];
