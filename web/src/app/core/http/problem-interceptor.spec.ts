import { provideHttpClient, withInterceptors, HttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth-store';
import { problemInterceptor } from './problem-interceptor';
import { ProblemNotifier } from './problem-notifier';
import { withoutErrorToast } from './skip-error-toast';

describe('problemInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let notifier: { show: jest.Mock };
  let auth: { forget: jest.Mock };
  let router: Router;

  beforeEach(() => {
    notifier = { show: jest.fn() };
    auth = { forget: jest.fn() };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([problemInterceptor])),
        provideHttpClientTesting(),
        { provide: ProblemNotifier, useValue: notifier },
        { provide: AuthStore, useValue: auth },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  const problem = (code: string, status: number) => ({ type: 'about:blank', title: 'English', status, code });

  it('shows the translated message of the problem code', async () => {
    const request = firstValueFrom(http.patch('/api/settings', {}));
    backend.expectOne('/api/settings').flush(problem('validation_failed', 400), { status: 400, statusText: 'Bad Request' });
    await expect(request).rejects.toBeDefined();
    expect(notifier.show).toHaveBeenCalledWith('errors.validation_failed');
  });

  it('treats 401 from the session probe as an answer, not an error', async () => {
    const request = firstValueFrom(http.get('/api/me'));
    backend.expectOne('/api/me').flush(problem('unauthenticated', 401), { status: 401, statusText: 'Unauthorized' });
    await expect(request).rejects.toBeDefined();
    expect(notifier.show).not.toHaveBeenCalled();
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });

  it('sends the user to sign in when a session ends elsewhere', async () => {
    const request = firstValueFrom(http.get('/api/settings'));
    backend.expectOne('/api/settings').flush(problem('unauthenticated', 401), { status: 401, statusText: 'Unauthorized' });
    await expect(request).rejects.toBeDefined();
    expect(auth.forget).toHaveBeenCalled();
    expect(router.navigateByUrl).toHaveBeenCalledTimes(1);
    expect(notifier.show).toHaveBeenCalledWith('errors.unauthenticated');
  });

  it('stays quiet for callers that report failures themselves', async () => {
    const request = firstValueFrom(http.post('/api/auth/logout', null, { context: withoutErrorToast() }));
    backend.expectOne('/api/auth/logout').flush(problem('csrf_invalid', 403), { status: 403, statusText: 'Forbidden' });
    await expect(request).rejects.toBeDefined();
    expect(notifier.show).not.toHaveBeenCalled();
  });
});
