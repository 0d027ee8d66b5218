import type { Route } from '@angular/router';
import { appRoutes } from './app.routes';
import { permissionGuard } from './core/auth/auth-guards';
import { SHELL_AREAS } from './shell/navigation';

const shellChildren = appRoutes.find((route) => route.path === '')?.children ?? [];

describe('app routes', () => {
  it.each(SHELL_AREAS.map((area) => [area.id, area] as const))(
    'guards the %s route with the permission of its navigation entry',
    (_id, area) => {
      const route = shellChildren.find((candidate: Route) => candidate.path === area.path);
      expect(route).toBeDefined();
      expect(route?.canActivate).toContain(permissionGuard);
      expect(route?.data?.['permission']).toBe('permission' in area ? area.permission : undefined);
      expect(route?.title).toBe(area.labelKey);
    },
  );

  it('loads every page lazily', () => {
    const pages = [...appRoutes, ...shellChildren];
    for (const route of pages) {
      expect(route.component).toBeUndefined();
      expect(route.loadComponent ?? route.loadChildren).toBeDefined();
    }
  });

  it('ends the shell with the not-found page', () => {
    expect(shellChildren.at(-1)?.path).toBe('**');
  });
});
