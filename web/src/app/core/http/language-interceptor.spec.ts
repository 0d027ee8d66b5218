import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Language } from '../i18n/language';
import { languageInterceptor } from './language-interceptor';

describe('languageInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let active: 'en' | 'nl';

  beforeEach(() => {
    active = 'nl';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([languageInterceptor])),
        provideHttpClientTesting(),
        { provide: Language, useValue: { active: () => active } },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('sends the language on screen with every API call', () => {
    http.get('/api/notifications').subscribe();
    expect(backend.expectOne('/api/notifications').request.headers.get('Accept-Language')).toBe('nl');
    active = 'en';
    http.post('/api/notifications/read-all', {}).subscribe();
    expect(backend.expectOne('/api/notifications/read-all').request.headers.get('Accept-Language')).toBe('en');
  });

  it('leaves other addresses and an explicit choice alone', () => {
    http.get('/i18n/en.json').subscribe();
    expect(backend.expectOne('/i18n/en.json').request.headers.has('Accept-Language')).toBe(false);
    http.get('/api/me', { headers: { 'Accept-Language': 'en' } }).subscribe();
    expect(backend.expectOne('/api/me').request.headers.get('Accept-Language')).toBe('en');
  });
});
