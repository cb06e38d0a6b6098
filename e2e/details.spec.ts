import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { formatIso } from "../lib/view/dates";
import { SIGNAL_STYLES } from "../lib/view/signalTypes";
import { doc } from "./corpus";

// Expectations come from the event list the server was built from, not from today's ids.
const event = doc.events[0]!;
const type = event.type;
const newest = doc.articles
  .map((a) => a.published ?? "")
  .sort()
  .at(-1)!;

test("every page loads without a console error, and /favicon.ico is there", async ({ page, request }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  for (const url of ["/", "/positions", `/events/${event.id}`]) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image/);
});

test("the title says what is shown: an open event, a page that is not there", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Signals");
  await page.goto(`/?event=${event.id}`);
  await expect(page).toHaveTitle(`${event.summary} · Signals`);
  await page.getByTestId("event-detail").getByRole("button", { name: /Close/ }).click();
  await expect(page).toHaveTitle("Signals");
  await page.goto("/no-such-page");
  await expect(page).toHaveTitle("Not found · Signals");
});

test("a permalink page names no localhost address when SIGNALS_SITE_URL is not set", async ({ page }) => {
  test.skip(!!process.env.SIGNALS_SITE_URL, "the server was built with a site address");
  await page.goto(`/events/${event.id}`);
  for (const href of await page
    .locator('link[rel="canonical"]')
    .evaluateAll((ls) => ls.map((l) => l.getAttribute("href"))))
    expect(href).not.toMatch(/localhost/);
  for (const url of await page
    .locator('meta[property="og:url"]')
    .evaluateAll((ms) => ms.map((m) => m.getAttribute("content"))))
    expect(url).not.toMatch(/localhost/);
});

test("the sources follow the filters, link to each article's events and say what the data is as of", async ({
  page,
}) => {
  const shown = doc.events.filter((e) => e.type === type);
  const shownBy = new Map<string, number>();
  for (const e of shown)
    for (const id of new Set(e.sources.map((s) => s.article))) shownBy.set(id, (shownBy.get(id) ?? 0) + 1);
  await page.goto(`/?types=${type}`);
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${shown.length} of ${doc.events.length}`);
  const sources = page.getByTestId("sources");
  const listed = sources.locator("[data-article-id]");
  await expect(listed).toHaveCount(shownBy.size);
  for (const [id, n] of shownBy)
    await expect(sources.locator(`[data-article-id="${id}"]`)).toHaveAttribute("data-shown", String(n));
  await expect(sources.locator("[data-sources-summary]")).toContainText(`${shownBy.size} of ${doc.articles.length}`);
  await expect(page.getByTestId("data-as-of")).toHaveText(`data as of ${formatIso(newest, true)}`);

  const [article, n] = [...shownBy][0]!;
  const all = doc.events.filter((e) => e.sources.some((s) => s.article === article)).length;
  await sources
    .locator(`[data-article-id="${article}"]`)
    .getByRole("link", { name: new RegExp(`${n} of its ${all} event`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`sources=${article}`));
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${all} of ${doc.events.length}`);
});

test("an exported chart carries a title, the filters, a legend and a credit line", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "the chart exports are offered beside the timeline");
  await page.goto(`/?types=${type}`);
  await expect(page.getByTestId("event-count")).toContainText("Showing");
  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /timeline as SVG/ }).click(),
  ]);
  const svg = readFileSync((await svgDownload.path())!, "utf8");
  expect(svg).toContain("<title>Signals: peace-negotiation signals from the news</title>");
  expect(svg).toContain(`Filters: types: ${SIGNAL_STYLES[type].label}`);
  expect(svg).toContain("Dates shown:");
  expect(svg).toContain(`>${SIGNAL_STYLES[type].label}</text>`);
  expect(svg).toContain("hollow: scheduled or predicted");
  // The key to the bars drawn under marks of a month, season or year, and to open spans.
  const shown = doc.events.filter((e) => e.type === type && e.date.start);
  if (shown.some((e) => e.date.precision !== "day" && !e.date.open)) expect(svg).toContain("bar: date known to a span");
  if (shown.some((e) => e.date.open)) expect(svg).toContain("fading: open “since …” span");
  expect(svg).toContain(`data as of ${formatIso(newest, true)}`);
  expect(svg).toContain("Source: Signals,");

  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /timeline as PNG/ }).click(),
  ]);
  const png = readFileSync((await pngDownload.path())!);
  const file = path.join("test-results", "screenshots", testInfo.project.name, "export.png");
  await pngDownload.saveAs(file);
  // Twice the SVG's size, header and footer included.
  const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  const [sw, sh] = [/width="(\d+)"/, /height="(\d+)"/].map((re) => Number(re.exec(svg)![1]));
  expect([w, h]).toEqual([2 * sw!, 2 * sh!]);

  // Every label of the axis lies inside the picture: none is cut at an edge ("202").
  await page.setContent(svg);
  const outside = await page.evaluate(() => {
    const box = document.querySelector("svg")!.getBoundingClientRect();
    return [...document.querySelectorAll('text[text-anchor="middle"][font-size="11"]')]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
      })
      .map((t) => t.textContent);
  });
  expect(outside).toEqual([]);
});
