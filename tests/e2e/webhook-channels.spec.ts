import { expect, test } from "@playwright/test";
import { one } from "../helpers/expect-defined";
import { startWebhookReceiver } from "../helpers/webhook-receiver";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// The e2e server runs with ALLOW_PRIVATE_URLS=true, so the app reaches these receivers on 127.0.0.1.
test("an administrator tries a Teams channel before saving it, sees the receiver's answer, and adds it", async ({
  page,
}) => {
  const teams = await startWebhookReceiver(() => 202);
  const broken = await startWebhookReceiver(() => 404);
  try {
    await signIn(page, DEMO.admin.email, DEMO.admin.password);
    await page.goto("/settings/webhooks");
    await page.getByRole("radio", { name: /Microsoft Teams/ }).check();
    await page.getByRole("button", { name: "Send a test message" }).click();
    // Nothing typed yet: the error is next to the field, and nothing was sent.
    await expect(page.getByText("Enter the URL that should receive the events.")).toBeVisible();

    // Leaving the field re-checks it and takes the error away, which moves the buttons up: done before clicking.
    await page.getByLabel("Endpoint URL").fill(broken.url);
    await page.getByLabel("Endpoint URL").press("Tab");
    await page.getByRole("button", { name: "Send a test message" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "The receiver refused the test message (HTTP 404)" }),
    ).toBeVisible();

    await page.getByLabel("Endpoint URL").fill(teams.url);
    await page.getByRole("button", { name: "Send a test message" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "The receiver accepted the test message (HTTP 202)" }),
    ).toBeVisible();
    const card = JSON.parse(one(teams.received, 0, "test message").body);
    expect(card).toMatchObject({
      type: "message",
      attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", content: { version: "1.4" } }],
    });
    await expectAccessible(page);
    await screenshot(page, "webhook-channels-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "webhook-channels-390");
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByLabel("Description (optional)").fill("#ai-incidents in Teams");
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByTestId("webhook-secret")).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: teams.url });
    // The format's badge (the format's select below lists every format too).
    const badge = (format: string) => item.locator("span", { hasText: new RegExp(`^${format}$`) });
    await expect(badge("Microsoft Teams")).toBeVisible();
    await expectAccessible(page);

    // Added in the wrong format: changed in place, keeping the endpoint (its secret and deliveries).
    await item.getByLabel("Format", { exact: true }).selectOption("SLACK");
    await item.getByRole("button", { name: "Change format of #ai-incidents in Teams" }).click();
    await expect(item.getByRole("status")).toHaveText("Now sent as Slack.");
    await expect(badge("Slack")).toBeVisible();
    await expect(item.getByLabel("Format", { exact: true })).toHaveValue("SLACK");
    await expectAccessible(page);
    await screenshot(page, "webhook-format-1280");
    await page.setViewportSize({ width: 390, height: 844 });
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, "webhook-format-390");
  } finally {
    await Promise.all([teams.stop(), broken.stop()]);
  }
});
