import type { Browser, Page } from 'playwright-core';
import type { ReferralDetailResponse } from '@referrals/contracts';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, PHONE, screenshot } from './support/browser';
import { acceptCurrentRules, apiWrite, createOpenVacancy, expectStatus, signedIn, signedInForSetup } from './support/portal-api';
import { DEMO, mainNavigation, settled } from './support/portal-pages';

const MARK = Date.now().toString(36);
const DRAGGED = { name: 'Noor Bakker', email: `noor.bakker.${MARK}@example.com` };
const REJECTED = { name: 'Ruben Smit', email: `ruben.smit.${MARK}@example.com` };

/** The employee refers a candidate over the API, as the referral form would. */
async function refer(page: Page, vacancyId: string, candidate: { name: string; email: string }): Promise<void> {
  const response = await apiWrite(page, '/api/referrals', {
    multipart: {
      vacancyId,
      candidateName: candidate.name,
      candidateEmail: candidate.email,
      relationship: 'former_colleague',
      motivation: `${candidate.name} and I worked together for three years on the payments team.`,
      candidateConsent: 'true',
    },
  });
  await expectStatus(response, 201);
  (await response.json()) as ReferralDetailResponse;
}

/** Drags with the mouse in small steps, as a person does: the CDK starts a drag only after the pointer moves. */
async function drag(page: Page, from: string, to: string): Promise<void> {
  const source = await page.locator(from).boundingBox();
  const target = await page.locator(to).boundingBox();
  if (!source || !target) throw new Error('nothing to drag or nowhere to drop');
  await page.mouse.move(source.x + source.width / 2, source.y + 20);
  await page.mouse.down();
  const steps = 12;
  for (let step = 1; step <= steps; step += 1) {
    await page.mouse.move(
      source.x + source.width / 2 + ((target.x + target.width / 2 - (source.x + source.width / 2)) * step) / steps,
      source.y + 20 + ((target.y + 40 - (source.y + 20)) * step) / steps,
    );
  }
  await page.mouse.up();
}

describe('the recruiter pipeline', () => {
  let browser: Browser;
  let vacancyId: string;
  const title = `Payments engineer ${MARK}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const recruiter = await signedInForSetup(browser, DEMO.sophie);
    try {
      vacancyId = (await createOpenVacancy(recruiter.page, { title })).id;
    } finally {
      await recruiter.context.close();
    }
    const employee = await signedInForSetup(browser, DEMO.emma);
    try {
      await acceptCurrentRules(employee.page);
      await refer(employee.page, vacancyId, DRAGGED);
      await refer(employee.page, vacancyId, REJECTED);
    } finally {
      await employee.context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a recruiter drags a card from New to Interview, the move survives a reload, and rejecting asks for a reason', async () => {
    const { context, page } = await signedIn(browser, DEMO.sophie);
    try {
      await mainNavigation(page).getByRole('link', { name: 'Pipeline' }).click();
      await page.waitForURL(/\/pipeline$/);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the candidate list');

      await page.goto(`/pipeline/vacancies/${vacancyId}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const newColumn = page.locator('#board-list-new');
      const card = newColumn.locator('li.column__card').filter({ hasText: DRAGGED.name });
      await card.waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the board');
      await screenshot(page, 'pipeline-board');

      const moved = page.waitForResponse((response) => response.url().endsWith('/move') && response.request().method() === 'POST');
      await drag(page, `#${await card.getAttribute('id')}`, '#board-list-interview');
      await expectStatus(await moved, 200);
      await page.locator('#board-list-interview li.column__card').filter({ hasText: DRAGGED.name }).waitFor();

      await page.reload();
      await page.locator('#board-list-interview li.column__card').filter({ hasText: DRAGGED.name }).waitFor();
      expect(await page.locator('#board-list-new li.column__card').filter({ hasText: DRAGGED.name }).count()).toBe(0);

      // Rejecting by the keyboard's way, the card's menu: the dialog wants a reason before anything moves.
      await page.getByRole('button', { name: `Move ${REJECTED.name} to…` }).click();
      await page.getByRole('menuitem', { name: 'Rejected' }).click();
      const dialog = page.getByRole('dialog', { name: `Move ${REJECTED.name} to Rejected` });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Reject' }).click();
      await dialog.getByText('Choose a reject reason.').waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the reject dialog');
      await screenshot(page, 'pipeline-reject-dialog');
      await dialog.getByRole('combobox', { name: 'Reject reason' }).click();
      await page.getByRole('option', { name: 'Skills do not match' }).click();
      const rejected = page.waitForResponse((response) => response.url().endsWith('/move') && response.request().method() === 'POST');
      await dialog.getByRole('button', { name: 'Reject' }).click();
      await expectStatus(await rejected, 200);
      await page.locator('#board-list-rejected li.column__card').filter({ hasText: REJECTED.name }).waitFor();

      // The candidate page tells the whole story, notes included.
      await page.locator('#board-list-interview').getByRole('link', { name: DRAGGED.name }).click();
      await page.waitForURL(/\/pipeline\/candidates\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: DRAGGED.name }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the candidate page');
      await screenshot(page, 'pipeline-candidate');
    } finally {
      await context.close();
    }
  });

  it('the referring employee sees only the simplified status: Interviewing and Not selected', async () => {
    const { context, page } = await signedIn(browser, DEMO.emma, '/my-referrals');
    try {
      const dragged = page.getByRole('listitem').filter({ hasText: DRAGGED.name });
      await dragged.waitFor();
      await expect(dragged.textContent()).resolves.toContain('Interviewing');
      const rejected = page.getByRole('listitem').filter({ hasText: REJECTED.name });
      await expect(rejected.textContent()).resolves.toContain('Not selected');
      const text = (await page.locator('main').textContent()) ?? '';
      expect(text).not.toContain('Skills do not match');
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'My referrals after the moves');
    } finally {
      await context.close();
    }
  });

  it('a recruiter adds a step template with a case round, and a vacancy can use it', async () => {
    const { context, page } = await signedIn(browser, DEMO.sophie, '/pipeline/setup');
    try {
      await page.getByRole('heading', { level: 1, name: 'Pipeline set-up' }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the pipeline set-up');
      const name = `With a case ${MARK}`;
      await page.getByRole('button', { name: 'New template' }).click();
      await page.getByRole('textbox', { name: 'Template name' }).fill(name);
      await page.getByRole('button', { name: 'Add a step' }).click();
      await page.getByRole('textbox', { name: 'Step name' }).last().fill('Case study');
      const saved = page.waitForResponse((response) => response.url().endsWith('/api/stage-templates') && response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Save template' }).click();
      expect((await saved).status()).toBe(201);
      await page.getByText(name, { exact: true }).first().waitFor();
      await screenshot(page, 'pipeline-setup');
    } finally {
      await context.close();
    }
  });

  it('the board works on a phone: columns scroll sideways and every card has its Move to… menu', async () => {
    const { context, page } = await signedIn(browser, DEMO.sophie, `/pipeline/vacancies/${vacancyId}`, PHONE);
    try {
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('button', { name: `Move ${DRAGGED.name} to…` }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the board on a phone');
      await screenshot(page, 'pipeline-board-phone');
    } finally {
      await context.close();
    }
  });
});
