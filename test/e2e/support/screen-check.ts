import type { Page } from 'playwright-core';
import { screenshot, seriousAccessibilityViolations } from './browser';

/**
 * axe on the screen as it is now, plus a screenshot (its path pushed to `shots`); no serious or critical
 * violation may pass. The browser journeys call it on every screen they reach.
 */
export async function check(page: Page, name: string, shots: string[]): Promise<void> {
  await page.waitForLoadState('networkidle');
  // No hover or focus colours in the middle of a transition: check the screen at rest.
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // From the top: a full-page screenshot of a scrolled page draws the fixed header over the middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  expect([name, await seriousAccessibilityViolations(page)]).toEqual([name, []]);
  shots.push(await screenshot(page, name));
}
