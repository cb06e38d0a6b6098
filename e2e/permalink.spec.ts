import { expect, test } from "@playwright/test";
import { readEvents } from "../lib/corpus/readEvents";
import { snap } from "./screenshot";

const doc = readEvents();
const event = doc.events.find((e) => e.date.start !== null && e.sources.length > 0)!;
const aliased = doc.events.find((e) => e.aliases.length > 0);

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an event's permalink page is readable and previews well when shared", async ({ page }, testInfo) => {
    const response = await page.goto(`/events/${event.id}`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: event.summary })).toBeVisible();
    await expect(page.locator("blockquote").first()).toHaveText(event.sources[0]!.sentence);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", event.summary);
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /\w/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
    await expect(page.locator('meta[name="twitter:title"]')).toHaveAttribute("content", event.summary);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute(
      "content",
      new RegExp(`^${event.date.start}`),
    );
    await snap(page, testInfo, "permalink");
  });
});

test("an alias id redirects to the canonical event", async ({ page }) => {
  test.skip(!aliased, "the event list has no merged events with aliases");
  await page.goto(`/events/${aliased!.aliases[0]}`);
  await expect(page).toHaveURL(new RegExp(`/events/${aliased!.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: aliased!.summary })).toBeVisible();
});

test("an unknown event id is a 404 page with a way back", async ({ page }, testInfo) => {
  const response = await page.goto("/events/no-such-event-id");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await snap(page, testInfo, "permalink-404");
  await page.getByRole("link", { name: "Back to the timeline" }).click();
  await expect(page.getByTestId("dashboard")).toBeVisible();
});

test("the permalink page copies its own link and leads back to the event on the timeline", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/events/${event.id}`);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(`/events/${event.id}`);
  await page.getByRole("link", { name: /Show on the timeline/ }).click();
  await expect(page.getByTestId("event-detail").getByRole("heading", { name: event.summary })).toBeVisible();
});
