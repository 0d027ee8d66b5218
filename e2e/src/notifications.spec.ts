import type { Browser, Locator, Page } from 'playwright-core';
import type { ApplicationListItemResponse, Page as ResultPage, ReferralDetailResponse, UnreadCountResponse } from '@referrals/contracts';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, PHONE, screenshot } from './support/browser';
import { acceptCurrentRules, apiWrite, createOpenVacancy, expectStatus, signedIn, signedInForSetup } from './support/portal-api';
import { DEMO, openUserMenu, settled } from './support/portal-pages';

const MARK = Date.now().toString(36);
const CANDIDATE = { name: 'Sanne Mulder', email: `sanne.mulder.${MARK}@example.com` };
const TITLE = `Site reliability engineer ${MARK}`;

/** The toolbar's bell, whose label carries the unread count: "Notifications, 2 unread" / "Meldingen, 2 ongelezen". */
function bell(page: Page): Locator {
  return page.getByRole('button', { name: /^(Notifications|Meldingen)(, \d+ (unread|ongelezen))?$/ });
}

/** The unread count as the API tells it. */
async function unreadCount(page: Page): Promise<number> {
  const response = await page.request.get('/api/notifications/unread-count');
  await expectStatus(response, 200);
  return ((await response.json()) as UnreadCountResponse).unread;
}

/** Waits, without reloading, until the bell says `count`: the server pushes it. */
async function expectUnread(page: Page, count: number): Promise<void> {
  const name = count === 0 ? /^Notifications$/ : new RegExp(`^Notifications, ${count} unread$`);
  await page.getByRole('button', { name }).waitFor({ timeout: 15_000 });
}

/** An entry of the notifications page by its heading, among this run's (its text names the run's vacancy). */
function entryOnPage(page: Page, heading: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: heading, exact: true }) })
    .filter({ hasText: TITLE });
}

/** English and every mail on: how Emma starts here and how the other journeys expect her. */
async function leaveAsFound(page: Page): Promise<void> {
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const reset = await page.request.put('/api/me/preferences', {
    headers: { 'X-XSRF-TOKEN': token },
    data: { language: 'en', emailOff: [] },
  });
  await expectStatus(reset, 200);
}

describe('notifications', () => {
  let browser: Browser;
  let vacancyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const recruiter = await signedInForSetup(browser, DEMO.sophie);
    try {
      vacancyId = (await createOpenVacancy(recruiter.page, { title: TITLE })).id;
    } finally {
      await recruiter.context.close();
    }
    // Someone who never chose a language reads in the company's; Emma chooses English, as her browser is.
    const employee = await signedInForSetup(browser, DEMO.emma);
    try {
      await leaveAsFound(employee.page);
    } finally {
      await employee.context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("a recruiter's move reaches the referrer's bell without a reload; she opens it, reads it, and the count drops", async () => {
    const { context, page } = await signedIn(browser, DEMO.emma);
    const recruiter = await signedInForSetup(browser, DEMO.sophie);
    try {
      await acceptCurrentRules(page);
      // The bell shows what the server counts before anything happens (rules accepted, say).
      const before = await unreadCount(page);
      await expectUnread(page, before);

      // Emma refers over the API with the portal open: the thanks arrive live.
      const referred = await apiWrite(page, '/api/referrals', {
        multipart: {
          vacancyId,
          candidateName: CANDIDATE.name,
          candidateEmail: CANDIDATE.email,
          relationship: 'former_colleague',
          motivation: `${CANDIDATE.name} kept our platform up through two migrations.`,
          candidateConsent: 'true',
        },
      });
      await expectStatus(referred, 201);
      const referral = (await referred.json()) as ReferralDetailResponse;
      await expectUnread(page, before + 1);

      // Sophie moves the candidate to the interview step: Emma's simplified status becomes Interviewing.
      const list = (await (
        await recruiter.page.request.get(`/api/applications?vacancyId=${vacancyId}`)
      ).json()) as ResultPage<ApplicationListItemResponse>;
      const application = list.items.find((item) => item.candidateName === CANDIDATE.name);
      if (!application) throw new Error('the referred candidate is not in the pipeline');
      const moved = await apiWrite(recruiter.page, `/api/applications/${application.id}/move`, {
        data: { toStage: 'interview', version: application.version },
      });
      await expectStatus(moved, 200);

      await expectUnread(page, before + 2);
      await bell(page).click();
      const menu = page.getByRole('menu');
      // Each entry is named by its title and time, and described by its text, which names this run's vacancy.
      const entry = menu
        .getByRole('menuitem', { name: new RegExp(`^Unread: Update on ${CANDIDATE.name}: Interviewing, `) })
        .filter({ hasText: TITLE });
      await entry.waitFor();
      await menu
        .getByRole('menuitem', { name: new RegExp(`^Unread: Thanks for referring ${CANDIDATE.name}!, `) })
        .filter({ hasText: TITLE })
        .waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the open bell');
      await screenshot(page, 'notifications-bell');

      // Following the entry opens the referral and marks it read.
      await entry.click();
      await page.waitForURL(new RegExp(`/my-referrals/${referral.id}$`));
      await expectUnread(page, before + 1);
    } finally {
      await recruiter.context.close();
      await context.close();
    }
  });

  it('the notifications page lists, filters to unread and marks all read, in English and in Dutch', async () => {
    const { context, page } = await signedIn(browser, DEMO.emma, '/notifications');
    try {
      await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      await entryOnPage(page, `Update on ${CANDIDATE.name}: Interviewing`).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the notifications page');
      await screenshot(page, 'notifications-page');

      // Read in the bell already, so not among the unread; the thanks are.
      await page.getByRole('radio', { name: 'Unread only' }).click();
      await page.waitForURL(/\/notifications\?unread=true$/);
      await entryOnPage(page, `Unread: Thanks for referring ${CANDIDATE.name}!`).waitFor();
      expect(await entryOnPage(page, `Update on ${CANDIDATE.name}: Interviewing`).count()).toBe(0);

      await page.getByRole('button', { name: 'Mark all as read' }).click();
      await page.getByRole('heading', { name: 'You are all caught up' }).waitFor();
      await expectUnread(page, 0);
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the notifications page, all read');

      // In Dutch the server writes the entries in Dutch too.
      const menu = await openUserMenu(page, DEMO.emma);
      await menu.getByRole('menuitemradio', { name: 'Nederlands' }).click();
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
      await page.getByRole('radio', { name: 'Alle', exact: true }).click();
      await entryOnPage(page, `Nieuws over ${CANDIDATE.name}: In gesprek`).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the notifications page in Dutch');
      await screenshot(page, 'notifications-page-dutch');
    } finally {
      await leaveAsFound(page);
      await context.close();
    }
  });

  it('the notifications page on a phone', async () => {
    const { context, page } = await signedIn(browser, DEMO.emma, '/notifications', PHONE);
    try {
      await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      await entryOnPage(page, `Update on ${CANDIDATE.name}: Interviewing`).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the notifications page on a phone');
      await screenshot(page, 'notifications-page-phone');
      await bell(page).click();
      await page.getByRole('menu').getByRole('menuitem', { name: /See all notifications/ }).waitFor();
      await settled(page);
      await screenshot(page, 'notifications-bell-phone');
    } finally {
      await context.close();
    }
  });

  it('saves mail preferences and the language, which switches the portal', async () => {
    const { context, page } = await signedIn(browser, DEMO.emma);
    try {
      const menu = await openUserMenu(page, DEMO.emma);
      await menu.getByRole('menuitem', { name: 'Preferences' }).click();
      await page.waitForURL(/\/me\/preferences$/);
      await page.getByRole('heading', { level: 1, name: 'Preferences' }).waitFor();
      const hired = page.getByRole('switch', { name: 'Candidate hired' });
      const paid = page.getByRole('switch', { name: 'Bonus paid' });
      await hired.waitFor();
      expect(await paid.isDisabled()).toBe(true);
      expect(await paid.getAttribute('aria-checked')).toBe('true');
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the preferences page');
      await screenshot(page, 'preferences');

      await hired.click();
      const saved = page.waitForResponse((response) => response.url().endsWith('/api/me/preferences') && response.request().method() === 'PUT');
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await expectStatus(await saved, 200);
      await page.getByText('Your preferences are saved.').waitFor();

      await page.reload();
      await page.getByRole('switch', { name: 'Candidate hired' }).waitFor();
      expect(await page.getByRole('switch', { name: 'Candidate hired' }).getAttribute('aria-checked')).toBe('false');

      // Dutch: the portal follows at once.
      await page.getByRole('radio', { name: 'Nederlands' }).check();
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await page.getByRole('heading', { level: 1, name: 'Voorkeuren' }).waitFor();
      await page.getByText('Je voorkeuren zijn opgeslagen.').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await page.getByRole('switch', { name: 'Kandidaat aangenomen' }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the preferences page in Dutch');
      await screenshot(page, 'preferences-dutch');
    } finally {
      await leaveAsFound(page);
      await context.close();
    }
  });
});
