import type { Page, TestInfo } from "@playwright/test";
import path from "node:path";

/** Saves a full-page screenshot under test-results/screenshots/<viewport>/ for people to look at. */
export async function snap(page: Page, testInfo: TestInfo, name: string) {
  const file = path.join("test-results", "screenshots", testInfo.project.name, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
