import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPortal, screenshot } from './support/browser';
import { DEMO, mainNavigation, settled, signIn } from './support/portal-pages';

interface Violation {
  directive: string;
  blocked: string;
  page: string;
}

/** Records every Content-Security-Policy violation the browser reports, on every page the tab opens. */
async function watchPolicyViolations(page: Page): Promise<{ violations: () => Promise<Violation[]>; console: string[] }> {
  const consoleMessages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|evaluate)/i.test(message.text())) consoleMessages.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { __policyViolations: Violation[] }).__policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, page: location.pathname }),
    );
  });
  return {
    console: consoleMessages,
    violations: () => page.evaluate(() => (window as unknown as { __policyViolations?: Violation[] }).__policyViolations ?? []),
  };
}

describe('security headers in the browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs the portal under its strict CSP without a single violation, the session cookie out of scripts\' reach', async () => {
    const { context, page } = await openPortal(browser);
    try {
      const watch = await watchPolicyViolations(page);
      const landing = await page.goto('/');
      const policy = landing?.headers()['content-security-policy'] ?? '';
      const scriptSources = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSources.trim()).toBe("'self'");

      await signIn(page, DEMO.noah);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Welcome, ${DEMO.noah}`);
      expect(await watch.violations()).toEqual([]);

      // The session cookie stays out of scripts' reach; the CSRF cookie is there for the app to echo.
      const cookies = await context.cookies();
      expect(cookies.find((cookie) => cookie.name === 'referrals.sid')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      expect(cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')).toMatchObject({ httpOnly: false, sameSite: 'Lax' });
      const readable = await page.evaluate(() => document.cookie);
      expect(readable).toContain('XSRF-TOKEN=');
      expect(readable).not.toContain('referrals.sid');

      // The admin's settings screen: the session limits sit in their own group, labelled.
      await mainNavigation(page).getByRole('link', { name: 'Settings' }).click();
      await page.waitForURL(/\/settings$/);
      await page.getByRole('spinbutton', { name: 'Sign out after inactivity (minutes)' }).waitFor();
      await settled(page);
      await expect(page.getByRole('spinbutton', { name: 'Longest session (hours)' }).inputValue()).resolves.toBe('12');
      await expect(page.getByRole('spinbutton', { name: 'Sign out after inactivity (minutes)' }).inputValue()).resolves.toBe('60');
      await expectNoSeriousA11yViolations(page, 'the settings page with the session limits');
      await screenshot(page, 'settings-session-limits');

      expect(await watch.violations()).toEqual([]);
      expect(watch.console).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
