import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { SIGNAL_STYLES } from "../lib/view/signalTypes";
import { actorCounts, busiest as busiestActor, doc, laneCounts, total } from "./corpus";
import { snap } from "./screenshot";

const { actor: busiest, count: busiestCount } = busiestActor;
const eventsOf = (actorId: string) =>
  new Set(doc.events.filter((e) => e.actors.some((a) => a.id === actorId)).map((e) => e.id));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Ids of events drawn as marks, and how many events the clusters hold. */
async function drawn(page: Page) {
  return page.evaluate(() => ({
    ids: [...document.querySelectorAll("[data-testid=timeline] [data-event-id]")].map((el) =>
      el.getAttribute("data-event-id"),
    ),
    clustered: [...document.querySelectorAll("[data-testid=timeline] [data-cluster-count]")].reduce(
      (n, el) => n + Number(el.getAttribute("data-cluster-count")),
      0,
    ),
  }));
}

test("the first load shows every event of the event list", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${total} of ${total} events`);
  if (testInfo.project.name === "desktop") {
    const { ids, clustered } = await drawn(page);
    expect(ids.length + clustered).toBeGreaterThan(0);
    const known = new Set(doc.events.map((e) => e.id));
    for (const id of ids) expect(known.has(id!)).toBe(true);
  } else {
    await expect(page.getByTestId("event-list").locator("[data-event-id]").first()).toBeVisible();
  }
  await snap(page, testInfo, "dashboard");
});

test("filtering by an actor updates the URL and the marks; reload restores it; Back undoes it", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the phone filter path is covered by the phone layout test");
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toContainText(`of ${total} events`);
  await page.getByRole("button", { name: /^Actors/ }).click();
  await page.getByRole("searchbox", { name: "Search actors" }).fill(busiest.name.slice(0, 6));
  await page.getByRole("checkbox", { name: new RegExp(`^${escape(busiest.name)}`) }).check();

  await expect(page).toHaveURL(new RegExp(`[?&]actors=${escape(busiest.id)}(&|$)`));
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${busiestCount} of ${total} events`);
  const allowed = eventsOf(busiest.id);
  const { ids, clustered } = await drawn(page);
  expect(ids.length + clustered).toBeGreaterThan(0);
  for (const id of ids) expect(allowed.has(id!), `${id} has ${busiest.id} among its actors`).toBe(true);
  await snap(page, testInfo, "dashboard-actor-filter");

  await page.reload();
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${busiestCount} of ${total} events`);
  await page.getByRole("button", { name: /^Actors/ }).click();
  await expect(page.getByRole("checkbox", { name: new RegExp(`^${escape(busiest.name)}`) })).toBeChecked();

  await page.goBack();
  await expect(page).not.toHaveURL(/actors=/);
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${total} of ${total} events`);
});

test("opening an event shows its evidence, and Copy link copies its permalink", async ({ page, context }, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const event = doc.events.find((e) => e.date.start !== null)!;
  await page.goto(`/?event=${event.id}`);
  const panel = page.getByTestId("event-detail");
  await expect(panel.getByRole("heading", { level: 2, name: event.summary })).toBeVisible();
  await expect(panel).toContainText(event.sources[0]!.sentence);
  await panel.getByRole("button", { name: "Copy link" }).click();
  await expect(panel.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname).toBe(`/events/${event.id}`);
  await snap(page, testInfo, "dashboard-event-open");
  await panel.getByRole("button", { name: /Close/ }).click();
  await expect(panel).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
});

test("the keyboard reaches the timeline, moves between events and lanes, opens and closes", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "phones get the list, which is plain buttons");
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toContainText(`of ${total} events`);
  const focusKey = () => page.evaluate(() => document.activeElement?.getAttribute("data-focus-key") ?? null);
  for (let i = 0; i < 60 && !(await focusKey()); i++) await page.keyboard.press("Tab");
  const first = await focusKey();
  expect(first, "Tab reaches a mark of the timeline").not.toBeNull();

  // Enter on a cluster zooms in and hands focus to its first event.
  const onAMark = () => page.evaluate(() => !!document.activeElement?.hasAttribute("data-event-id"));
  const focusAMark = async () => {
    if (await onAMark()) return;
    await page.keyboard.press("Enter");
    await expect.poll(onAMark, { message: "Enter on a cluster focuses its first event" }).toBe(true);
  };
  await focusAMark();
  const lane = (key: string | null) => key!.split("|")[0];
  const before = await focusKey();
  await page.keyboard.press("ArrowDown");
  const below = await focusKey();
  if (doc.actors.length > 1 && actorCounts.size > 1) expect(lane(below)).not.toBe(lane(before));
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  expect(await focusKey()).not.toBeNull();

  await focusAMark();
  const isMark = await page.evaluate(() => document.activeElement?.hasAttribute("data-event-id"));
  expect(isMark, "a single event mark has focus").toBe(true);
  const id = await page.evaluate(() => document.activeElement!.getAttribute("data-event-id"));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`event=${escape(id!)}`));
  await expect(page.getByTestId("event-detail")).toBeVisible();
  await expect(page.locator("#event-detail-title")).toBeFocused();
  // The viewport only: focus must still be able to return to the mark the panel was opened from.
  await snap(page, testInfo, "dashboard-keyboard-open", { fullPage: false });
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("event-detail")).toBeHidden();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-event-id"))).toBe(id);
});

test("a click on a mark opens it, also after dragging the timeline", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "phones get the list");
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toContainText(`of ${total} events`);
  const plot = page.locator("[data-testid=timeline] svg[role=group]");
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + 20, { steps: 6 });
  await page.mouse.up();
  await expect(plot).not.toHaveAttribute("aria-busy", "true");
  const mark = page.locator("[data-testid=timeline] [data-event-id]").first();
  const id = await mark.getAttribute("data-event-id");
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`event=${escape(id!)}`));
  await expect(page.getByTestId("event-detail")).toBeVisible();
});

test("the table view lists the filtered events and sorts by date, actor and type", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "phones get the date-grouped list");
  await page.goto("/");
  await page.getByRole("button", { name: "Table", exact: true }).click();
  await expect(page).toHaveURL(/view=table/);
  const rows = page.locator("tbody tr[data-event-id]");
  await expect(rows).toHaveCount(Math.min(total, 100));
  const dateHeader = page.getByRole("columnheader", { name: /Date/ });
  await expect(dateHeader).toHaveAttribute("aria-sort", "ascending");
  const firstDated = [...doc.events]
    .filter((e) => e.date.start)
    .sort((a, b) => a.date.start!.localeCompare(b.date.start!))[0]!;
  await expect(rows.first()).toHaveAttribute("data-event-id", new RegExp(".+"));
  const firstId = await rows.first().getAttribute("data-event-id");
  expect(doc.events.find((e) => e.id === firstId)!.date.start).toBe(firstDated.date.start);
  await dateHeader.getByRole("button").click();
  await expect(dateHeader).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("columnheader", { name: /Type/ }).getByRole("button").click();
  await expect(page.getByRole("columnheader", { name: /Type/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=type/);
  await snap(page, testInfo, "dashboard-table");
});

test("CSV export holds exactly the filtered events with their evidence", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one export check is enough; the phone uses the same code");
  const type = doc.events[0]!.type;
  const expected = doc.events.filter((e) => e.type === type);
  await page.goto(`/?types=${type}`);
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${expected.length} of ${total}`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export the shown events as CSV" }).click(),
  ]);
  const csv = readFileSync((await download.path())!, "utf8");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toMatch(/^id,aliases,date_start,date_end,date_precision/);
  const ids = lines.slice(1).map((l) => l.split(",")[0]);
  expect(new Set(ids)).toEqual(new Set(expected.map((e) => e.id)));
  expect(csv).toContain(expected[0]!.sources[0]!.sentence.split('"')[0]);
});

test("the canvas paints each mark under its target; a resize keeps the days in view", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "phones get the list");
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toContainText(`of ${total} events`);
  const range = page.getByTestId("visible-range");
  const all = await range.textContent();
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(range).not.toHaveText(all!);
  // The targets follow the view once the zoom has settled.
  await expect(page.locator("[data-testid=timeline] svg[role=group]")).not.toHaveAttribute("aria-busy", "true");
  // A mark's target is where its glyph is painted: some pixel around its centre has its type's colour.
  const targets = await page.evaluate(() => {
    const view = document.querySelector("[data-testid=timeline] .overflow-y-auto")!.getBoundingClientRect();
    return [...document.querySelectorAll("[data-testid=timeline] [data-event-id]")]
      .map((el) => {
        const r = el.querySelector("circle")!.getBoundingClientRect();
        return { id: el.getAttribute("data-event-id")!, x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })
      .filter((t) => t.y > view.top && t.y < view.bottom && t.x > view.left && t.x < view.right);
  });
  expect(targets.length).toBeGreaterThan(0);
  const colours = Object.fromEntries(
    targets.map((t) => {
      const hex = SIGNAL_STYLES[doc.events.find((e) => e.id === t.id)!.type].color;
      return [t.id, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))];
    }),
  );
  const painted = await page.evaluate(
    ({ targets, colours }) => {
      const canvas = document.querySelector<HTMLCanvasElement>("[data-testid=timeline-canvas]")!;
      const box = canvas.getBoundingClientRect();
      const scale = canvas.width / box.width;
      const ctx = canvas.getContext("2d")!;
      return targets.map((t) => {
        const r = Math.round(7 * scale);
        const x = Math.round((t.x - box.left) * scale);
        const y = Math.round((t.y - box.top) * scale);
        const px = ctx.getImageData(x - r, y - r, 2 * r + 1, 2 * r + 1).data;
        const [cr, cg, cb] = colours[t.id]!;
        for (let i = 0; i < px.length; i += 4)
          if (px[i + 3]! > 200 && Math.abs(px[i]! - cr!) + Math.abs(px[i + 1]! - cg!) + Math.abs(px[i + 2]! - cb!) < 40)
            return null;
        return t.id;
      });
    },
    { targets, colours },
  );
  expect(painted.filter(Boolean), "targets with no glyph of their colour under them").toEqual([]);

  const zoomed = await range.textContent();
  const canvas = page.getByTestId("timeline-canvas");
  const wide = await canvas.evaluate((c: HTMLCanvasElement) => c.width);
  await page.setViewportSize({ width: 1100, height: 900 });
  await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeLessThan(wide);
  await expect(range).toHaveText(zoomed!);
});

test("brushing the overview sets the range; the targets follow once the brush is let go", async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "phones get the list");
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toContainText(`of ${total} events`);
  const range = page.getByTestId("visible-range");
  const plot = page.locator("[data-testid=timeline] svg[role=group]");
  // Zoomed in, the brush covers the middle of the strip and a drag left of it draws a new one.
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(plot).not.toHaveAttribute("aria-busy", "true");
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(plot).not.toHaveAttribute("aria-busy", "true");
  const zoomed = await range.textContent();
  const overview = page.getByTestId("overview");
  await overview.scrollIntoViewIfNeeded();
  const box = (await overview.boundingBox())!;
  const plotLeft = box.x + 176;
  const plotWidth = box.width - 176;
  const y = box.y + box.height / 2;
  await page.mouse.move(plotLeft + plotWidth * 0.05, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(plotLeft + plotWidth * (0.05 + i * 0.025), y);
  await page.mouse.up();
  await expect(range).not.toHaveText(zoomed!);
  await expect(plot).not.toHaveAttribute("aria-busy", "true");
  const { ids, clustered } = await drawn(page);
  expect(ids.length + clustered).toBeGreaterThan(0);
});

test("SVG export draws the lanes and marks of the view", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one export check is enough; the phone uses the same code");
  await page.goto("/");
  await expect(page.getByTestId("event-count")).toContainText(`of ${total} events`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /timeline as SVG/ }).click(),
  ]);
  const svg = readFileSync((await download.path())!, "utf8");
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // (a lane counts the events its actor takes part in, not those that only name it)
  expect(svg).toContain(`${busiest.name} (${laneCounts.get(busiest.id)})`);
  const drawn = await page
    .locator("[data-testid=timeline] [data-event-id], [data-testid=timeline] [data-cluster-count]")
    .count();
  const marks = (svg.match(/<path /g) ?? []).length + (svg.match(/<circle [^>]*fill-opacity="0.82"/g) ?? []).length;
  expect(marks).toBeGreaterThanOrEqual(drawn);
  expect(svg).not.toContain("var(--");
});

test("unknown or malformed URL values are ignored with a visible notice", async ({ page }) => {
  await page.goto("/?actors=nobody-at-all&from=2023-13&types=gossip");
  await expect(page.getByTestId("url-notices")).toContainText("nobody-at-all");
  await expect(page.getByTestId("url-notices")).toContainText("from=2023-13");
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${total} of ${total} events`);
});

test("when nothing matches, the empty state says which filter to relax", async ({ page }, testInfo) => {
  const type = doc.events[0]!.type;
  await page.goto(`/?types=${type}&q=zzqqxx-no-such-text`);
  const empty = page.getByTestId("empty-state");
  await expect(empty).toContainText("No events match");
  const relax = empty.getByRole("button", { name: "Remove the search text" });
  await expect(relax).toBeVisible();
  await snap(page, testInfo, "dashboard-empty");
  await relax.click();
  await expect(page.getByTestId("event-count")).toContainText(
    `Showing ${doc.events.filter((e) => e.type === type).length} of ${total}`,
  );
});

test("on a phone the timeline is a date-grouped list with filters in a drawer", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone layout");
  await page.goto("/");
  const list = page.getByTestId("event-list");
  await expect(list).toBeVisible();
  await expect(page.getByTestId("timeline")).toHaveCount(0);
  await expect(list.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await page.getByRole("button", { name: /^Filters/ }).click();
  const drawer = page.getByRole("dialog", { name: "Filters" });
  await expect(drawer).toBeVisible();
  const type = doc.events[0]!.type;
  await drawer.locator(`[data-type="${type}"]`).click();
  await expect(page).toHaveURL(new RegExp(`types=${type}`));
  await snap(page, testInfo, "dashboard-phone-drawer");
  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  const expected = doc.events.filter((e) => e.type === type).length;
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${expected} of ${total}`);
  await list.locator("[data-event-id]").first().click();
  await expect(page.getByTestId("event-detail")).toBeVisible();
  await snap(page, testInfo, "dashboard-phone-detail");
});
