import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ApplicationListItemResponse, MyBonusResponse, Page as ResultPage } from '@referrals/contracts';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, screenshot } from './support/browser';
import { acceptCurrentRules, apiWrite, createOpenVacancy, expectStatus, signedIn, signedInForSetup } from './support/portal-api';
import { DEMO, mainNavigation, settled } from './support/portal-pages';

const MARK = Date.now().toString(36);
const CANDIDATE = { name: 'Fleur Hendriks', email: `fleur.hendriks.${MARK}@example.com` };

/** Emma's bonus for the candidate, as her own API tells it. */
async function emmasBonus(page: Page): Promise<MyBonusResponse | undefined> {
  const mine = (await (await page.request.get('/api/bonuses/mine?pageSize=200')).json()) as ResultPage<MyBonusResponse>;
  return mine.items.find((bonus) => bonus.candidateName === CANDIDATE.name);
}

async function expectBonusState(page: Page, state: string): Promise<void> {
  await page.goto('/my-referrals/bonuses');
  const row = page.getByRole('listitem').filter({ hasText: CANDIDATE.name });
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain(state);
}

describe('a bonus from eligibility to payment', () => {
  let browser: Browser;
  let bonusId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const recruiter = await signedInForSetup(browser, DEMO.sophie);
    const employee = await signedInForSetup(browser, DEMO.emma);
    try {
      // No probation: the bonus is due on the start date, yesterday, so the eligibility job takes it at once.
      const vacancy = await createOpenVacancy(recruiter.page, { title: `Data analyst ${MARK}`, department: `Analytics ${MARK}`, probationMonths: 0 });
      await acceptCurrentRules(employee.page);
      await expectStatus(
        await apiWrite(employee.page, '/api/referrals', {
          multipart: {
            vacancyId: vacancy.id,
            candidateName: CANDIDATE.name,
            candidateEmail: CANDIDATE.email,
            relationship: 'friend',
            motivation: 'Fleur builds the dashboards our sales team swears by.',
            candidateConsent: 'true',
          },
        }),
        201,
      );
      const list = (await (await recruiter.page.request.get(`/api/applications?vacancyId=${vacancy.id}`)).json()) as ResultPage<ApplicationListItemResponse>;
      const application = list.items[0];
      const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
      const hired = await apiWrite(recruiter.page, `/api/applications/${application.id}/move`, {
        data: { toStage: 'hired', version: application.version, startDate: yesterday },
      });
      await expectStatus(hired, 200);
      for (let attempt = 0; attempt < 60 && (await emmasBonus(employee.page))?.state !== 'eligible'; attempt += 1) {
        await employee.page.waitForTimeout(500);
      }
      const bonus = await emmasBonus(employee.page);
      expect(bonus?.state).toBe('eligible');
      bonusId = bonus!.id;
    } finally {
      await recruiter.context.close();
      await employee.context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('HR approves the eligible bonus, and Emma sees it approved', async () => {
    const { context, page } = await signedIn(browser, DEMO.anna);
    try {
      await mainNavigation(page).getByRole('link', { name: 'Bonuses' }).click();
      await page.waitForURL(/\/bonuses/);
      await page.getByRole('button', { name: `Approve bonus for ${CANDIDATE.name}` }).first().waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the bonus queue');
      await screenshot(page, 'bonuses-queue');

      await page.getByRole('button', { name: `Approve bonus for ${CANDIDATE.name}` }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Approve this bonus?' });
      await dialog.waitFor();
      await expectNoSeriousA11yViolations(page, 'the approve dialog');
      const approved = page.waitForResponse((response) => response.url().endsWith(`/api/bonuses/${bonusId}/approve`));
      await dialog.getByRole('button', { name: 'Approve' }).click();
      await expectStatus(await approved, 200);
    } finally {
      await context.close();
    }
    const employee = await signedIn(browser, DEMO.emma);
    try {
      await expectBonusState(employee.page, 'Approved');
      await settled(employee.page);
      await expectNoSeriousA11yViolations(employee.page, 'My bonuses');
      await screenshot(employee.page, 'my-bonuses-approved');
    } finally {
      await employee.context.close();
    }
  });

  it('HR sets the department’s budget for the quarter and opens the hired candidate', async () => {
    const { context, page } = await signedIn(browser, DEMO.anna, '/bonuses/budgets');
    try {
      const department = `Analytics ${MARK}`;
      const amount = page.getByRole('textbox', { name: `Budget for ${department}` });
      await amount.fill('20000');
      const saved = page.waitForResponse((response) => response.url().endsWith('/api/budgets') && response.request().method() === 'PUT');
      await page.getByRole('button', { name: 'Save budgets' }).click();
      expect((await saved).status()).toBe(200);
      // The approved 1,500 counts against it.
      await page.getByText(/€1,500(\.00)? of €20,000(\.00)? approved/).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the budgets');
      await screenshot(page, 'bonuses-budgets');

      // HR reaches the hire through the queue, outside the recruiters' Pipeline area.
      await page.goto('/bonuses?state=approved');
      await page.getByRole('link', { name: CANDIDATE.name }).first().click();
      await page.waitForURL(/\/candidates\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: CANDIDATE.name }).waitFor();
      await page.getByRole('link', { name: 'Bonuses' }).first().waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'a hired candidate for HR');
    } finally {
      await context.close();
    }
  });

  it('HR creates a batch, downloads its CSV, uploads payroll’s confirmation, and Emma sees the bonus paid', async () => {
    const { context, page } = await signedIn(browser, DEMO.anna, '/bonuses/payroll');
    try {
      await page.getByRole('heading', { name: 'Payroll batches' }).waitFor();
      const created = page.waitForResponse((response) => response.url().endsWith('/api/payroll-batches') && response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Create batch' }).click();
      const batch = (await (await created).json()) as { number: number };
      expect((await created).status()).toBe(201);

      const downloading = page.waitForEvent('download');
      await page.getByRole('link', { name: `Download CSV of batch ${batch.number}` }).click();
      const csv = readFileSync((await (await downloading).path()) as string, 'utf8');
      expect(csv).toContain(bonusId);
      expect(csv).toContain(',1500.00,EUR,');

      const confirmed = page.waitForResponse((response) => response.url().endsWith('/confirmation'));
      await page
        .getByLabel(`Confirmation file for batch ${batch.number}`)
        .setInputFiles({ name: 'paid.csv', mimeType: 'text/csv', buffer: Buffer.from(`bonus_id\n${bonusId}\n`) });
      expect((await confirmed).status()).toBe(200);
      await page.getByText('1 bonus marked paid.').waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the payroll batches with a confirmation report');
      await screenshot(page, 'bonuses-payroll');
    } finally {
      await context.close();
    }
    const employee = await signedIn(browser, DEMO.emma);
    try {
      await expectBonusState(employee.page, 'Paid');
    } finally {
      await employee.context.close();
    }
  });
});
