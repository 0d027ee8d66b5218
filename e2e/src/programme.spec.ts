import type { Browser } from 'playwright-core';
import type { CurrentProgrammeResponse, DisputeCaseResponse, ProgrammeVersionResponse } from '@referrals/contracts';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, PHONE, screenshot } from './support/browser';
import { acceptCurrentRules, apiWrite, createOpenVacancy, expectStatus, signedIn, signedInForSetup } from './support/portal-api';
import { DEMO, mainNavigation, openUserMenu, settled } from './support/portal-pages';

/** Unique per run, so the texts and the candidate below can only come from this run. */
const MARK = Date.now().toString(36);

/** Several people sign in through SSO in a real browser, each page scanned: slower than one jest default. */
const JOURNEY_TIMEOUT_MS = 300_000;

describe('programme rules and credit disputes', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets HR publish a new version that an employee then reads, accepts and reads in Dutch', async () => {
    let version: number;
    const hr = await signedIn(browser, DEMO.anna);
    try {
      const { page } = hr;
      await mainNavigation(page).getByRole('link', { name: 'Referral programme' }).click();
      await page.waitForURL(/\/programme$/);
      await page.getByRole('heading', { name: 'Publish a new version' }).waitFor();
      await settled(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Referral programme');
      expect(await page.getByRole('tab', { name: 'Rules & FAQ' }).getAttribute('aria-selected')).toBe('true');
      await expectNoSeriousA11yViolations(page, 'the programme editor');
      await screenshot(page, 'programme-editor');

      // The form starts from the text in force.
      const rulesEn = page.getByRole('textbox', { name: 'Rules in English' });
      expect(await rulesEn.inputValue()).toContain('##');
      await rulesEn.fill(
        `# Referral rules\n\n## Who can take part\n\nEvery employee. Marker ${MARK}.\n\n## Limits\n\n- At most 10 referrals a day`,
      );
      await page
        .getByRole('textbox', { name: 'Rules in Dutch' })
        .fill(`# Aanbrengregels\n\n## Wie doet er mee\n\nElke medewerker. Kenmerk ${MARK}.\n\n## Grenzen\n\n- Maximaal 10 per dag`);
      await page.getByRole('textbox', { name: 'What changed' }).fill(`Shorter rules (${MARK})`);

      // Without confirming that everyone accepts again, nothing is sent.
      await page.getByRole('button', { name: 'Publish version' }).click();
      await page.getByText('Confirm that everyone will have to accept the new version.').waitFor();
      await expectNoSeriousA11yViolations(page, 'the publish form with an error');
      await screenshot(page, 'programme-publish-error');

      await page.getByRole('checkbox', { name: /every employee will have to accept the new version/ }).check();
      const publishing = page.waitForResponse(
        (response) => response.url().endsWith('/api/programme') && response.request().method() === 'POST',
      );
      await page.getByRole('button', { name: 'Publish version' }).click();
      const published = await publishing;
      expect(published.status()).toBe(201);
      version = ((await published.json()) as ProgrammeVersionResponse).version;
      expect(published.request().postDataJSON()).toMatchObject({ changeSummary: `Shorter rules (${MARK})` });
      await page.getByText(`Version ${version} is published.`).waitFor();

      const history = page.getByRole('table', { name: 'Published versions' });
      const row = history.getByRole('row').filter({ hasText: `Shorter rules (${MARK})` });
      await row.waitFor();
      expect(await row.textContent()).toContain(DEMO.anna);
      await page.getByText(`Version ${version}, published on`).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the programme editor after publishing');
      await screenshot(page, 'programme-published');

      await page.getByRole('button', { name: `View version ${version}` }).click();
      const dialog = page.getByRole('dialog', { name: `Version ${version}` });
      await dialog.getByText(`Every employee. Marker ${MARK}.`).waitFor();
      await expectNoSeriousA11yViolations(page, 'the version dialog');
      await screenshot(page, 'programme-version-dialog');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });
    } finally {
      await hr.context.close();
    }

    const employee = await signedIn(browser, DEMO.emma, '/rules');
    try {
      const { page } = employee;
      await page.getByRole('heading', { name: 'Please read and accept these rules' }).waitFor();
      await settled(page);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Programme rules');
      expect(await mainNavigation(page).getByRole('link', { name: 'Programme rules' }).getAttribute('aria-current')).toBe(
        'page',
      );
      await page.getByText(`Version ${version}, published on`).waitFor();
      await page.getByText(`Shorter rules (${MARK})`).waitFor();
      await page.getByText(`Every employee. Marker ${MARK}.`).waitFor();
      // The caps are settings, which another spec may have changed: the page must state the ones in force.
      const { limits } = (await (await page.request.get('/api/programme/current')).json()) as CurrentProgrammeResponse;
      await page.getByText(`${limits.maxReferralsPerDay} a day, ${limits.maxReferralsPer30Days} in 30 days`).waitFor();
      await page.getByText('PDF or Word (DOCX), up to 10 MB').waitFor();
      await expectNoSeriousA11yViolations(page, 'the rules page before accepting');
      await screenshot(page, 'rules-to-accept');

      await page.getByRole('tab', { name: 'FAQ' }).click();
      await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
      await expectNoSeriousA11yViolations(page, 'the FAQ');
      await screenshot(page, 'rules-faq');
      await page.getByRole('tab', { name: 'Rules' }).click();

      const accepting = page.waitForResponse((response) => response.url().endsWith(`/api/programme/${version}/accept`));
      await page.getByRole('button', { name: 'I accept these rules' }).click();
      expect((await accepting).status()).toBe(200);
      await page.getByText(new RegExp(`^\\s*You accepted version ${version} on .+\\.\\s*$`)).waitFor();
      expect(await page.getByRole('button', { name: 'I accept these rules' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'the rules page after accepting');
      await screenshot(page, 'rules-accepted');

      await page.reload();
      await page.getByText(`You accepted version ${version} on`).waitFor();
      await settled(page);

      // Dutch readers get the Dutch text HR wrote.
      const menu = await openUserMenu(page, DEMO.emma);
      await menu.getByRole('menuitemradio', { name: 'Nederlands' }).click();
      await page.getByRole('heading', { level: 1, name: 'Programmaregels' }).waitFor();
      await page.getByText(`Elke medewerker. Kenmerk ${MARK}.`).waitFor();
      await page.getByText(`Je hebt versie ${version} geaccepteerd op`).waitFor();
      expect(await page.getByText(`Marker ${MARK}`).count()).toBe(0);
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the rules page in Dutch');
      await screenshot(page, 'rules-dutch');

      await page.setViewportSize(PHONE);
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the rules page on a phone');
      await screenshot(page, 'rules-dutch-phone');

      // Back to English, as the other journeys expect Emma to be.
      const menuAgain = await openUserMenu(page, DEMO.emma);
      await menuAgain.getByRole('menuitemradio', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Programme rules' }).waitFor();
      await page.waitForLoadState('networkidle');
    } finally {
      await employee.context.close();
    }
  }, JOURNEY_TIMEOUT_MS);

  it('lets HR decide a credit dispute with both sides in view', async () => {
    const candidateName = `Jan Bos ${MARK}`;
    const candidateEmail = `jan.bos.${MARK}@example.com`;

    // A recruiter opens a vacancy.
    const recruiter = await signedInForSetup(browser, DEMO.sophie);
    let vacancyId: string;
    try {
      const vacancy = await createOpenVacancy(recruiter.page, {
        title: `Dispute test developer ${MARK}`,
        category: 'Software',
        description: 'A vacancy for the credit-dispute journey.',
        bonusAmountMinor: 100_000,
      });
      vacancyId = vacancy.id;
    } finally {
      await recruiter.context.close();
    }

    // Emma refers the candidate first and so owns them.
    const holder = await signedInForSetup(browser, DEMO.emma);
    try {
      await acceptCurrentRules(holder.page);
      const referred = await apiWrite(holder.page, '/api/referrals', {
        multipart: {
          vacancyId,
          candidateName,
          candidateEmail,
          relationship: 'former_colleague',
          motivation: 'Built our billing system with me for three years.',
          candidateConsent: 'true',
        },
      });
      await expectStatus(referred, 201);
    } finally {
      await holder.context.close();
    }

    // Daan believes he introduced the candidate first and files a claim.
    const claimant = await signedInForSetup(browser, DEMO.daan);
    try {
      await expectStatus(
        await apiWrite(claimant.page, '/api/disputes', {
          data: { candidateEmail, vacancyId, statement: `I introduced Jan at the meetup in Utrecht (${MARK}).` },
        }),
        201,
      );
    } finally {
      await claimant.context.close();
    }

    const hr = await signedIn(browser, DEMO.anna, '/programme');
    try {
      const { page } = hr;
      await page.getByRole('tab', { name: 'Credit disputes' }).click();
      await page.waitForURL(/\/programme\/disputes$/);
      await page.getByRole('heading', { level: 2, name: 'Credit disputes' }).waitFor();
      await settled(page);
      expect(await page.title()).toBe('Credit disputes · Referral Portal');
      expect(await page.getByRole('radio', { name: 'Open' }).isChecked()).toBe(true);

      const header = page.getByRole('button', { name: new RegExp(candidateName) });
      await header.waitFor();
      await expectNoSeriousA11yViolations(page, 'the dispute desk');
      await screenshot(page, 'disputes-desk');

      await header.click();
      const panel = page.getByRole('region', { name: new RegExp(candidateName) });
      await panel.getByText(`I introduced Jan at the meetup in Utrecht (${MARK}).`).waitFor();
      const claim = panel.getByRole('region', { name: 'The claim' });
      expect(await claim.textContent()).toContain(DEMO.daan);
      const holderSide = panel.getByRole('region', { name: 'Who holds the candidate now' });
      const holderText = (await holderSide.textContent()) ?? '';
      expect(holderText).toContain(DEMO.emma);
      expect(holderText).toContain('Former colleague');
      expect(holderText).toContain('Built our billing system with me for three years.');
      await expectNoSeriousA11yViolations(page, 'an open dispute');
      await screenshot(page, 'disputes-open-case');

      // Outcome and reason are required before anything is asked or sent.
      await panel.getByRole('button', { name: 'Record decision' }).click();
      await panel.getByText('Choose whether to uphold or dismiss the claim.').waitFor();
      await panel.getByText('Give a reason of 5 to 2000 characters.').waitFor();
      await expectNoSeriousA11yViolations(page, 'the decision form with errors');

      await panel.getByRole('radio', { name: `Uphold: ownership and credit move to ${DEMO.daan}` }).check();
      await panel.getByRole('textbox', { name: 'Reason' }).fill(`Daan sent the CV to recruiting a week earlier (${MARK}).`);
      await panel.getByRole('button', { name: 'Record decision' }).click();
      const confirm = page.getByRole('dialog', { name: 'Uphold this claim?' });
      await confirm.getByText(`${candidateName} and any referral bonus move to ${DEMO.daan}.`).waitFor();
      await expectNoSeriousA11yViolations(page, 'the decision confirmation');
      await screenshot(page, 'disputes-confirm');

      const deciding = page.waitForResponse((response) => /\/api\/disputes\/[0-9a-f-]{36}\/decision$/.test(response.url()));
      await confirm.getByRole('button', { name: 'Uphold claim' }).click();
      const decided = await deciding;
      expect(decided.status()).toBe(200);
      expect(decided.request().postDataJSON()).toEqual({
        outcome: 'upheld',
        reason: `Daan sent the CV to recruiting a week earlier (${MARK}).`,
      });
      expect(((await decided.json()) as DisputeCaseResponse).status).toBe('upheld');
      await panel.getByText(new RegExp(`^\\s*Upheld by ${DEMO.anna} on `)).waitFor();
      await panel.getByText(`Daan sent the CV to recruiting a week earlier (${MARK}).`).waitFor();
      expect(await panel.getByRole('button', { name: 'Record decision' }).count()).toBe(0);
      await expectNoSeriousA11yViolations(page, 'a decided dispute');
      await screenshot(page, 'disputes-decided');

      // The decided case has left the open queue and is found under Upheld.
      const upheldList = page.waitForResponse((response) => response.url().includes('/api/disputes?') && response.url().includes('status=upheld'));
      await page.getByRole('radio', { name: 'Upheld' }).click();
      expect((await upheldList).status()).toBe(200);
      await page.waitForURL(/status=upheld/);
      await page.getByRole('button', { name: new RegExp(candidateName) }).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the upheld disputes');

      await page.setViewportSize(PHONE);
      await page.getByRole('button', { name: new RegExp(candidateName) }).click();
      await page.getByText(new RegExp(`^\\s*Upheld by ${DEMO.anna} on `)).waitFor();
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'a decided dispute on a phone');
      await screenshot(page, 'disputes-decided-phone');
    } finally {
      await hr.context.close();
    }
  }, JOURNEY_TIMEOUT_MS);
});
