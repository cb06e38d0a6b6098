import { expect, test, type Page } from "@playwright/test";
import { cellKey, matrixAsOf } from "../lib/positions/history";
import { positionsIndex } from "../lib/positions/pageData";
import { formatIso } from "../lib/view/dates";
import { doc } from "./corpus";
import { snap } from "./screenshot";

// What the matrix should show comes from the same history the page is built from, so the tests
// hold as the extraction changes which stances it reads.
const index = positionsIndex(doc);
const cells = index.history.cells;
const top = index.rows[0]!;
const keysOf = (actor: string) => index.columns.map((t) => cellKey(actor, t.id)).filter((k) => cells[k]);
const topKeys = keysOf(top.id);
const topicLabel = (key: string) => index.columns.find((t) => cellKey(key.split(":")[0]!, t.id) === key)!.label;
// The cell with the longest history, preferring one with a shift.
const richest = Object.entries(cells).sort(
  ([, a], [, b]) => Number(b.some((e) => e.shiftFrom)) - Number(a.some((e) => e.shiftFrom)) || b.length - a.length,
)[0]!;
const [richKey, richEntries] = richest;
const richActor = index.actors.get(richKey.split(":")[0]!)!;
const changeDates = [...new Set(Object.values(cells).flatMap((es) => es.map((e) => e.firstDate)))].sort();
const middle = changeDates[Math.floor(changeDates.length / 2)]!;

async function openPositions(page: Page, query = "") {
  await page.goto(`/positions${query}`);
  await expect(page.locator("[data-positions-view]")).toBeVisible();
}

/** Every cell of the actor shows the stance the history gives as of the day (or none). */
async function expectMatrix(page: Page, actor: string, asOf: string | null) {
  const expected = matrixAsOf(cells, asOf, { keys: keysOf(actor) });
  for (const key of keysOf(actor)) {
    const cell = page.locator(`[data-cell="${key}"]`);
    const want = expected.get(key);
    if (!want) await expect(cell).toHaveCount(0);
    else {
      await expect(cell).toHaveAttribute("data-stance-id", want.stanceId ?? "");
      // The whole date line: "2024 · 1 src" must not pass for "reported 24 May 2024 · 1 src".
      await expect(cell.locator("[data-cell-date]")).toHaveText(`${want.dateLabel} · ${want.sources} src`);
    }
  }
}

test("the matrix shows each actor's latest stances, and the stances as of an earlier day", async ({
  page,
}, testInfo) => {
  await openPositions(page, `?actors=${top.id}`);
  await expectMatrix(page, top.id, null);
  await snap(page, testInfo, "positions-matrix");
  await openPositions(page, `?actors=${top.id}&asof=${middle}`);
  await expectMatrix(page, top.id, middle);
  await expect(page.locator("[data-matrix-summary]")).toContainText(`as of ${formatIso(middle)}`);
  await snap(page, testInfo, "positions-matrix-asof");
});

test("a cell's history lists each stance in order with evidence and links to the events", async ({
  page,
}, testInfo) => {
  await openPositions(page, `?actors=${richActor.id}`);
  await page.locator(`[data-cell="${richKey}"]`).click();
  await expect(page).toHaveURL(new RegExp(`cell=${richKey.replace(":", "(:|%3A)")}`));
  const panel = page.getByRole("dialog", { name: `${richActor.name} · ${topicLabel(richKey)}` });
  await expect(panel).toBeVisible();
  const shown = panel.locator("[data-entry]");
  await expect(shown).toHaveCount(richEntries.length);
  for (const [i, entry] of richEntries.entries()) {
    await expect(shown.nth(i)).toHaveAttribute("data-entry", entry.stanceId ?? "clause");
    await expect(shown.nth(i)).toContainText(entry.firstLabel);
    if (entry.shiftFrom) await expect(shown.nth(i)).toContainText("Changed from:");
  }
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
  const [first, second] = topKeys.map((k) => k.split(":")[1]!);
  const topics = [first, second ?? first].join(",");
  await openPositions(page, `?actors=${top.id},nobody&topics=${topics},weather&asof=${middle.slice(0, 4)}`);
  const notices = page.locator("[data-url-notices]");
  await expect(notices).toContainText("Unknown actor “nobody”");
  await expect(notices).toContainText("Unknown topic “weather”");
  await expect(page.getByLabel("As of")).toHaveValue(middle.slice(0, 4));
  await snap(page, testInfo, "positions-url-notices");
  // Changing the date in the page writes the URL; a reload shows the same view.
  await page.getByLabel("As of").fill("2099-12");
  await page.getByLabel("As of").press("Enter");
  await expect(page).toHaveURL(/asof=2099-12/);
  await expect(page).toHaveURL(new RegExp(`actors=${top.id}(&|$)`));
  const key = cellKey(top.id, first!);
  await page.locator(`[data-cell="${key}"]`).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  // The URL is written a moment after the dialog opens: reload only once it holds the cell.
  await expect(page).toHaveURL(/[?&]cell=/);
  await page.reload();
  await expect(page.getByRole("dialog", { name: `${top.name} · ${topicLabel(key)}` })).toBeVisible();
  await expect(page.getByLabel("As of")).toHaveValue("2099-12");
  // Back closes the history, and the view stays as it was.
  await page.goBack();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page).toHaveURL(/asof=2099-12/);
  await openPositions(page, `?asof=2024-13&cell=${top.id}`);
  await expect(page.locator("[data-url-notices]")).toContainText("“2024-13” is not a date");
  await expect(page.locator("[data-url-notices]")).toContainText(`No position history “${top.id}”`);
});

test("keyboard: Tab reaches a cell, Enter opens its history, Escape closes it and focus returns", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "arrow keys move through the desktop table");
  await openPositions(page, `?actors=${top.id}`);
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
  if (topKeys.length > 1) {
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(`[data-cell="${key}"]`)).not.toBeFocused();
    await expect(page.locator("[data-cell]:focus")).toHaveAttribute("data-cell", new RegExp(`^${top.id}:`));
  }
  // Every cell button says what it holds, in words.
  await expect(first).toHaveAttribute("aria-label", new RegExp(`${top.name} on .+: .+ source.+Open the history\\.`));
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
  const card = page.locator(`[data-actor-card="${top.id}"]`);
  await expect(card).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await snap(page, testInfo, "positions-cards");
  await card.locator(`[data-cell="${topKeys[0]}"]`).click();
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  await snap(page, testInfo, "positions-history-phone");
  await panel.getByRole("button", { name: /Close/ }).click();
  await expect(panel).toHaveCount(0);
});

test("actor names in the matrix lead to the actor's page", async ({ page }, testInfo) => {
  await openPositions(page);
  const scope = page.locator(testInfo.project.name === "phone" ? `[data-actor-card="${top.id}"]` : "table");
  await scope.getByRole("link", { name: top.name, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/actors/${top.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: top.name })).toBeVisible();
});
