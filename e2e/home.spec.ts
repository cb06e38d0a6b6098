import { expect, test } from "@playwright/test";
import { snap } from "./screenshot";

test("the home page lists every article of the committed corpus", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: /Signals/ })).toBeVisible();
  const items = page.locator("[data-article-id]");
  await expect(items).toHaveCount(5);
  // The 247 News Reel article has no title in its front matter: one is derived and marked.
  const derived = page.locator('[data-article-id="2023-12-24-247newsreel-putin-ready-to-make-a-deal"]');
  await expect(derived).toContainText("President Vladimir V. Putin’s confidence seems to know no bounds.");
  await expect(derived).toContainText("title derived from text");
  await expect(page.getByText("Corpus: 5 articles")).toBeVisible();
  await snap(page, testInfo, "home-light");
});

test("the theme toggle switches to dark and is remembered", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Switch to light theme" })).toBeVisible();
  await snap(page, testInfo, "home-dark");
});
