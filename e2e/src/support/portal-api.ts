import type { APIResponse, Browser, Page } from 'playwright-core';
import type { CreateVacancyDto, CurrentProgrammeResponse, VacancyResponse } from '@referrals/contracts';
import { openPortal, type PortalPage } from './browser';
import { signIn, userMenuButton } from './portal-pages';

/**
 * State for a journey is set up over the API, as the signed-in person: the browser context's session cookie
 * and its CSRF token go along, exactly as the web app sends them.
 */
export async function apiWrite(
  page: Page,
  url: string,
  options: {
    method?: 'POST' | 'PATCH';
    data?: unknown;
    multipart?: Record<string, string | number | boolean | { name: string; mimeType: string; buffer: Buffer }>;
  },
): Promise<APIResponse> {
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  if (!token) throw new Error('no XSRF-TOKEN cookie: not signed in?');
  return page.request.fetch(url, { method: 'POST', headers: { 'X-XSRF-TOKEN': token }, ...options });
}

/** A browser or API response: both tell their status, address and body. */
interface AnyResponse {
  status(): number;
  url(): string;
  text(): Promise<string>;
}

export async function expectStatus(response: AnyResponse, status: number): Promise<void> {
  if (response.status() !== status) {
    throw new Error(`${response.url()} answered ${response.status()}, expected ${status}: ${await response.text()}`);
  }
}

/** Accepts the current rules over the API unless already done: referring needs it. */
export async function acceptCurrentRules(page: Page): Promise<void> {
  const current = (await (await page.request.get('/api/programme/current')).json()) as CurrentProgrammeResponse;
  if (current.acceptedAt === null) await expectStatus(await apiWrite(page, `/api/programme/${current.version}/accept`, {}), 200);
}

/** A vacancy created and opened by the signed-in recruiter. */
export async function createOpenVacancy(page: Page, fields: Partial<CreateVacancyDto> & { title: string }): Promise<VacancyResponse> {
  const created = await apiWrite(page, '/api/vacancies', {
    data: {
      department: 'Engineering',
      location: 'Utrecht',
      employmentType: 'full_time',
      category: 'Engineering',
      description: 'You build the services our colleagues rely on.',
      bonusAmountMinor: 150_000,
      bonusCurrency: 'EUR',
      ...fields,
    },
  });
  await expectStatus(created, 201);
  const vacancy = (await created.json()) as VacancyResponse;
  const opened = await apiWrite(page, `/api/vacancies/${vacancy.id}/status`, { data: { status: 'open', version: vacancy.version } });
  await expectStatus(opened, 200);
  return (await opened.json()) as VacancyResponse;
}

/** A fresh browser profile signed in as a demo person, every sign-in page scanned for accessibility. */
export async function signedIn(
  browser: Browser,
  name: string,
  path = '/',
  viewport?: { width: number; height: number },
): Promise<PortalPage> {
  const portal = await openPortal(browser, { viewport });
  await signIn(portal.page, name, path);
  return portal;
}

/**
 * Signs in without the accessibility scans of `signIn`, for people who only set up state over the API:
 * the sign-in pages are scanned by the journeys that look at them.
 */
export async function signedInForSetup(browser: Browser, name: string): Promise<PortalPage> {
  const portal = await openPortal(browser);
  const { page } = portal;
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in with your company account' }).click();
  await page.waitForURL(/\/dev-idp\/sso/);
  await page.getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
  await userMenuButton(page, name).waitFor();
  return portal;
}
