import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, screenshot } from './support/browser';
import { acceptCurrentRules, apiWrite, createOpenVacancy, expectStatus, signedIn, signedInForSetup } from './support/portal-api';
import { DEMO, mainNavigation, settled } from './support/portal-pages';
import { acceptRulesIfAsked, fillInCandidate, sendReferral } from './support/referral-pages';

/** Unique per run: a made-up Dutch word that only this run's vacancy contains. */
const MARK = Date.now().toString(36).replace(/\d/g, '');
const TITLE = `Kwelder${MARK}ontwikkelaar`;
const CANDIDATE = { name: 'Sanne Vermeulen', email: `sanne.vermeulen.${MARK}@example.com`, cvFileName: 'sanne-vermeulen-cv.pdf' };

describe('the referral journey', () => {
  let browser: Browser;
  let vacancyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const recruiter = await signedInForSetup(browser, DEMO.sophie);
    try {
      vacancyId = (await createOpenVacancy(recruiter.page, { title: TITLE, description: 'Je bouwt de diensten waar collega’s op rekenen.' })).id;
    } finally {
      await recruiter.context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an employee finds the vacancy by a Dutch word form, refers a candidate with a CV and sees the referral', async () => {
    const { context, page } = await signedIn(browser, DEMO.emma);
    try {
      await mainNavigation(page).getByRole('link', { name: 'Vacancies' }).click();
      await page.waitForURL(/\/vacancies/);
      // The plural finds the singular in the title: the Dutch stemmer at work.
      await page.getByRole('searchbox', { name: 'Search by keyword' }).fill(`Kwelder${MARK}ontwikkelaars`);
      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(new RegExp(`/vacancies/${vacancyId}$`));
      await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the vacancy found by search');

      await page.getByRole('link', { name: 'Refer someone' }).click();
      await page.waitForURL(/\/referrals\/new\?vacancy=/);
      await acceptRulesIfAsked(page);
      await fillInCandidate(page, CANDIDATE, 'Sanne built the routing service at my previous job and is a great teammate.');
      const submitted = await sendReferral(page);
      expect(submitted.status()).toBe(201);

      await page.waitForURL(/\/my-referrals\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: CANDIDATE.name }).waitFor();
      await mainNavigation(page).getByRole('link', { name: 'My referrals' }).click();
      await page.waitForURL(/\/my-referrals$/);
      const row = page.getByRole('listitem').filter({ hasText: CANDIDATE.name });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Submitted');
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'My referrals with the new referral');
      await screenshot(page, 'journey-my-referrals');
    } finally {
      await context.close();
    }
  });

  it('a second employee referring the same candidate gets the neutral refusal', async () => {
    const { context, page } = await signedIn(browser, DEMO.daan, `/referrals/new?vacancy=${vacancyId}`);
    try {
      await acceptRulesIfAsked(page);
      await fillInCandidate(page, { name: 'Sanne V.', email: CANDIDATE.email.toUpperCase() }, 'I worked with Sanne on the mobile app for two years.');
      const refused = await sendReferral(page);
      expect(refused.status()).toBe(422);
      await page.getByText("We can't accept a referral for this candidate right now.").waitFor();
      // Neutral: nothing about who referred the candidate, or how far they are.
      const text = (await page.locator('main').textContent()) ?? '';
      for (const secret of ['Emma', 'Submitted', 'In review']) expect(text).not.toContain(secret);
      await expectNoSeriousA11yViolations(page, 'the neutral refusal');
      await screenshot(page, 'journey-neutral-refusal');
    } finally {
      await context.close();
    }
  });

  it('the recruiter sees the new referral on the vacancy and downloads the CV', async () => {
    const { context, page } = await signedIn(browser, DEMO.sophie, `/vacancies/${vacancyId}`);
    try {
      await page.getByRole('heading', { name: 'Referred candidates' }).waitFor();
      await page.getByText(CANDIDATE.name).first().waitFor();
      await page.getByText(DEMO.emma).first().waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, "the vacancy's referred candidates");
      await screenshot(page, 'journey-recruiter-referrals');

      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: new RegExp(`Download the CV of ${CANDIDATE.name}`) }).click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(CANDIDATE.cvFileName);
      const path = await file.path();
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await context.close();
    }
  });

  it('a general referral reaches recruiting under General referrals', async () => {
    const general = { name: 'Joris Smit', email: `joris.smit.${MARK}@example.com` };
    const employee = await signedInForSetup(browser, DEMO.emma);
    try {
      await acceptCurrentRules(employee.page);
      const referred = await apiWrite(employee.page, '/api/referrals', {
        multipart: {
          candidateName: general.name,
          candidateEmail: general.email,
          relationship: 'friend',
          motivation: 'Joris is a versatile engineer looking for his next step.',
          candidateConsent: 'true',
        },
      });
      await expectStatus(referred, 201);
    } finally {
      await employee.context.close();
    }

    const { context, page } = await signedIn(browser, DEMO.sophie);
    try {
      await mainNavigation(page).getByRole('link', { name: 'Vacancies' }).click();
      await page.getByRole('link', { name: 'General referrals' }).click();
      await page.waitForURL(/\/vacancies\/general-referrals$/);
      await page.getByRole('heading', { level: 1, name: 'General referrals' }).waitFor();
      await page.getByRole('heading', { name: general.name }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the general referrals');
      await screenshot(page, 'journey-general-referrals');
    } finally {
      await context.close();
    }
  });
});
