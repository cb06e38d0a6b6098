import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { positionsIndex } from "../lib/positions/pageData";
import { doc } from "./corpus";
import { snap } from "./screenshot";

// Pages are picked from the event list the server was built from, not by id.
const event = doc.events.find((e) => e.date.start !== null) ?? doc.events[0]!;
const type = event.type;
const index = positionsIndex(doc);
const cell = Object.keys(index.history.cells)[0];
const actor = doc.actors.find((a) => doc.events.some((e) => e.actors.some((x) => x.id === a.id))) ?? doc.actors[0]!;

/** Waits for what each kind of page loads after its HTML. */
async function settled(page: Page, url: string) {
  if (url.startsWith("/positions")) {
    await expect(page.locator("[data-positions-view]")).toBeVisible();
    if (url.includes("cell=")) await expect(page.locator("[data-history-panel] [data-entry]").first()).toBeVisible();
  } else if (url.startsWith("/?") || url === "/") {
    await expect(page.getByTestId("event-count")).toBeVisible();
    if (url.includes("event="))
      await expect(page.getByTestId("event-detail").locator("blockquote").first()).toBeVisible();
  } else {
    await expect(page.locator("main h1").first()).toBeVisible();
  }
}

const PAGES: [name: string, url: string][] = [
  ["timeline", "/"],
  ["event open", `/?event=${event.id}`],
  ["type filter", `/?types=${type}`],
  ["table with an event open", `/?view=table&event=${event.id}`],
  ["positions", "/positions"],
  ...(cell ? ([["positions cell open", `/positions?cell=${cell}`]] as [string, string][]) : []),
  ["actor", `/actors/${actor.id}`],
  ["permalink", `/events/${event.id}`],
  ["not found", "/no-such-page"],
];

/** Serious and critical axe violations (WCAG 2.1 A and AA) on the page as it is now. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const [name, url] of PAGES) {
  test(`axe finds no serious or critical violation in either theme: ${name}`, async ({ page }, testInfo) => {
    await page.addInitScript(() => localStorage.setItem("signals-theme", "light"));
    await page.goto(url);
    await settled(page, url);
    // On a phone the legend (the type filter) lives in the filter drawer.
    if (name === "type filter" && testInfo.project.name === "phone")
      await page.getByRole("button", { name: /^Filters/ }).click();
    for (const theme of ["light", "dark"] as const) {
      // As the theme toggle does (it is behind an open dialog on some of these pages).
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      if (name === "type filter") await snap(page, testInfo, `axe-type-filter-${theme}`, { fullPage: false });
      expect(await seriousViolations(page), `on ${url} in the ${theme} theme`).toEqual([]);
    }
  });
}

test("on a phone the open event is a modal dialog: Tab stays inside it", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the panel covers the page on a phone only");
  await page.goto(`/?event=${event.id}`);
  const panel = page.getByTestId("event-detail");
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  await snap(page, testInfo, "panel-phone", { fullPage: false });
  // Tab runs through the panel, out to the browser's own controls (the page has no focus then)
  // and back into the panel: never onto the page behind it, which is inert.
  const where = () =>
    panel.evaluate((p) =>
      p.contains(document.activeElement) ? "panel" : document.activeElement === document.body ? "browser" : "page",
    );
  const focusables = await panel.locator("a[href], button").count();
  const seen = new Set<string>();
  for (let i = 0; i < 2 * focusables + 4; i++) {
    await page.keyboard.press("Tab");
    const at = await where();
    expect(at, `Tab ${i + 1} does not reach the page behind the panel`).not.toBe("page");
    seen.add(at);
  }
  expect(seen.has("panel")).toBe(true);
  await page.getByRole("link", { name: "Positions" }).evaluate((el: HTMLElement) => el.focus());
  expect(await where()).not.toBe("page");
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
});

test("on a wide screen the open event covers nothing that takes focus", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "wide screens only");
  await page.goto(`/?event=${event.id}`);
  await expect(page.getByTestId("event-detail").getByRole("heading", { level: 2 })).toBeFocused();
  await snap(page, testInfo, "panel-desktop", { fullPage: false });
  /** Focusable elements in view whose centre the panel (or anything else) covers. */
  const covered = () =>
    page.evaluate(() => {
      const panel = document.querySelector("[data-testid=event-detail]")!;
      return [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, [tabindex='0']")]
        .filter((el) => !panel.contains(el) && el.checkVisibility())
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth)
        .filter(({ r }) => {
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return hit !== null && panel.contains(hit);
        })
        .map(({ el }) => el.outerHTML.slice(0, 80));
    });
  expect(await covered()).toEqual([]);
  // Scrolled down to the sources, the panel does not follow over them.
  await page.locator("#sources").scrollIntoViewIfNeeded();
  expect(await covered()).toEqual([]);
});

test("the overview's range works from the keyboard, and a click moves it instead of clearing it", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "phones get the list");
  await page.goto("/");
  const range = page.getByTestId("visible-range");
  const all = await range.textContent();
  const slider = page.getByRole("slider", { name: /Range the timeline shows/ });
  await slider.focus();
  await page.keyboard.press("+");
  await expect(range).not.toHaveText(all!);
  await expect(slider).toHaveAttribute("aria-valuetext", (await range.textContent())!);
  const narrowed = await range.textContent();
  await page.keyboard.press("ArrowRight");
  await expect(range).not.toHaveText(narrowed!);
  const moved = await range.textContent();

  // A plain click away from the brush centres the range there; the brush stays drawn.
  const box = (await page.getByTestId("overview").boundingBox())!;
  const selection = page.locator(".overview-brush .selection");
  const before = (await selection.boundingBox())!;
  const x = before.x + before.width / 2 > box.x + box.width / 2 ? box.x + 190 : box.x + box.width - 10;
  await page.mouse.click(x, box.y + box.height / 2);
  await expect(range).not.toHaveText(moved!);
  await expect.poll(async () => (await selection.boundingBox())?.width ?? 0).toBeGreaterThan(1);
  const after = (await selection.boundingBox())!;
  expect(Math.abs(after.x + after.width / 2 - x)).toBeLessThan(after.width / 2 + 2);
});

test("Tab reaches a lane's collapse button before the marks right of it", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "phones get the list");
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toBeVisible();
  const reached = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (el?.closest("[data-lane]")) return "lane";
      if (el?.hasAttribute("data-focus-key")) return "mark";
      return null;
    });
  let first: string | null = null;
  for (let i = 0; i < 80 && !first; i++) {
    await page.keyboard.press("Tab");
    first = await reached();
  }
  expect(first).toBe("lane");
});

test("a type filter leaves the other legend entries readable and says which are chosen in more than colour", async ({
  page,
}, testInfo) => {
  await page.goto(`/?types=${type}`);
  await expect(page.getByTestId("event-count")).toBeVisible();
  // On a phone the legend is in the filter drawer.
  if (testInfo.project.name === "phone") await page.getByRole("button", { name: /^Filters/ }).click();
  const chosen = page.locator(`[data-type="${type}"]`);
  await expect(chosen).toHaveAttribute("aria-pressed", "true");
  await expect(chosen).toContainText("✓");
  const opacities = await page
    .locator("[data-type]")
    .evaluateAll((els) => els.map((el) => Number(getComputedStyle(el).opacity)));
  expect(opacities.every((o) => o === 1)).toBe(true);
});

test("the table marks the open event's row as current, not as a selection outside a grid", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "phones get the list");
  await page.goto(`/?view=table&event=${event.id}`);
  const row = page.locator(`tbody tr[data-event-id="${event.id}"]`);
  await expect(row).toHaveAttribute("aria-current", "true");
  await expect(row).toContainText("open");
  await expect(page.locator("table [aria-selected]")).toHaveCount(0);
});
