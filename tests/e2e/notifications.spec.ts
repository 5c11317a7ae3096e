import { expect, test, type Page } from "@playwright/test";
import { verifyWebhookSignature } from "../../lib/net/signature";
import { one } from "../helpers/expect-defined";
import { startWebhookReceiver } from "../helpers/webhook-receiver";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// The demo seed leaves "Employee performance analytics" awaiting legal review; the job runner sends reminders once
// at server start, so legal finds a review reminder shortly after start (reloads until it arrives).
async function reloadUntilVisible(page: Page, text: RegExp) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(text).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
}

test("legal chooses reminder channels and works the notifications list", async ({ page }) => {
  await signIn(page, DEMO.legal.email, DEMO.legal.password);
  await page.goto("/settings/notifications");
  await expect(page.getByRole("heading", { name: "My notifications" })).toBeVisible();
  await expectAccessible(page);
  const reviewMail = page.getByRole("checkbox", { name: "Classifications awaiting review or answers: e-mail" });
  const overdueMail = page.getByRole("checkbox", { name: "Overdue obligations: e-mail" });
  await expect(reviewMail).not.toBeChecked();
  await expect(overdueMail).toBeChecked();
  // A request for review and legal's reply are addressed to a person: e-mailed unless they switch it off.
  await expect(page.getByRole("checkbox", { name: "Requests for legal review: e-mail" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Replies to your review requests: e-mail" })).toBeChecked();
  await reviewMail.check();
  await overdueMail.uncheck();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Your notification settings are saved.")).toBeVisible();
  await page.reload();
  await expect(reviewMail).toBeChecked();
  await expect(overdueMail).not.toBeChecked();
  await screenshot(page, "notifications-prefs");

  await page.getByRole("link", { name: /^Notifications/ }).click();
  await expect(page).toHaveURL(/:\d+\/notifications$/);
  await reloadUntilVisible(page, /classifications? awaits? legal review/);
  const unreadBadge = page.getByRole("navigation", { name: "Main" }).getByText(/^\d+ unread$/);
  await expectAccessible(page);
  // With the badge showing, the signed-in shell still fits a phone: its hidden " unread" text once widened every page.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, "notifications-list");

  // One review digest per reviewer per day: a run that crosses midnight UTC also gets the new day's digest from the
  // 00:05 reminder run, so the test works whichever unread digest comes first and counts rather than assumes one.
  const digests = page.getByRole("listitem").filter({ hasText: /awaits? legal review/ });
  const markRead = page.getByRole("button", { name: /Mark read/ });
  const unreadDigests = digests.filter({ has: markRead });
  const readDigests = digests.filter({ hasNot: markRead });
  const unreadDigestsBefore = await unreadDigests.count();
  const unreadBefore = parseInt((await unreadBadge.textContent())!, 10);
  await unreadDigests
    .first()
    .getByRole("button", { name: /Mark read/ })
    .click();
  await expect(unreadDigests).toHaveCount(unreadDigestsBefore - 1);
  await expect(readDigests.first().getByText("Unread", { exact: true })).toHaveCount(0);
  // The count in the navigation goes down with it (and disappears at zero).
  if (unreadBefore === 1) await expect(unreadBadge).toHaveCount(0);
  else await expect(unreadBadge).toHaveText(`${unreadBefore - 1} unread`);
  await readDigests
    .first()
    .getByRole("link", { name: /awaits? legal review/ })
    .click();
  await expect(page).toHaveURL(/\/systems\?disposition=REQUIRES_REVIEW/);
  await expect(page.getByRole("link", { name: "Employee performance analytics", exact: true })).toBeVisible();
});

test("an administrator adds a webhook, sees its secret once, and a test event arrives signed", async ({ page }) => {
  const receiver = await startWebhookReceiver();
  try {
    await signIn(page, DEMO.admin.email, DEMO.admin.password);
    await page.goto("/settings/webhooks");
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Endpoint URL").fill("not a url");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByText("Enter a full URL starting with https://")).toBeVisible();
    await page.getByLabel("Endpoint URL").fill(receiver.url);
    await page.getByLabel("Description (optional)").fill("GRC tool");
    await page.getByRole("button", { name: "Add webhook" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())!;
    expect(secret).toMatch(/^whsec_/);
    await expect(page.getByText(receiver.url)).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Send test event to GRC tool" }).click();
    await expect(page.getByText("Test event queued")).toBeVisible();
    await reloadUntilVisible(page, /^Delivered$/);
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
    await screenshot(page, "notifications-webhooks");

    expect(receiver.received).toHaveLength(1);
    const { headers, body } = one(receiver.received, 0, "received webhook");
    expect(headers["x-actlas-event"]).toBe("webhook.test");
    expect(
      verifyWebhookSignature(
        secret,
        String(headers["x-actlas-timestamp"]),
        body,
        String(headers["x-actlas-signature"]),
      ),
    ).toBe(true);
  } finally {
    await receiver.stop();
  }
});
