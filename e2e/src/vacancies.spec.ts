import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPortal, PHONE, screenshot } from './support/browser';
import { signedInForSetup } from './support/portal-api';
import { DEMO, mainNavigation, settled, signIn } from './support/portal-pages';

const en = JSON.parse(readFileSync(join(__dirname, '../../web/public/i18n/en.json'), 'utf8'));

/** An English text of the vacancies area, with its placeholders filled in. */
function text(key: string, params: Record<string, string | number> = {}): string {
  const found = key.split('.').reduce((node, part) => node?.[part], en.vacancies);
  if (typeof found !== 'string') throw new Error(`No English text vacancies.${key}`);
  return found.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => String(params[name]));
}

/** A title word no demo vacancy has, so the search below can only find the vacancy this test creates. */
const WORD = `Zeewier${Date.now().toString(36).replace(/\d/g, '')}`;
const TITLE = `${WORD}ontwikkelaar`;

async function pickOption(page: Page, field: string, option: string | RegExp): Promise<void> {
  await page.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('vacancies', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    // People exist in the portal from their first sign-in; the recruiter picks Lucas as hiring manager below.
    const hiringManager = await signedInForSetup(browser, DEMO.lucas);
    await hiringManager.context.close();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The vacancy the recruiter creates, which the employee then looks for. */
  let vacancyUrl = '';

  it('lets a recruiter create a vacancy through the form and publish it', async () => {
    const recruiter = await openPortal(browser);
    try {
      const { page } = recruiter;
      await signIn(page, DEMO.sophie);
      await mainNavigation(page).getByRole('link', { name: 'Vacancies' }).click();
      await page.waitForURL(/\/vacancies$/);
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the vacancy search of a recruiter');
      await screenshot(page, 'vacancies-search-recruiter');

      await page.getByRole('link', { name: 'New vacancy' }).click();
      await page.waitForURL(/\/vacancies\/new$/);
      await settled(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('New vacancy');
      await expectNoSeriousA11yViolations(page, 'the new vacancy form');

      // The bonus is refused until it reads as money, before anything is sent.
      await page.getByRole('textbox', { name: 'Bonus amount' }).fill('15,00,0');
      await page.getByRole('textbox', { name: 'Job title' }).fill(TITLE);
      await page.getByText(text('form.errors.amount')).waitFor();

      await page.getByRole('combobox', { name: 'Department' }).fill('Engineering');
      await page.getByRole('combobox', { name: 'Location' }).fill('Utrecht');
      await pickOption(page, 'Employment type', 'Part-time');
      await page.getByRole('combobox', { name: 'Category' }).fill('Software');
      await page
        .getByRole('textbox', { name: 'Description' })
        .fill(
          `Wij zoeken een **${TITLE}** voor ons team in Utrecht.\n\n- Je bouwt apps\n- Je werkt samen met ontwerpers`,
        );
      await page.keyboard.press('Tab');

      const hiringManager = page.getByRole('combobox', {
        name: 'Hiring manager',
      });
      const people = page.waitForResponse((response) => response.url().includes('/api/users?'));
      await hiringManager.fill('Lucas');
      expect((await people).status()).toBe(200);
      await page.getByRole('option', { name: /Lucas Visser/ }).click();
      expect(await hiringManager.inputValue()).toBe('Lucas Visser');

      // Sophie is the recruiter already; she adds nobody else.
      await page.getByRole('row', { name: /Sophie Bakker/ }).waitFor();

      await page.getByRole('textbox', { name: 'Bonus amount' }).fill('1500,50');
      await page.getByRole('spinbutton', { name: 'Probation (months)' }).fill('3');
      await page.getByRole('switch', { name: 'List on the public apply page' }).click();
      await expectNoSeriousA11yViolations(page, 'the filled-in vacancy form');
      await screenshot(page, 'vacancies-form');

      const created = page.waitForResponse(
        (response) => response.url().endsWith('/api/vacancies') && response.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Create vacancy' }).click();
      const createdResponse = await created;
      expect(createdResponse.status()).toBe(201);
      const body = createdResponse.request().postDataJSON() as Record<string, unknown>;
      // Typed in major units with a decimal comma, sent as exact minor units.
      expect(body).toMatchObject({
        bonusAmountMinor: 150_050,
        bonusCurrency: 'EUR',
        probationMonths: 3,
        publicApply: true,
      });

      await page.waitForURL(/\/vacancies\/[0-9a-f-]{36}$/);
      vacancyUrl = new URL(page.url()).pathname;
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await settled(page);
      await page.getByText('Draft', { exact: true }).waitFor();
      await page.getByText('Referral bonus €1,500.50').waitFor();

      // A draft is published from its page; closing would ask first.
      const published = page.waitForResponse((response) => response.url().endsWith('/status'));
      await page.getByRole('button', { name: 'Publish' }).click();
      expect((await published).status()).toBe(200);
      await page.getByRole('button', { name: 'Put on hold' }).waitFor();
      await page.getByRole('button', { name: 'Close as filled' }).click();
      await page.getByRole('dialog', { name: text('confirm.closed_filled.title') }).waitFor();
      await expectNoSeriousA11yViolations(page, 'the close confirmation');
      await page.getByRole('button', { name: text('confirm.back'), exact: true }).click();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });

      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the vacancy page of a recruiter');
      await screenshot(page, 'vacancies-detail-recruiter');
    } finally {
      await recruiter.context.close();
    }
  });

  it('lets an employee find it by a Dutch word form, see the bonus and refer someone (phone)', async () => {
    expect(vacancyUrl).not.toBe('');
    const employee = await openPortal(browser, { viewport: PHONE });
    try {
      const { page } = employee;
      await signIn(page, DEMO.emma, '/vacancies');
      await settled(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Vacancies');
      // Employees get no status filter and cannot create vacancies.
      expect(await page.getByRole('combobox', { name: 'Status' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'New vacancy' }).count()).toBe(0);

      // The plural finds the singular in the title: the Dutch stemmer at work.
      const searched = page.waitForResponse((response) =>
        response.url().includes(`q=${WORD.toLowerCase()}ontwikkelaars`),
      );
      await page.getByRole('searchbox', { name: 'Search by keyword' }).fill(`${WORD.toLowerCase()}ontwikkelaars`);
      await page.keyboard.press('Enter');
      expect((await searched).status()).toBe(200);
      await page.waitForURL(/[?&]q=/);
      const result = page.getByRole('link', { name: TITLE });
      await result.waitFor();
      await settled(page);
      expect(await page.getByRole('heading', { level: 2 }).count()).toBe(1);
      await page.getByText('Referral bonus €1,500.50').waitFor();
      await expectNoSeriousA11yViolations(page, 'the vacancy search on a phone');
      await screenshot(page, 'vacancies-search-phone');

      await result.click();
      await page.waitForURL((url) => url.pathname === vacancyUrl);
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await settled(page);
      await page.getByText('Referral bonus €1,500.50').waitFor();
      await page.getByText(text('detail.probationMany', { months: 3 })).waitFor();
      const refer = page.getByRole('link', { name: 'Refer someone' });
      expect(await refer.getAttribute('href')).toBe(`/referrals/new?vacancy=${vacancyUrl.split('/').pop()}`);
      // No management and no candidates for an employee.
      expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: text('referrals.heading') }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'the vacancy page on a phone');
      await screenshot(page, 'vacancies-detail-phone');

      // Back keeps the search.
      await page.goBack();
      await page.waitForURL(/[?&]q=/);
      await page.getByRole('link', { name: TITLE }).waitFor();
      expect(await page.getByRole('searchbox', { name: 'Search by keyword' }).inputValue()).toBe(
        `${WORD.toLowerCase()}ontwikkelaars`,
      );
    } finally {
      await employee.context.close();
    }
  });
});
