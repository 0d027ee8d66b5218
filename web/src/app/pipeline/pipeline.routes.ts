import type { Route } from '@angular/router';
import { permissionGuard } from '../core/auth/auth-guards';

/**
 * The Pipeline area (guarded by `runPipeline` in app.routes). Pages with their own permission carry
 * `canActivate: [permissionGuard]` and `data.permission`, like the vacancies routes.
 */
export const pipelineRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./candidate-list/candidate-list').then((m) => m.CandidateList),
  },
  {
    path: 'vacancies/:vacancyId',
    title: 'pipeline.board.title',
    loadComponent: () => import('./pipeline-board/pipeline-board').then((m) => m.PipelineBoard),
  },
  {
    path: 'candidates/:applicationId',
    title: 'pipeline.detail.title',
    loadComponent: () => import('./candidate-detail/candidate-detail').then((m) => m.CandidateDetail),
  },
  {
    path: 'setup',
    title: 'pipelineSetup.title',
    canActivate: [permissionGuard],
    data: { permission: 'manageStageTemplates' },
    loadComponent: () => import('./pipeline-setup/pipeline-setup').then((m) => m.PipelineSetup),
  },
];
