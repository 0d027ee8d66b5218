import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SKIP_ERROR_TOAST } from '../core/http/skip-error-toast';
import { DevMailboxApi } from './dev-mailbox-api';

function setUp() {
  TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
  return { api: TestBed.inject(DevMailboxApi), http: TestBed.inject(HttpTestingController) };
}

describe('DevMailboxApi.loadAvailability', () => {
  it('asks the API once and keeps the answer as a signal', async () => {
    const { api, http } = setUp();
    expect(api.available()).toBe(false);
    const first = api.loadAvailability();
    const second = api.loadAvailability();
    const request = http.expectOne('/api/dev-mailbox/availability');
    // A menu entry that cannot be offered is no error to show the user.
    expect(request.request.context.get(SKIP_ERROR_TOAST)).toBe(true);
    request.flush({ available: true });
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(api.available()).toBe(true);
    await api.loadAvailability();
    http.verify();
  });

  it('counts a failed question as "not available" and asks again next time', async () => {
    const { api, http } = setUp();
    const answer = api.loadAvailability();
    http.expectOne('/api/dev-mailbox/availability').flush(null, { status: 503, statusText: 'Unavailable' });
    expect(await answer).toBe(false);
    expect(api.available()).toBe(false);
    const again = api.loadAvailability();
    http.expectOne('/api/dev-mailbox/availability').flush({ available: true });
    expect(await again).toBe(true);
  });
});
