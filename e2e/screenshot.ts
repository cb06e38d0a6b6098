import type { Page, TestInfo } from "@playwright/test";
import path from "node:path";

/**
 * Saves a screenshot under test-results/screenshots/<viewport>/ for people to look at: the full
 * page, or with `{ fullPage: false }` the viewport. Capturing the full page briefly resizes the
 * page in Chromium (on a loaded machine it has reported a 1-pixel-wide window, which switches
 * the dashboard to its phone layout and back, remounting the timeline): a test that goes on to
 * check state the page keeps in memory (zoom, focus) takes the viewport instead.
 */
export async function snap(page: Page, testInfo: TestInfo, name: string, { fullPage = true } = {}) {
  const file = path.join("test-results", "screenshots", testInfo.project.name, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
