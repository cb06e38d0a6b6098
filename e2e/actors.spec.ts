import { expect, test } from "@playwright/test";
import { actorProfile, positionsIndex } from "../lib/positions/pageData";
import { doc } from "./corpus";
import { snap } from "./screenshot";

// The actor with the most claimed positions, and what the data says about them.
const actor = positionsIndex(doc).actors.get(positionsIndex(doc).rows[0]!.id)!;
const actorEvents = doc.events.filter((e) => e.actors.some((a) => a.id === actor.id));
const profile = actorProfile(doc, actor.id)!;
const topic = profile.positions[0]!;

test("an actor page says who they are, their events, positions, counterparts and quoting sources", async ({
  page,
}, testInfo) => {
  const response = await page.goto(`/actors/${actor.id}`);
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: actor.name })).toBeVisible();
  await expect(page.locator('[data-detail="Role"]')).toHaveText(actor.role ?? "—");
  await expect(page.locator('[data-detail="Country"]')).toHaveText(actor.country ?? "—");
  for (const alias of actor.aliases)
    await expect(page.locator('[data-detail="Names seen in the corpus"]')).toContainText(alias);
  await expect(page.getByRole("heading", { level: 2, name: `Events (${actorEvents.length})` })).toBeVisible();
  await expect(page.locator("[data-actor-event]")).toHaveCount(Math.min(40, actorEvents.length));
  await expect(page.getByRole("img", { name: /dated events from/ })).toBeVisible();
  const first = page.locator(`[data-actor-topic="${topic.topic.id}"]`);
  await expect(first.locator(`[data-entry="${topic.entries[0]!.stanceId ?? "clause"}"]`).first()).toBeVisible();
  await expect(first.locator("[data-entry]").first()).toContainText(topic.entries[0]!.firstLabel);
  await expect(page.locator("[data-counterpart]").first()).toBeVisible();
  if (profile.quotedIn.length) await expect(page.locator("[data-quoting-article]").first()).toBeVisible();
  else await expect(page.getByText(`No article quotes ${actor.name} on record.`)).toBeVisible();
  await snap(page, testInfo, "actor-page");
});

test("an actor page's links lead to counterparts, events and the position history", async ({ page }) => {
  await page.goto(`/actors/${actor.id}`);
  const counterpart = page.locator("[data-counterpart]").first();
  const other = await counterpart.getAttribute("data-counterpart");
  await counterpart.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/actors/${other}$`));
  await page.goBack();
  const eventLink = page.locator("[data-actor-event] a").first();
  const href = await eventLink.getAttribute("href");
  await eventLink.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await page.goto(`/actors/${actor.id}`);
  await page
    .locator(`[data-actor-topic="${topic.topic.id}"]`)
    .getByRole("link", { name: /history in the matrix/ })
    .click();
  await expect(page.getByRole("dialog", { name: `${actor.name} · ${topic.topic.label}` })).toBeVisible();
});

test("an unknown actor id is a 404", async ({ page }) => {
  const response = await page.goto("/actors/no-such-actor");
  expect(response!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
