import { TestBed } from '@angular/core/testing';
import {
  provideRouter,
  Router,
  UrlTree,
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
} from '@angular/router';
import type { MeResponse, Permission, Role } from '@referrals/contracts';
import { authGuard, permissionGuard, signedOutGuard } from './auth-guards';
import { AuthStore } from './auth-store';

function person(roles: Role[]): MeResponse {
  return { id: 'u1', email: 'e@x', displayName: 'E', employeeId: null, department: null, roles, locale: null };
}

function setUp(session: MeResponse | null | 'api-down') {
  const load = jest.fn(() => (session === 'api-down' ? Promise.reject(new Error('503')) : Promise.resolve(session)));
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: AuthStore, useValue: { load } }],
  });
  return TestBed.inject(Router);
}

const route = (data: { permission?: Permission } = {}, queryParams: Record<string, string> = {}) =>
  ({ data, queryParamMap: new Map(Object.entries(queryParams)) as unknown }) as ActivatedRouteSnapshot;
const state = (url: string) => ({ url }) as RouterStateSnapshot;

async function run(guard: typeof authGuard, r: ActivatedRouteSnapshot, s: RouterStateSnapshot) {
  return TestBed.runInInjectionContext(() => guard(r, s)) as Promise<boolean | UrlTree>;
}

const serialize = (router: Router, result: boolean | UrlTree) =>
  result instanceof UrlTree ? router.serializeUrl(result) : result;

describe('authGuard', () => {
  it('lets a signed-in user in', async () => {
    setUp(person(['employee']));
    await expect(run(authGuard, route(), state('/settings'))).resolves.toBe(true);
  });

  it('sends everyone else to sign in, remembering where they were going', async () => {
    const router = setUp(null);
    expect(serialize(router, await run(authGuard, route(), state('/audit?page=2')))).toBe(
      '/sign-in?returnTo=%2Faudit%3Fpage%3D2',
    );
  });

  it('sends to sign in when the API cannot be asked', async () => {
    const router = setUp('api-down');
    expect(serialize(router, await run(authGuard, route(), state('/')))).toBe('/sign-in');
  });
});

describe('permissionGuard', () => {
  it('opens a screen whose permission one of the roles grants', async () => {
    setUp(person(['employee', 'admin']));
    await expect(run(permissionGuard, route({ permission: 'readAudit' }), state('/audit'))).resolves.toBe(true);
  });

  it('shows the forbidden page when no role grants it', async () => {
    const router = setUp(person(['employee', 'hr']));
    expect(serialize(router, await run(permissionGuard, route({ permission: 'readAudit' }), state('/audit')))).toBe(
      '/forbidden',
    );
  });

  it('opens screens without a permission to every signed-in user', async () => {
    setUp(person([]));
    await expect(run(permissionGuard, route(), state('/my-referrals'))).resolves.toBe(true);
  });

  it('asks an anonymous visitor to sign in rather than calling them forbidden', async () => {
    const router = setUp(null);
    expect(serialize(router, await run(permissionGuard, route({ permission: 'runPipeline' }), state('/pipeline')))).toBe(
      '/sign-in?returnTo=%2Fpipeline',
    );
  });
});

describe('signedOutGuard', () => {
  it('shows the sign-in page to anonymous visitors', async () => {
    setUp(null);
    await expect(run(signedOutGuard, route(), state('/sign-in'))).resolves.toBe(true);
  });

  it('sends a signed-in user on to where they were going, but never off-site', async () => {
    const router = setUp(person(['employee']));
    expect(serialize(router, await run(signedOutGuard, route({}, { returnTo: '/settings' }), state('/sign-in')))).toBe(
      '/settings',
    );
    expect(
      serialize(router, await run(signedOutGuard, route({}, { returnTo: '//evil.example' }), state('/sign-in'))),
    ).toBe('/');
  });
});
