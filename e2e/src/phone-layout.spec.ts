import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPortal, PHONE, screenshot } from './support/browser';
import { DEMO, mainNavigation, settled, signIn } from './support/portal-pages';

describe('phone layout', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('hides the navigation behind a menu button at 375 px that opens and closes it', async () => {
    const { context, page } = await openPortal(browser, { viewport: PHONE });
    try {
      await signIn(page, DEMO.anna);
      const navigation = mainNavigation(page);
      const analytics = navigation.getByRole('link', { name: 'Analytics' });
      expect(await analytics.isVisible()).toBe(false);
      await screenshot(page, 'phone-navigation-closed');

      const menuButton = page.getByRole('button', { name: 'Open navigation' });
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      await menuButton.click();
      await analytics.waitFor({ state: 'visible' });
      // Keyboard users land in the navigation they opened.
      await page.waitForFunction(() => document.activeElement?.closest('nav') !== null);
      expect(await page.getByRole('button', { name: 'Close navigation' }).getAttribute('aria-expanded')).toBe('true');
      await expectNoSeriousA11yViolations(page, 'the open phone navigation');
      await screenshot(page, 'phone-navigation-open');

      // Choosing an entry goes there and closes the navigation again.
      await analytics.click();
      await page.waitForURL(/\/analytics$/);
      await settled(page);
      await analytics.waitFor({ state: 'hidden' });
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Analytics');
      await expectNoSeriousA11yViolations(page, 'the analytics page on a phone');

      // Escape closes it too, and focus returns to the menu button.
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await analytics.waitFor({ state: 'visible' });
      await page.keyboard.press('Escape');
      await analytics.waitFor({ state: 'hidden' });
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-controls') === 'app-navigation');
    } finally {
      await context.close();
    }
  });
});
