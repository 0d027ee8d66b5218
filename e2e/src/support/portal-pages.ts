import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './a11y';

/** The development IdP's demo people, by the name on their button. */
export const DEMO = {
  emma: 'Emma de Vries', // employee
  daan: 'Daan Jansen', // employee
  sophie: 'Sophie Bakker', // recruiter
  lucas: 'Lucas Visser', // hiring manager
  anna: 'Anna Smit', // HR
  noah: 'Noah Mulder', // admin
} as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Waits until the app has rendered a page: its heading is there and no request is pending. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('h1').first().waitFor();
}

export function userMenuButton(page: Page, name: string): Locator {
  // "Emma de Vries, account menu" / "Emma de Vries, accountmenu"
  return page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}, account`) });
}

export function mainNavigation(page: Page): Locator {
  return page.getByRole('navigation', { name: /^(Main navigation|Hoofdnavigatie)$/ });
}

/**
 * Signs in the way a person does: open a portal page, get sent to sign-in, press the SSO button, pick the
 * person on the development IdP, land back in the shell. Every page on the way, and the one landed on, is
 * scanned for accessibility problems.
 */
export async function signIn(page: Page, name: string, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/sign-in(\?|$)/);
  await settled(page);
  await expectNoSeriousA11yViolations(page, 'the sign-in page');
  await page.getByRole('button', { name: 'Sign in with your company account' }).click();
  await page.waitForURL(/\/dev-idp\/sso/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectNoSeriousA11yViolations(page, 'the development IdP');
  await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}\\b`) }).click();
  await page.waitForURL((url) => !/^\/(dev-idp|api|sign-in)(\/|$)/.test(url.pathname));
  await userMenuButton(page, name).waitFor();
  await settled(page);
  await expectNoSeriousA11yViolations(page, `${new URL(page.url()).pathname} after signing in`);
}

export async function openUserMenu(page: Page, name: string): Promise<Locator> {
  await userMenuButton(page, name).click();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  return menu;
}
