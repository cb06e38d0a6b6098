import { expect, test } from "@playwright/test";
import { matrixAsOf } from "../lib/positions/history";
import { positionsIndex } from "../lib/positions/pageData";
import { dayToIso, formatIso, isoToDay } from "../lib/view/dates";
import { doc } from "./corpus";
import { snap } from "./screenshot";

// Events and stances are picked from the event list the server was built from, by what they
// are (undated, known to a year, anonymous), never by id.
const published = new Map(doc.articles.map((a) => [a.id, a.published]));
const undated = doc.events.find((e) => e.date.basis === "publication");
const DAY_LABEL = /^\d{1,2} [A-Z][a-z]{2} \d{4}$/;

test("an event the text gives no date for says so, and quotes nothing", async ({ page }, testInfo) => {
  test.skip(!undated, "the event list has no undated events");
  const reported = undated!.sources
    .map((s) => published.get(s.article))
    .filter((d): d is string => !!d)
    .sort()[0]!;
  await page.goto(`/?event=${undated!.id}`);
  const panel = page.getByTestId("event-detail");
  const when = panel.locator("[data-date-when]");
  await expect(when).toHaveText(`reported ${formatIso(reported)}; the text gives no date`);
  await expect(panel).not.toContainText("exact day");
  await expect(panel.locator("[data-date-as-written]")).toHaveCount(0);
  await expect(panel).not.toContainText("“”");
  await expect(panel).not.toContainText(undated!.date.text || "no note at all");
  if (testInfo.project.name === "desktop") {
    await page.goto(`/?view=table`);
    const row = page.locator(`tr[data-event-id="${undated!.id}"]`);
    await expect(row).toContainText(`reported ${formatIso(reported)}`);
    await expect(row).toContainText("the text gives no date");
    await expect(row).not.toContainText("“");
  }
});

// A stance whose date is known only to a year, a season or a month (a year if there is one).
const index = positionsIndex(doc);
const coarse = Object.entries(index.history.cells)
  .flatMap(([key, entries]) => entries.map((entry) => ({ key, entry })))
  .filter(
    ({ entry }) =>
      !DAY_LABEL.test(entry.firstLabel) &&
      /^(\d{4}|[A-Z][a-z]+ \d{4}|[A-Z][a-z]{2}–[A-Z][a-z]{2} \d{4})$/.test(entry.firstLabel),
  )
  .sort((a, b) => Number(/^\d{4}$/.test(b.entry.firstLabel)) - Number(/^\d{4}$/.test(a.entry.firstLabel)))[0];

// The cell's date line begins with this label ("2024 · 2 src"; "reported 24 May 2024" does not begin with "2024").
const startsWith = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ·`);

test("the matrix shows a stance at its precision, and counts it only once its whole span has begun", async ({
  page,
}, testInfo) => {
  test.skip(!coarse, "no stance is dated to a year, season or month");
  const { key, entry } = coarse!;
  const [actor, topic] = key.split(":") as [string, string];
  // What the matrix used to show: the first day of the span, as if it were the day.
  const firstDay = formatIso(doc.events.find((e) => e.id === entry.evidence[0]!.event)!.date.start!);
  const cell = page.locator(`[data-cell="${key}"]`);
  const asOf = (day: string) => matrixAsOf(index.history.cells, day, { keys: [key] }).get(key);

  // The last day of its span: the stance counts, in its own words ("2022", not "1 Jan 2022").
  await page.goto(`/positions?actors=${actor}&topics=${topic}&asof=${entry.firstDate}`);
  const expected = asOf(entry.firstDate)!;
  await expect(cell).toHaveAttribute("data-stance-id", expected.stanceId ?? "");
  const cellDate = cell.locator("[data-cell-date]");
  await expect(cellDate).toHaveText(startsWith(expected.dateLabel));
  await expect(cell).toHaveAttribute("aria-label", new RegExp(expected.sinceLabel));
  await expect(cell).not.toContainText(firstDay);
  await snap(page, testInfo, "matrix-coarse-stance");
  await cell.click();
  const history = page.locator("[data-history-panel]");
  await expect(history.getByText(entry.firstLabel, { exact: false }).first()).toBeVisible();
  await expect(history).not.toContainText(firstDay);

  // The day before, its span has not wholly begun: the matrix shows what it knew then.
  const before = dayToIso(isoToDay(entry.firstDate) - 1);
  await page.goto(`/positions?actors=${actor}&topics=${topic}&asof=${before}`);
  await expect(page.locator("[data-positions-view]")).toBeVisible();
  const earlier = asOf(before);
  if (earlier) {
    await expect(cell).toHaveAttribute("data-stance-id", earlier.stanceId ?? "");
    await expect(cellDate).toHaveText(startsWith(earlier.dateLabel));
    await expect(cellDate).not.toHaveText(startsWith(entry.firstLabel));
  } else await expect(cell).toHaveCount(0);
});

const mixed =
  doc.events.find(
    (e) => e.sources.some((s) => s.attribution === "on-record") && e.sources.some((s) => s.attribution !== "on-record"),
  ) ?? null;
// Preferably one whose extraction linked a speaker to a source off the record.
const notOnRecord =
  doc.events.find((e) => e.sources.some((s) => s.attribution !== "on-record" && s.speaker)) ??
  doc.events.find((e) => e.sources.some((s) => s.attribution !== "on-record"));

test("“On record only” lists only events with an on-record source, and shows only those sources", async ({
  page,
}, testInfo) => {
  const expected = doc.events.filter((e) => e.sources.some((s) => s.attribution === "on-record"));
  await page.goto("/?attribution=on-record");
  await expect(page.getByTestId("event-count")).toContainText(`Showing ${expected.length} of ${doc.events.length}`);
  if (testInfo.project.name === "desktop") {
    await page.goto("/?attribution=on-record&view=table");
    const rows = page.locator("tbody tr[data-event-id]");
    await expect(rows).toHaveCount(Math.min(100, expected.length));
    const allowed = new Set(expected.map((e) => e.id));
    for (const id of await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute("data-event-id")!)))
      expect(allowed.has(id), `${id} has an on-record source`).toBe(true);
  }
  test.skip(!mixed, "no event has both on-record and other sources");
  await page.goto(`/?attribution=on-record&event=${mixed!.id}`);
  const panel = page.getByTestId("event-detail");
  await expect(panel.locator("blockquote").first()).toBeVisible();
  const kinds = await panel
    .locator("[data-attribution]")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-attribution")));
  expect(kinds.every((k) => k === "on-record")).toBe(true);
  const hidden = mixed!.sources.filter((s) => s.attribution !== "on-record").length;
  await expect(panel.locator(`[data-hidden-sources="${hidden}"]`)).toContainText("not on record");
});

test("a claim not on the record never names the person it is about as its speaker", async ({ page }) => {
  test.skip(!notOnRecord, "every source is on the record");
  await page.goto(`/?event=${notOnRecord!.id}`);
  const panel = page.getByTestId("event-detail");
  await expect(panel.locator("blockquote").first()).toBeVisible();
  const names = new Map(doc.actors.map((a) => [a.id, a.name]));
  const labels = panel.locator("[data-attribution]");
  for (const [i, source] of notOnRecord!.sources.entries()) {
    const label = labels.nth(i);
    await expect(label).toHaveAttribute("data-attribution", source.attribution);
    if (source.attribution === "anonymous") {
      await expect(label).toContainText("Anonymous sources");
      await expect(label).toContainText("◌");
      await expect(label.locator("[data-speaker]")).toHaveCount(0);
      const about = source.speaker ? names.get(source.speaker) : undefined;
      if (about && !(source.attributionText ?? "").includes(about)) await expect(label).not.toContainText(about);
    }
    if (source.attribution === "outlet") {
      await expect(label).toContainText("The outlet's own reporting");
      await expect(label.locator("[data-speaker]")).toHaveCount(0);
    }
    if (source.attribution === "on-record" && source.speaker)
      await expect(label.locator("[data-speaker]")).toHaveText(names.get(source.speaker)!);
  }
});

// Unnamed sources, officials or interlocutors, in the phrase a source is attributed with or as the
// subject that opens its sentence ("Three sources familiar with …", "according to two officials").
const UNNAMED_PHRASE = /\b(sources|officials|interlocutors|insiders|people familiar|familiar with|a source)\b/i;
const UNNAMED_LEAD =
  /^(?:in addition, |but |and )?(?:(?:two|three|four|five|several|some|many|multiple|unnamed|anonymous|senior|former|western|american|u\.s\.|us|russian|ukrainian|european|kremlin|the|a number of) ){0,4}(?:sources|officials|interlocutors|insiders)\b/i;

test("no source on the record rests on unnamed sources, officials or interlocutors", async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "a check of the event list, once is enough");
  const wrong = doc.events.flatMap((e) =>
    e.sources
      .filter(
        (s) =>
          s.attribution === "on-record" &&
          (UNNAMED_PHRASE.test(s.attributionText ?? "") || UNNAMED_LEAD.test(s.sentence)),
      )
      .map((s) => `${e.id}: “${s.attributionText ?? ""}” in “${s.sentence.slice(0, 80)}…”`),
  );
  expect(wrong).toEqual([]);
});
