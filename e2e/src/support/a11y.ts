import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
type Violation = AxeResults['violations'][number];

const FAILING_IMPACTS = new Set(['serious', 'critical']);

function describe(violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((node) => `      at ${node.target.join(' ')}\n        ${(node.failureSummary ?? '').replace(/\n/g, '\n        ')}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n      … and ${violation.nodes.length - 5} more` : '';
  return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
}

/**
 * Waits for the page's finite CSS animations and transitions to end. Axe measures colours as painted, so a
 * field error still fading in (Material animates its opacity) reads as low contrast although the settled
 * text passes. Endless ones (spinners, progress bars) are left running.
 */
async function animationsFinished(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

/**
 * Runs axe (WCAG 2.0–2.2 A/AA and best practices) on the page as it is now and fails on any serious or
 * critical finding, listing each rule with the elements that break it.
 */
export async function expectNoSeriousA11yViolations(page: Page, what = page.url()): Promise<void> {
  await animationsFinished(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  if (failing.length > 0) {
    throw new Error(`${failing.length} serious accessibility problem(s) on ${what}:\n${failing.map(describe).join('\n')}`);
  }
}
