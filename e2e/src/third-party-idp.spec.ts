import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { MeResponse } from '@referrals/contracts';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { launchBrowser, openPortal, screenshot, type PortalPage } from './support/browser';
import { ARTIFACTS_DIR } from './support/portal-env';
import { mainNavigation, openUserMenu, settled, userMenuButton } from './support/portal-pages';
import { freePort, startPortal, stopPortal, type RunningPortal } from './support/portal-process';
import { IDP_PEOPLE, startSimpleSamlPhp, stopSimpleSamlPhp, type RunningSimpleSamlPhp } from './support/simplesamlphp';

type IdpPerson = (typeof IDP_PEOPLE)[keyof typeof IDP_PEOPLE];

/**
 * The portal as a customer runs it: configured only from a real third-party IdP's metadata (SimpleSAMLphp,
 * Debian's package, with e2e/simplesamlphp/), no development IdP. The person types a password into the
 * IdP's own form; name, department, employee number and groups travel as SimpleSAMLphp sends them
 * (urn:oid attribute names) in a signed assertion.
 */
describe('signing in through a third-party IdP (SimpleSAMLphp)', () => {
  let idp: RunningSimpleSamlPhp | undefined;
  let portal: RunningPortal | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const portalPort = await freePort();
    const portalUrl = `http://localhost:${portalPort}`;
    idp = await startSimpleSamlPhp({ portalUrl, logFile: join(ARTIFACTS_DIR, 'simplesamlphp.log') });
    // Signing in needs no background jobs; without them the portal starts and runs lighter.
    const [startedPortal, launchedBrowser] = await Promise.allSettled([
      startPortal({
        port: portalPort,
        env: { SAML_IDP_METADATA_URL: idp.metadataUrl, DEMO_DATA: 'false', JOBS_ENABLED: 'false' },
        logFile: join(ARTIFACTS_DIR, 'third-party-idp-server.log'),
      }),
      launchBrowser(),
    ]);
    if (startedPortal.status === 'fulfilled') portal = startedPortal.value;
    if (launchedBrowser.status === 'fulfilled') browser = launchedBrowser.value;
    for (const started of [startedPortal, launchedBrowser]) if (started.status === 'rejected') throw started.reason;
  });

  afterAll(async () => {
    await Promise.allSettled([
      browser?.close(),
      portal ? stopPortal(portal) : undefined,
      idp ? stopSimpleSamlPhp(idp) : undefined,
    ]);
  });

  function openOwnPortal(): Promise<PortalPage> {
    if (!browser || !portal) throw new Error('The portal or the browser did not start');
    return openPortal(browser, { baseUrl: portal.baseUrl });
  }

  /** From the portal's sign-in page through SimpleSAMLphp's login form back into the portal's shell. */
  async function signInAtIdp(page: Page, person: IdpPerson): Promise<void> {
    await page.goto('/');
    await page.waitForURL(/\/sign-in(\?|$)/);
    await settled(page);
    await page.getByRole('button', { name: 'Sign in with your company account' }).click();

    await page.waitForURL((url) => url.origin === idp?.baseUrl && url.pathname === '/module.php/core/loginuserpass.php');
    await page.getByLabel('Username').fill(person.username);
    await page.getByLabel('Password').fill(person.password);
    await page.getByRole('button', { name: 'Login' }).click();

    // SimpleSAMLphp posts the signed response to the portal's ACS, which lands the person on the home page.
    await page.waitForURL((url) => url.origin === portal?.baseUrl && url.pathname === '/');
    await userMenuButton(page, person.displayName).waitFor();
    await settled(page);
  }

  async function me(page: Page): Promise<MeResponse> {
    const response = await page.request.get('/api/me');
    expect(response.status()).toBe(200);
    return (await response.json()) as MeResponse;
  }

  it('lands an HR person in the portal with the name, department and HR role from the IdP', async () => {
    const { context, page } = await openOwnPortal();
    try {
      await signInAtIdp(page, IDP_PEOPLE.hanna);

      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Welcome, Hanna Hoekstra');
      await expect(page.getByRole('list', { name: 'Your roles' }).textContent()).resolves.toMatch(/Employee.*HR/s);
      const areas = await mainNavigation(page).getByRole('link').allTextContents();
      expect(areas.map((text) => text.trim())).toEqual(expect.arrayContaining(['Referral programme', 'Bonuses']));
      await expectNoSeriousA11yViolations(page, 'the home page after signing in through SimpleSAMLphp');
      await screenshot(page, 'third-party-idp-hr-home');

      expect(await me(page)).toMatchObject({
        email: IDP_PEOPLE.hanna.email,
        displayName: IDP_PEOPLE.hanna.displayName,
        department: IDP_PEOPLE.hanna.department,
        employeeId: IDP_PEOPLE.hanna.employeeId,
        roles: ['employee', 'hr'],
      });
      expect((await page.request.get('/api/programme/versions')).status()).toBe(200);
    } finally {
      await context.close();
    }
  });

  it('gives a person outside the mapped groups only the employee role, and signs them out', async () => {
    const { context, page } = await openOwnPortal();
    try {
      await signInAtIdp(page, IDP_PEOPLE.erik);

      expect(await me(page)).toMatchObject({
        email: IDP_PEOPLE.erik.email,
        displayName: IDP_PEOPLE.erik.displayName,
        department: IDP_PEOPLE.erik.department,
        employeeId: IDP_PEOPLE.erik.employeeId,
        roles: ['employee'],
      });
      const areas = await mainNavigation(page).getByRole('link').allTextContents();
      expect(areas.map((text) => text.trim())).toEqual(['Home', 'Vacancies', 'My referrals', 'Programme rules']);
      expect((await page.request.get('/api/programme/versions')).status()).toBe(403);

      const menu = await openUserMenu(page, IDP_PEOPLE.erik.displayName);
      await menu.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/sign-in$/);
      await settled(page);
      await expectNoSeriousA11yViolations(page, 'the sign-in page after signing out');
      const after = await page.request.get('/api/me');
      expect(after.status()).toBe(401);
      await page.goto('/');
      await page.waitForURL(/\/sign-in$/);
    } finally {
      await context.close();
    }
  });
});
