import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A compliance officer starts the human-oversight policy from our template and submits it: legal is told in the app.
// Legal approves and publishes it; its text shows as headings and lists. Legal links it to ISO/IEC 42001 A.2.2 from the
// policy's page, opens the control on the standards page and finds the policy listed there as evidence (beside, not
// inside, the coverage figure), then downloads the version in force as a PDF.
const TITLE = `Human oversight ${randomBytes(3).toString("hex")}`;

async function look(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, `policy-controls-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `policy-controls-${name}-390`);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  page.on("dialog", (dialog) => void dialog.accept()); // "Publish version 1?" asks first
  await signIn(page, who.email, who.password);
  return page;
}

test("a published policy linked to a standards control, listed under the control, and as a PDF", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const officer = await as(browser, DEMO.compliance);
  await officer.goto("/policies");
  await officer.getByRole("button", { name: "Use this template (Human oversight of AI systems)" }).click();
  await expect(officer).toHaveURL(/\/policies\/[^/]+\/edit$/);
  const policyUrl = officer.url().replace(/\/edit$/, "");
  await officer.getByLabel("Title").fill(TITLE);
  await expect(officer.getByText(/Markdown: "## " starts a heading/)).toBeVisible();
  await officer.getByRole("button", { name: "Save draft" }).click();
  await expect(officer).toHaveURL(policyUrl);
  await officer.getByRole("button", { name: "Submit for approval" }).click();
  await expect(officer.getByText("Waiting for approval by legal or an administrator.")).toBeVisible();

  const legal = await as(browser, DEMO.legal);
  await legal.goto("/notifications");
  await expect(legal.getByText(`Policy to approve: ${TITLE} (version 1)`).first()).toBeVisible();
  await legal.goto(policyUrl);
  await legal.getByRole("button", { name: "Approve version 1" }).click();
  await legal.getByRole("button", { name: "Publish version 1" }).click();
  await expect(legal.getByRole("heading", { name: "Version 1 (in force)" })).toBeVisible();
  const inForce = legal.getByRole("region", { name: /Version 1 \(in force\): text/ });
  await expect(inForce.getByRole("heading", { name: "2. Named overseers" })).toBeVisible();
  await expect(inForce.getByRole("listitem").filter({ hasText: "Stop the system safely." })).toBeVisible();
  await expect(inForce).not.toContainText("##");

  await expect(legal.getByText("Not linked to any control yet.")).toBeVisible();
  await expect(legal.getByRole("button", { name: "Link control" })).toBeDisabled();
  await legal.getByLabel("Link to a control").selectOption({ label: "A.2.2 Have a documented AI policy" });
  await legal.getByRole("button", { name: "Link control" }).click();
  const link = legal.getByRole("link", { name: /A\.2\.2\s+Have a documented AI policy/ });
  await expect(link).toBeVisible();
  await look(legal, "policy");

  const pdf = await legal.request.get(`${policyUrl}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await link.click();
  await expect(legal).toHaveURL(/\/standards\/iso-42001\?control=A\.2\.2/);
  await expect(legal.getByRole("heading", { name: "Policies linked to this control" })).toBeVisible();
  await expect(legal.getByText(/they do not change the control's coverage/)).toBeVisible();
  await expect(legal.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(legal.getByText("version 1 in force").first()).toBeVisible();
  await look(legal, "control");

  // Leave the shared demo's control as it was: unlink from the policy's page.
  await legal.getByRole("link", { name: TITLE }).click();
  await legal.getByRole("button", { name: "Unlink A.2.2" }).click();
  await expect(legal.getByText("Not linked to any control yet.")).toBeVisible();
});
