import type { Browser } from 'playwright-core';
import type { ReferralDetailResponse } from '@referrals/contracts';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, PHONE, screenshot } from './support/browser';
import { minimalPdf } from './support/cv-files';
import { apiWrite, createOpenVacancy, expectStatus, signedIn, signedInForSetup } from './support/portal-api';
import { DEMO, mainNavigation, settled } from './support/portal-pages';
import { acceptRulesStep, fillInCandidate, sendReferral } from './support/referral-pages';

/** Unique per run, so the vacancy and the candidate below can only come from this run. */
const MARK = Date.now().toString(36);
const VACANCY_TITLE = `Data engineer ${MARK}`;
/** The phone is a second signal of identity, so it is unique per run too. */
const CANDIDATE = {
  name: 'Noor Hendriks',
  email: `noor.hendriks.${MARK}@example.com`,
  phone: `06 1${String(Date.now()).slice(-7)}`,
};
const MOTIVATION = 'Noor rebuilt our data warehouse at my previous job and mentors juniors well.';

/** Sophie opens a vacancy to refer to; Anna publishes a new version of the rules, which everyone must accept. */
async function setUp(browser: Browser): Promise<string> {
  const recruiter = await signedInForSetup(browser, DEMO.sophie);
  let vacancyId: string;
  try {
    vacancyId = (
      await createOpenVacancy(recruiter.page, {
        title: VACANCY_TITLE,
        department: 'Data',
        location: 'Amsterdam',
        description: 'You build the pipelines our analysts rely on.',
      })
    ).id;
  } finally {
    await recruiter.context.close();
  }

  const hr = await signedInForSetup(browser, DEMO.anna);
  try {
    const published = await apiWrite(hr.page, '/api/programme', {
      data: {
        rulesEn: `## Referral rules ${MARK}\n\nRefer people you know and who agreed to it.`,
        faqEn: '## Who can I refer?\n\nAnyone who does not work here yet.',
        changeSummary: `Clearer wording (${MARK}).`,
      },
    });
    await expectStatus(published, 201);
  } finally {
    await hr.context.close();
  }
  return vacancyId;
}

describe('referral form and My referrals', () => {
  let browser: Browser;
  let vacancyId: string;
  /** Emma's referral, made in the first journey and withdrawn in the third. */
  let referralId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    vacancyId = await setUp(browser);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets an employee accept the rules, refer a candidate with a CV and follow the referral', async () => {
    const { context, page } = await signedIn(browser, DEMO.emma, `/referrals/new?vacancy=${vacancyId}`);
    try {
      await page.waitForURL(/\/referrals\/new\?vacancy=/);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Refer someone');
      await page.getByRole('heading', { name: VACANCY_TITLE }).waitFor();
      await expect(page.locator('.referral__bonus').textContent()).resolves.toContain('€1,500.00');
      await expect(page.getByText(`Clearer wording (${MARK}).`).isVisible()).resolves.toBe(true);
      expect(await page.getByRole('link', { name: 'Read the full programme rules' }).getAttribute('href')).toBe('/rules');
      await expectNoSeriousA11yViolations(page, 'the rules acceptance step');
      await screenshot(page, 'referral-accept-rules');

      await acceptRulesStep(page);
      await expectNoSeriousA11yViolations(page, 'the empty referral form');

      // Mistakes are explained on their fields before anything is sent.
      await page.getByRole('button', { name: 'Send referral' }).click();
      await page.getByText("Enter the candidate's name.").waitFor();
      await page.getByText('Ask the candidate first').waitFor();
      await expectNoSeriousA11yViolations(page, 'the referral form with field errors');
      await screenshot(page, 'referral-form-errors');

      await fillInCandidate(page, CANDIDATE, MOTIVATION);
      await page.getByRole('textbox', { name: 'LinkedIn profile (optional)' }).fill('https://www.linkedin.com/in/noorhendriks');
      await page.locator('input[type="file"]').setInputFiles({ name: 'noor-hendriks-cv.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
      await page.getByText('noor-hendriks-cv.pdf').waitFor();
      await expectNoSeriousA11yViolations(page, 'the filled-in referral form');
      await screenshot(page, 'referral-form-filled');

      const submitted = await sendReferral(page);
      await expectStatus(submitted, 201);
      const referral = (await submitted.json()) as ReferralDetailResponse;
      expect(referral).toMatchObject({ vacancy: { id: vacancyId }, cvFileName: 'noor-hendriks-cv.pdf', status: 'submitted' });
      referralId = referral.id;

      await page.waitForURL(new RegExp(`/my-referrals/${referralId}$`));
      await page.getByText('Referral submitted').waitFor();
      await settled(page);
      await page.getByRole('heading', { level: 1, name: CANDIDATE.name }).waitFor();
      await expect(page.locator('.detail__status app-referral-status-chip').textContent()).resolves.toContain('Submitted');
      await page.getByText('noor-hendriks-cv.pdf').waitFor();
      await page.getByRole('link', { name: VACANCY_TITLE }).waitFor();
      await expectNoSeriousA11yViolations(page, 'the referral detail');
      await screenshot(page, 'referral-detail');

      await mainNavigation(page).getByRole('link', { name: 'My referrals' }).click();
      await page.waitForURL(/\/my-referrals$/);
      await settled(page);
      const card = page.locator('.referral-card').filter({ hasText: VACANCY_TITLE });
      await card.waitFor();
      await expect(card.textContent()).resolves.toContain(VACANCY_TITLE);
      await expect(card.locator('app-referral-status-chip').textContent()).resolves.toContain('Submitted');
      await expectNoSeriousA11yViolations(page, 'My referrals');
      await screenshot(page, 'my-referrals');

    } finally {
      await context.close();
    }
  });

  it('gives a second employee a neutral refusal for the same candidate and lets them file a claim', async () => {
    // A general referral: the same vacancy would be refused as a duplicate while Emma's referral runs there.
    const { context, page } = await signedIn(browser, DEMO.daan, '/referrals/new');
    try {
      await page.getByRole('heading', { name: 'General referral' }).waitFor();
      await acceptRulesStep(page);
      await fillInCandidate(page, CANDIDATE, MOTIVATION);
      const refused = await sendReferral(page);
      await expectStatus(refused, 422);
      expect(await refused.json()).toMatchObject({ code: 'referral_refused', reason: 'candidate_unavailable' });

      const alert = page.locator('.referral__outcome [role="alert"]');
      await alert.getByText("We can't accept a referral for this candidate right now.").waitFor();
      const alertText = (await alert.textContent()) ?? '';
      // Neutral: nothing about who referred them or how far they got.
      for (const leak of ['Emma', 'de Vries', VACANCY_TITLE, 'Submitted']) expect(alertText).not.toContain(leak);
      await expectNoSeriousA11yViolations(page, 'the neutral refusal');
      await screenshot(page, 'referral-refused-neutral');

      await page.getByRole('button', { name: 'I introduced this person first — file a claim' }).click();
      const statement = page.getByRole('textbox', { name: 'Your statement' });
      await statement.waitFor();
      await statement.fill('I introduced Noor to our data team lead at the Amsterdam meetup in January.');
      const filed = page.waitForResponse((response) => response.url().endsWith('/api/disputes') && response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Send claim' }).click();
      const filedResponse = await filed;
      expect(filedResponse.status()).toBe(201);
      const claimed = filedResponse.request().postDataJSON() as Record<string, unknown>;
      expect(claimed).toMatchObject({ candidateEmail: CANDIDATE.email });
      expect(claimed['vacancyId']).toBeUndefined();
      await page.getByRole('heading', { name: 'Your claim has been filed' }).waitFor();
      await expectNoSeriousA11yViolations(page, 'the filed claim');
      await screenshot(page, 'referral-claim-filed');

      await page.getByRole('link', { name: 'View your claims' }).click();
      await page.waitForURL(/\/my-referrals/);
      await settled(page);
      const claim = page.locator('.claim').filter({ hasText: CANDIDATE.email });
      await claim.waitFor();
      await expect(claim.textContent()).resolves.toContain('Under review');
      await expectNoSeriousA11yViolations(page, 'My referrals with a claim');
      await screenshot(page, 'my-referrals-claims');
    } finally {
      await context.close();
    }
  });

  it('lets the referrer withdraw a referral after confirming', async () => {
    const { context, page } = await signedIn(browser, DEMO.emma, '/my-referrals');
    try {
      const card = page.locator('.referral-card').filter({ hasText: VACANCY_TITLE });
      await card.getByRole('link', { name: CANDIDATE.name }).click();
      await page.waitForURL(new RegExp(`/my-referrals/${referralId}$`));
      await settled(page);
      await page.getByRole('button', { name: 'Withdraw referral' }).click();
      const dialog = page.getByRole('dialog', { name: 'Withdraw this referral?' });
      await dialog.waitFor();
      await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('Noor accepted another offer.');
      await expectNoSeriousA11yViolations(page, 'the withdraw confirmation');
      await screenshot(page, 'referral-withdraw-dialog');
      const withdrawn = page.waitForResponse((response) => response.url().endsWith(`/api/referrals/${referralId}/withdraw`));
      await dialog.getByRole('button', { name: 'Withdraw referral' }).click();
      const withdrawResponse = await withdrawn;
      expect(withdrawResponse.status()).toBe(200);
      expect(withdrawResponse.request().postDataJSON()).toEqual({ reason: 'Noor accepted another offer.' });
      await page.getByText('Referral withdrawn').waitFor();
      await page.locator('.detail__status app-referral-status-chip', { hasText: 'Withdrawn' }).waitFor();
      await expect(page.locator('.timeline__status').allTextContents()).resolves.toEqual(['Submitted', 'Withdrawn']);
      expect(await page.getByRole('button', { name: 'Withdraw referral' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'the withdrawn referral');
      await screenshot(page, 'referral-withdrawn');
    } finally {
      await context.close();
    }
  });

  it('fits a phone', async () => {
    const { context, page } = await signedIn(browser, DEMO.emma, `/referrals/new?vacancy=${vacancyId}`, PHONE);
    try {
      await page.getByRole('heading', { name: 'About the candidate' }).waitFor();
      await settled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, 'the referral form on a phone');
      await screenshot(page, 'phone-referral-form');

      await page.goto('/my-referrals');
      await settled(page);
      await page.locator('.referral-card').filter({ hasText: VACANCY_TITLE }).waitFor();
      await expectNoSeriousA11yViolations(page, 'My referrals on a phone');
      await screenshot(page, 'phone-my-referrals');

      await page.locator('.referral-card').filter({ hasText: VACANCY_TITLE }).getByRole('link').click();
      await page.getByRole('heading', { name: 'Timeline' }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'a referral on a phone');
      await screenshot(page, 'phone-referral-detail');
    } finally {
      await context.close();
    }
  });
});
