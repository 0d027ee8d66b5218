import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPortal, screenshot } from './support/browser';
import { DEMO, openUserMenu, settled, signIn, userMenuButton } from './support/portal-pages';

describe('signing in and out', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets an employee sign in through the development IdP and shows their name in the shell', async () => {
    const { context, page } = await openPortal(browser);
    try {
      await signIn(page, DEMO.emma);

      expect(new URL(page.url()).pathname).toBe('/');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Welcome, ${DEMO.emma}`);
      await expect(userMenuButton(page, DEMO.emma).textContent()).resolves.toContain(DEMO.emma);
      await expect(page.getByRole('list', { name: 'Your roles' }).textContent()).resolves.toContain('Employee');
      await screenshot(page, 'signed-in-home');
    } finally {
      await context.close();
    }
  });

  it('brings the user back to the page they asked for', async () => {
    const { context, page } = await openPortal(browser);
    try {
      await signIn(page, DEMO.emma, '/my-referrals');

      expect(new URL(page.url()).pathname).toBe('/my-referrals');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('My referrals');
    } finally {
      await context.close();
    }
  });

  it('ends the session on sign-out, after which the API no longer knows the user', async () => {
    const { context, page } = await openPortal(browser);
    try {
      await signIn(page, DEMO.daan);
      await expect(page.request.get('/api/me').then((response) => response.status())).resolves.toBe(200);

      const menu = await openUserMenu(page, DEMO.daan);
      await expectNoSeriousA11yViolations(page, 'the open user menu');
      await screenshot(page, 'user-menu-open');
      await menu.getByRole('menuitem', { name: 'Sign out' }).click();

      await page.waitForURL(/\/sign-in$/);
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the sign-in page after signing out');
      const me = await page.request.get('/api/me');
      expect(me.status()).toBe(401);
      expect((await me.json()) as { code: string }).toMatchObject({ code: 'unauthenticated' });

      // The shell is closed again: a reload lands on sign-in.
      await page.goto('/');
      await page.waitForURL(/\/sign-in$/);
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the sign-in page after a reload');
    } finally {
      await context.close();
    }
  });
});
