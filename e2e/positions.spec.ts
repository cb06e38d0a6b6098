import { expect, test, type Page } from "@playwright/test";
import { readEvents } from "../lib/corpus/readEvents";
import { buildHistory, cellKey } from "../lib/positions/history";
import { snap } from "./screenshot";

const doc = readEvents();
const history = buildHistory(doc.events, { articles: doc.articles, actors: doc.actors });
const RUSSIAN_SIDE = ["putin", "russia", "peskov"];
const UKRAINIAN_SIDE = ["zelensky", "ukraine"];

/** The cells, among the actors given, whose stance the page shows with this stance id. */
const cellsWith = (page: Page, actors: string[], stanceId: string) =>
  page.locator(actors.map((a) => `[data-cell^="${a}:"][data-stance-id="${stanceId}"]`).join(","));

async function openPositions(page: Page, query = "") {
  await page.goto(`/positions${query}`);
  await expect(page.locator("[data-positions-view]")).toBeVisible();
}

test("the matrix shows Russia's conditions and Ukraine's refusal to negotiate with Putin", async ({
  page,
}, testInfo) => {
  await openPositions(page);
  // Latest: the harder territorial demand, NATO and the illegitimacy claims.
  await expect(cellsWith(page, RUSSIAN_SIDE, "ukrainian-withdrawal").first()).toBeVisible();
  await expect(cellsWith(page, RUSSIAN_SIDE, "no-nato").first()).toBeVisible();
  await expect(cellsWith(page, RUSSIAN_SIDE, "zelensky-illegitimate").first()).toBeVisible();
  await snap(page, testInfo, "positions-matrix");
  // Ukraine's 2022 decree declaring negotiations with Putin impossible, as it stood before later reports.
  await openPositions(page, "?asof=2023-06");
  await expect(cellsWith(page, UKRAINIAN_SIDE, "no-talks-with-putin").first()).toBeVisible();
  // As of the end of 2024: freezing at the current line, and the December 2023 report that the
  // demand to remove Ukraine's government was dropped.
  await openPositions(page, "?asof=2024");
  await expect(cellsWith(page, RUSSIAN_SIDE, "freeze-at-front-line").first()).toBeVisible();
  await expect(cellsWith(page, RUSSIAN_SIDE, "no-longer-demands-removal").first()).toBeVisible();
  await expect(page.locator("[data-matrix-summary]")).toContainText("as of 31 Dec 2024");
  await snap(page, testInfo, "positions-matrix-2024");
});

test("a cell's history lists each stance in order with evidence and links to the events", async ({
  page,
}, testInfo) => {
  const key = cellKey("putin", "legitimacy");
  const entries = history.cells[key]!;
  await openPositions(page);
  await page.locator(`[data-cell="${key}"]`).click();
  await expect(page).toHaveURL(/cell=putin(:|%3A)legitimacy/);
  const panel = page.getByRole("dialog", { name: /Vladimir Putin · Legitimacy/ });
  await expect(panel).toBeVisible();
  const shown = panel.locator("[data-entry]");
  await expect(shown).toHaveCount(entries.length);
  // The dropped demand comes first; a later illegitimacy claim is marked as a shift in words.
  await expect(shown.first()).toHaveAttribute("data-entry", "no-longer-demands-removal");
  const illegitimate = panel.locator('[data-entry="zelensky-illegitimate"]').first();
  await expect(illegitimate).toContainText("shift");
  await expect(illegitimate).toContainText("Changed from:");
  await expect(shown.first()).toContainText("anonymous sources");
  await expect(shown.first().locator("blockquote").first()).toContainText("no longer");
  await snap(page, testInfo, "positions-history");
  const eventLink = shown
    .first()
    .getByRole("link", { name: /event of/ })
    .first();
  const href = await eventLink.getAttribute("href");
  expect(href).toMatch(/^\/events\//);
  await eventLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator("blockquote").first()).toBeVisible();
});

test("the URL carries actors, topics, date and open cell, and tolerates unknown values", async ({ page }, testInfo) => {
  await openPositions(page, "?actors=putin,nobody&topics=territory,legitimacy,weather&asof=2024");
  const notices = page.locator("[data-url-notices]");
  await expect(notices).toContainText("Unknown actor “nobody”");
  await expect(notices).toContainText("Unknown topic “weather”");
  await expect(page.locator("[data-cell]")).toHaveCount(2);
  await expect(page.locator('[data-cell="putin:legitimacy"]')).toHaveAttribute(
    "data-stance-id",
    "no-longer-demands-removal",
  );
  await expect(page.getByLabel("As of")).toHaveValue("2024");
  await snap(page, testInfo, "positions-url-notices");
  // Changing the date in the page writes the URL; a reload shows the same view.
  await page.getByLabel("As of").fill("2025-12");
  await page.getByLabel("As of").press("Enter");
  await expect(page).toHaveURL(/asof=2025-12/);
  await expect(page).toHaveURL(/actors=putin(&|$)/);
  await page.locator('[data-cell="putin:legitimacy"]').click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("dialog", { name: /Vladimir Putin · Legitimacy/ })).toBeVisible();
  await expect(page.getByLabel("As of")).toHaveValue("2025-12");
  await expect(page.locator("[data-cell]")).toHaveCount(2);
  // Back closes the history, and the view stays as it was.
  await page.goBack();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page).toHaveURL(/asof=2025-12/);
  await openPositions(page, "?asof=2024-13&cell=putin");
  await expect(page.locator("[data-url-notices]")).toContainText("“2024-13” is not a date");
  await expect(page.locator("[data-url-notices]")).toContainText("No position history “putin”");
});

test("keyboard: Tab reaches a cell, Enter opens its history, Escape closes it and focus returns", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "arrow keys move through the desktop table");
  await openPositions(page, "?actors=putin");
  const first = page.locator("[data-cell]").first();
  const key = await first.getAttribute("data-cell");
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.locator(`[data-cell="${key}"]`)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(`[data-cell="${key}"]`)).not.toBeFocused();
  await expect(page.locator("[data-cell]:focus")).toHaveAttribute("data-cell", /^putin:/);
  // Every cell button says what it holds, in words.
  await expect(first).toHaveAttribute("aria-label", /Vladimir Putin on .+: .+ source.+Open the history\./);
  // Tab from the page start reaches the matrix through the filters.
  await page.locator("body").press("Tab");
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate(() => document.activeElement?.hasAttribute("data-cell"))) break;
    await page.keyboard.press("Tab");
  }
  await expect(page.locator("[data-cell]:focus")).toHaveCount(1);
});

test("on a phone the matrix becomes one card per actor", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone layout only");
  await openPositions(page);
  await expect(page.locator("table")).toHaveCount(0);
  const card = page.locator('[data-actor-card="putin"]');
  await expect(card).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await snap(page, testInfo, "positions-cards");
  await card.locator('[data-cell="putin:legitimacy"]').click();
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  await snap(page, testInfo, "positions-history-phone");
  await panel.getByRole("button", { name: /Close/ }).click();
  await expect(panel).toHaveCount(0);
});

test("actor names in the matrix lead to the actor's page", async ({ page }, testInfo) => {
  await openPositions(page);
  const scope = page.locator(testInfo.project.name === "phone" ? '[data-actor-card="putin"]' : "table");
  await scope.getByRole("link", { name: "Vladimir Putin" }).first().click();
  await expect(page).toHaveURL(/\/actors\/putin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Vladimir Putin" })).toBeVisible();
});
