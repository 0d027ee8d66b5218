import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { DESKTOP, launchBrowser, openPortal, PHONE, screenshot } from './support/browser';
import { DEMO, settled, signIn } from './support/portal-pages';

/** Opens a page of the signed-in shell, checks its heading and scans it. */
async function visit(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(path);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
  await expectNoSeriousA11yViolations(page, path);
}

describe('accessibility of every screen', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('passes axe on the sign-in, home, forbidden and not-found pages (%s)', async (label, viewport) => {
    const { context, page } = await openPortal(browser, { viewport });
    try {
      await page.goto('/sign-in');
      await settled(page);
      await expectNoSeriousA11yViolations(page, `the sign-in page (${label})`);
      await screenshot(page, `${label}-sign-in`);

      await signIn(page, DEMO.emma); // scans the home page it lands on
      await screenshot(page, `${label}-home`);

      await visit(page, '/audit', 'You do not have access to this page');
      expect(new URL(page.url()).pathname).toBe('/forbidden');
      await screenshot(page, `${label}-forbidden`);

      await visit(page, '/no/such/page', 'This page does not exist');
      expect(await page.title()).toBe('Page not found · Referral Portal');
      await screenshot(page, `${label}-not-found`);

      await visit(page, '/vacancies', 'Vacancies');
      await screenshot(page, `${label}-vacancies`);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('passes axe on the admin screens (%s)', async (label, viewport) => {
    const { context, page } = await openPortal(browser, { viewport });
    try {
      await signIn(page, DEMO.noah);
      await screenshot(page, `${label}-admin-home`);
      await visit(page, '/settings', 'Settings');
      await screenshot(page, `${label}-settings`);
      await visit(page, '/audit', 'Audit log');
      await screenshot(page, `${label}-audit`);
    } finally {
      await context.close();
    }
  });

  it('lets keyboard users skip to the main content', async () => {
    const { context, page } = await openPortal(browser);
    try {
      await signIn(page, DEMO.emma);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
      await screenshot(page, 'skip-link-focused');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
      expect(new URL(page.url()).pathname).toBe('/');
    } finally {
      await context.close();
    }
  });
});
