import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS_DIR, portal } from './portal-env';

/** `npx playwright install` cannot run here; the system Chromium is used instead. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 375, height: 812 } as const;

export interface PortalPage {
  context: BrowserContext;
  page: Page;
}

/**
 * A fresh browser profile (no cookies, no stored language) on the portal, English by default; `baseUrl`
 * for a portal of the spec's own instead of the shared one.
 */
export async function openPortal(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string; baseUrl?: string } = {},
): Promise<PortalPage> {
  const viewport = options.viewport ?? DESKTOP;
  const context = await browser.newContext({
    baseURL: options.baseUrl ?? portal().baseUrl,
    viewport,
    locale: options.locale ?? 'en-GB',
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`[browser] ${error.message}\n`));
  return { context, page };
}

/**
 * Saves a full-page screenshot as `e2e/artifacts/<name>.png`. The shell scrolls inside its content pane, so
 * the window is grown to fit that pane first and restored afterwards.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const viewport = page.viewportSize();
  const contentHeight = await page.evaluate(() => {
    const pane = document.querySelector('mat-sidenav-content');
    return pane ? pane.scrollHeight + pane.getBoundingClientRect().top : document.documentElement.scrollHeight;
  });
  if (viewport && contentHeight > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height: Math.ceil(contentHeight) });
  }
  try {
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}
