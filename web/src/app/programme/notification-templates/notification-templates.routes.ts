import type { CanDeactivateFn, Route } from '@angular/router';
import type { TemplateEditor } from './template-editor/template-editor';

const leaveEditor: CanDeactivateFn<TemplateEditor> = (editor) => editor.canLeave();

/** The notification templates inside HR's programme area: the list and the editor of one event and language. */
export const notificationTemplateRoutes: Route[] = [
  {
    path: 'notifications',
    title: 'notificationTemplates.list.title',
    loadComponent: () => import('./template-list/template-list').then((m) => m.TemplateList),
  },
  {
    path: 'notifications/:event/:lang',
    title: 'notificationTemplates.editor.title',
    loadComponent: () => import('./template-editor/template-editor').then((m) => m.TemplateEditor),
    canDeactivate: [leaveEditor],
  },
];
