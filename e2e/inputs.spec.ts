import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { foldText } from "../lib/view/search";
import { busiest as busiestActor, doc, total } from "./corpus";
import { snap } from "./screenshot";

const { actor: busiest, count: busiestCount } = busiestActor;
const aliased = doc.events.find((e) => e.aliases.length > 0);

const count = (page: Page) => page.getByTestId("event-count");

/** The dashboard's filter controls: in the bar on a wide screen, in the drawer on a phone. */
async function filters(page: Page, testInfo: TestInfo) {
  if (testInfo.project.name === "phone") {
    await page.getByRole("button", { name: /^Filters/ }).click();
    return page.getByRole("dialog", { name: "Filters" });
  }
  return page.getByRole("region", { name: "Filters" });
}

test("a date range is committed as a pair: typing From does not rewrite To", async ({ page }, testInfo) => {
  await page.goto("/?from=2024-01-01&to=2024-12-31");
  await expect(count(page)).toBeVisible();
  const bar = await filters(page, testInfo);
  const from = bar.getByLabel("From");
  const to = bar.getByLabel("To");
  await from.fill("2025-01-01");
  await from.press("Tab");
  await expect(to).toBeFocused();
  await expect(to).toHaveValue("2024-12-31");
  await expect(page).toHaveURL(/from=2024-01-01/);
  await to.fill("2025-12-31");
  await to.press("Enter");
  await expect(page).toHaveURL(/from=2025-01-01/);
  await expect(page).toHaveURL(/to=2025-12-31/);
  await expect(from).toHaveValue("2025-01-01");
  await expect(to).toHaveValue("2025-12-31");

  // Typed backwards: swapped on submit, and the form says so.
  await from.fill("2026");
  await to.fill("2025");
  await to.press("Enter");
  await expect(page).toHaveURL(/from=2025&to=2026|to=2026.*from=2025/);
  await expect(bar.getByRole("status").filter({ hasText: "swapped" })).toBeVisible();
});

test("a 10,000-character parameter is cut in the notice and the page keeps its width", async ({ page }, testInfo) => {
  await page.goto(`/?actors=${"x".repeat(10_000)}`);
  const notices = page.getByTestId("url-notices");
  await expect(notices).toContainText("(10000 characters)");
  expect((await notices.textContent())!.length).toBeLessThan(300);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
  const dismiss = notices.getByRole("button", { name: /Dismiss/ });
  await expect(dismiss).toBeInViewport();
  await snap(page, testInfo, "long-parameter", { fullPage: false });
  await dismiss.click();
  await expect(notices).toBeHidden();
});

test("ids in a link are read in any case, and an alias becomes the canonical id", async ({ page }) => {
  await page.goto(`/?actors=${busiest.id.toUpperCase()}`);
  await expect(count(page)).toContainText(`Showing ${busiestCount} of ${total} events`);
  await expect(page.getByTestId("url-notices")).toHaveCount(0);

  const event = doc.events[0]!;
  await page.goto(`/?event=${event.id.toUpperCase()}`);
  await expect(page.getByTestId("event-detail").getByRole("heading", { level: 2 })).toHaveText(event.summary);
  await expect(page).toHaveURL(new RegExp(`event=${event.id}(&|$)`));
  test.skip(!aliased, "the event list has no merged events with aliases");
  await page.goto(`/?event=${aliased!.aliases[0]}`);
  await expect(page).toHaveURL(new RegExp(`event=${aliased!.id}(&|$)`));
  await expect(page.getByTestId("event-detail").getByRole("heading", { level: 2 })).toHaveText(aliased!.summary);
});

/** How many events the dashboard shows for a search typed into the box. */
async function searchCount(page: Page, query: string): Promise<number> {
  await page.goto(`/?q=${encodeURIComponent(query)}`);
  const text = await count(page).textContent();
  await expect(count(page)).toContainText("Showing");
  const shown = /Showing (\d+)/.exec((await count(page).textContent()) ?? text ?? "")![1]!;
  return Number(shown);
}

test("search finds every spelling of a name and folds hyphens and transliterations", async ({ page }) => {
  const names = [busiest.name, ...busiest.aliases].filter((n) => n.trim().length >= 3).slice(0, 4);
  const counts = [];
  for (const name of names) counts.push(await searchCount(page, name));
  expect(new Set(counts).size, `${names.join(", ")} find ${counts.join(", ")}`).toBe(1);
  expect(counts[0]).toBeGreaterThanOrEqual(busiestCount);
  expect(await searchCount(page, "cease-fire")).toBe(await searchCount(page, "ceasefire"));
  expect(await searchCount(page, "Kiev")).toBe(await searchCount(page, "Kyiv"));
});

test("a quoted phrase finds the sentence it comes from", async ({ page }, testInfo) => {
  const event = doc.events.find((e) => e.sources[0]!.sentence.split(/\s+/).length >= 8)!;
  const words = event.sources[0]!.sentence.split(/\s+/);
  const phrase = words.slice(2, 6).join(" ");
  const expected = doc.events.filter(
    (e) =>
      e.sources.some((s) => foldText(s.sentence).includes(foldText(phrase))) ||
      foldText(e.summary).includes(foldText(phrase)),
  ).length;
  expect(await searchCount(page, `"${phrase}"`)).toBe(expected);
  if (testInfo.project.name === "desktop") {
    await page.goto(`/?view=table&q=${encodeURIComponent(`"${phrase}"`)}`);
    await expect(page.locator(`tr[data-event-id="${event.id}"]`)).toBeVisible();
  }
});

test("the search box suggests only words that find something", async ({ page }, testInfo) => {
  await page.goto("/");
  const bar = await filters(page, testInfo);
  const placeholder = (await bar.getByRole("searchbox", { name: /Search summaries/ }).getAttribute("placeholder"))!;
  const examples = /^e\.g\. (.+) or "a phrase"$/.exec(placeholder)?.[1]?.split(", ") ?? [];
  expect(examples.length, placeholder).toBeGreaterThan(0);
  for (const example of examples) expect(await searchCount(page, example), example).toBeGreaterThan(0);
});
