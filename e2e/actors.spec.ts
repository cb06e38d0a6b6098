import { expect, test } from "@playwright/test";
import { readEvents } from "../lib/corpus/readEvents";
import { snap } from "./screenshot";

const doc = readEvents();
const putin = doc.actors.find((a) => a.id === "putin")!;
const putinEvents = doc.events.filter((e) => e.actors.some((a) => a.id === "putin"));

test("an actor page says who they are, their events, positions, counterparts and quoting sources", async ({
  page,
}, testInfo) => {
  const response = await page.goto("/actors/putin");
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: putin.name })).toBeVisible();
  await expect(page.locator('[data-detail="Role"]')).toHaveText(putin.role!);
  await expect(page.locator('[data-detail="Country"]')).toHaveText("RUS");
  for (const alias of putin.aliases)
    await expect(page.locator('[data-detail="Names seen in the corpus"]')).toContainText(alias);
  await expect(page.getByRole("heading", { level: 2, name: `Events (${putinEvents.length})` })).toBeVisible();
  await expect(page.locator("[data-actor-event]")).toHaveCount(Math.min(40, putinEvents.length));
  await expect(page.getByRole("img", { name: /dated events from/ })).toBeVisible();
  const territory = page.locator('[data-actor-topic="territory"]');
  await expect(territory.locator('[data-entry="freeze-at-front-line"]').first()).toBeVisible();
  await expect(page.locator("[data-counterpart]").first()).toBeVisible();
  await expect(page.locator("[data-quoting-article]").first()).toBeVisible();
  await snap(page, testInfo, "actor-putin");
});

test("an actor page's links lead to counterparts, events and the position history", async ({ page }) => {
  await page.goto("/actors/putin");
  const counterpart = page.locator("[data-counterpart]").first();
  const other = await counterpart.getAttribute("data-counterpart");
  await counterpart.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/actors/${other}$`));
  await page.goBack();
  const eventLink = page.locator("[data-actor-event] a").first();
  const href = await eventLink.getAttribute("href");
  await eventLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goto("/actors/putin");
  await page
    .locator('[data-actor-topic="legitimacy"]')
    .getByRole("link", { name: /history in the matrix/ })
    .click();
  await expect(page.getByRole("dialog", { name: /Vladimir Putin · Legitimacy/ })).toBeVisible();
});

test("an unknown actor id is a 404", async ({ page }) => {
  const response = await page.goto("/actors/no-such-actor");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
