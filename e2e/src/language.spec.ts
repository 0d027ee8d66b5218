import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPortal, screenshot } from './support/browser';
import { DEMO, mainNavigation, openUserMenu, settled, signIn } from './support/portal-pages';

const navLabels = async (page: import('playwright-core').Page) =>
  (await mainNavigation(page).getByRole('link').allTextContents()).map((text) => text.trim());

describe('language', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('switches the shell to Dutch and keeps it Dutch after a reload', async () => {
    const { context, page } = await openPortal(browser);
    try {
      // Lucas is used by no other journey, so his remembered language cannot leak into them.
      await signIn(page, DEMO.lucas);
      expect(await navLabels(page)).toEqual(['Home', 'Vacancies', 'My referrals', 'Programme rules', 'Pipeline']);

      const menu = await openUserMenu(page, DEMO.lucas);
      await menu.getByRole('menuitemradio', { name: 'Nederlands' }).click();
      await mainNavigation(page).getByRole('link', { name: 'Vacatures' }).waitFor();

      const dutch = ['Start', 'Vacatures', 'Mijn aanmeldingen', 'Programmaregels', 'Wervingsproces'];
      expect(await navLabels(page)).toEqual(dutch);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Welkom, ${DEMO.lucas}`);
      expect(await page.title()).toBe('Start · Referralportaal');
      await expectNoSeriousA11yViolations(page, 'the home page in Dutch');
      await screenshot(page, 'home-dutch');

      await page.reload();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the Dutch home page after a reload');
      expect(await navLabels(page)).toEqual(dutch);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');

      // Remembered on the server too, so another browser starts in Dutch.
      const me = (await (await page.request.get('/api/me')).json()) as { locale: string | null };
      expect(me.locale).toBe('nl');
      const elsewhere = await openPortal(browser);
      try {
        await signIn(elsewhere.page, DEMO.lucas);
        expect(await navLabels(elsewhere.page)).toEqual(dutch);
      } finally {
        await elsewhere.context.close();
      }

      // Back to English, which also leaves Lucas as the other journeys expect people to be.
      const menuAgain = await openUserMenu(page, DEMO.lucas);
      await menuAgain.getByRole('menuitemradio', { name: 'English' }).click();
      await mainNavigation(page).getByRole('link', { name: 'Vacancies' }).waitFor();
      await page.waitForLoadState('networkidle');
      const after = (await (await page.request.get('/api/me')).json()) as { locale: string | null };
      expect(after.locale).toBe('en');
    } finally {
      await context.close();
    }
  });

  it('switches the sign-in page to Dutch and remembers it in this browser', async () => {
    const { context, page } = await openPortal(browser);
    try {
      await page.goto('/sign-in');
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the sign-in page');
      await page.getByRole('radio', { name: 'Nederlands' }).click();
      const button = page.getByRole('button', { name: 'Inloggen met je bedrijfsaccount' });
      await button.waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      await expectNoSeriousA11yViolations(page, 'the sign-in page in Dutch');
      await screenshot(page, 'sign-in-dutch');

      await page.reload();
      await button.waitFor();
      expect(await page.title()).toBe('Inloggen · Referralportaal');
      await expectNoSeriousA11yViolations(page, 'the Dutch sign-in page after a reload');
    } finally {
      await context.close();
    }
  });
});
