import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPortal, screenshot } from './support/browser';
import { DEMO, mainNavigation, settled, signIn } from './support/portal-pages';

describe('navigation by role', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a recruiter the Pipeline entry, which opens the pipeline area', async () => {
    const { context, page } = await openPortal(browser);
    try {
      await signIn(page, DEMO.sophie);
      const pipeline = mainNavigation(page).getByRole('link', { name: 'Pipeline' });
      expect(await pipeline.count()).toBe(1);

      await pipeline.click();
      await page.waitForURL(/\/pipeline$/);
      await settled(page);
      // The area opens on the candidate list.
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Candidates');
      expect(await pipeline.getAttribute('aria-current')).toBe('page');
      await expectNoSeriousA11yViolations(page, 'the pipeline’s candidate list');
      await screenshot(page, 'recruiter-pipeline');
    } finally {
      await context.close();
    }
  });

  it('hides Pipeline and the admin areas from an employee', async () => {
    const { context, page } = await openPortal(browser);
    try {
      await signIn(page, DEMO.emma);
      const links = await mainNavigation(page).getByRole('link').allTextContents();
      expect(links.map((text) => text.trim())).toEqual(['Home', 'Vacancies', 'My referrals', 'Programme rules']);
      expect(await mainNavigation(page).getByRole('link', { name: 'Pipeline' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('sends an employee who opens the audit log to the forbidden page', async () => {
    const { context, page } = await openPortal(browser);
    try {
      await signIn(page, DEMO.emma);
      await page.goto('/audit');
      await page.waitForURL(/\/forbidden$/);
      await settled(page);

      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'You do not have access to this page',
      );
      expect(await page.title()).toBe('No access · Referral Portal');
      await expectNoSeriousA11yViolations(page, 'the forbidden page');
      await screenshot(page, 'employee-forbidden');
    } finally {
      await context.close();
    }
  });
});
