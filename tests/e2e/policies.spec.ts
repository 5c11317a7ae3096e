import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A compliance officer starts the acceptable-use policy from our template (an empty title is refused beside the
// field), addresses it to managers and auditors and submits it; legal approves and publishes it; the manager finds it
// under "To read" and acknowledges it; coverage goes from 0 of 2 to 1 of 2, naming the auditor as not yet read.
// Legal then links the policy as evidence of an obligation, which the policy's page shows under "Evidence for".
const TITLE = `Acceptable use of AI ${randomBytes(3).toString("hex")}`;

async function look(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, `policies-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `policies-${name}-390`);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function as(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, who.email, who.password);
  return page;
}

test("draft from a template, approve and publish, acknowledge: coverage rises", async ({ browser }) => {
  test.setTimeout(180_000);
  const officer = await as(browser, DEMO.compliance);
  await officer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Policies" }).click();
  await expect(officer.getByRole("heading", { name: "Policies", level: 1 })).toBeVisible();
  await look(officer, "list-empty");
  await officer.getByRole("button", { name: "Use this template (Acceptable use of AI)" }).click();
  await expect(officer).toHaveURL(/\/policies\/[^/]+\/edit$/);
  const policyUrl = officer.url().replace(/\/edit$/, "");

  await officer.getByLabel("Title").fill("");
  await officer.getByRole("button", { name: "Save draft" }).click();
  await expect(officer.getByText("Give the policy a title (at least 3 characters).")).toBeVisible();
  await officer.getByLabel("Title").fill(TITLE);
  await officer.getByLabel("Every member of the organisation").uncheck();
  await officer.getByLabel("Manager", { exact: true }).check();
  await officer.getByLabel("Auditor (read-only)").check();
  await expect(officer.getByLabel("Text of version 1")).toHaveValue(/What you must not do/);
  await officer.getByLabel("What changed in this version").fill("First version from the template");
  await look(officer, "edit");
  await officer.getByRole("button", { name: "Save draft" }).click();
  await expect(officer).toHaveURL(policyUrl);
  await expect(officer.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  await officer.getByRole("button", { name: "Submit for approval" }).click();
  await expect(officer.getByText("Waiting for approval by legal or an administrator.")).toBeVisible();
  await look(officer, "in-approval");

  const legal = await as(browser, DEMO.legal);
  await legal.goto("/policies");
  await expect(legal.getByRole("row", { name: new RegExp(TITLE) })).toContainText("In approval");
  await legal.getByRole("link", { name: TITLE }).click();
  await legal.getByRole("button", { name: "Approve version 1" }).click();
  await legal.getByRole("button", { name: "Publish version 1" }).click();
  await expect(legal.getByRole("heading", { name: "Version 1 (in force)" })).toBeVisible();
  await expect(legal.getByText("0 of 2 acknowledged").first()).toBeVisible();
  await look(legal, "published");

  const manager = await as(browser, DEMO.manager);
  await manager.goto("/policies?tab=to-read");
  const item = manager.getByRole("listitem").filter({ hasText: TITLE });
  await expect(item).toContainText("To read");
  await look(manager, "to-read");
  await item.getByRole("link", { name: TITLE }).click();
  await manager.getByRole("button", { name: "I have read and understood this policy" }).click();
  // The page re-renders with the acknowledgement, replacing the button (and the form's passing thank-you) for good.
  await expect(manager.getByText(/^You acknowledged version 1 on /)).toBeVisible();
  await manager.reload();
  await expect(manager.getByText(/You acknowledged version 1 on/)).toBeVisible();
  await look(manager, "acknowledged");

  await legal.reload();
  await expect(legal.getByText("1 of 2 acknowledged").first()).toBeVisible();
  await expect(legal.getByRole("heading", { name: "Not acknowledged yet (1)" })).toBeVisible();
  await legal.goto("/policies");
  await expect(legal.getByRole("row", { name: new RegExp(TITLE) })).toContainText("1 of 2 acknowledged");
  await look(legal, "list");

  const system = await createSystemViaApi(browser, {
    copyOf: "Retail credit scoring (ScoreOne)",
    name: uniqueName("Policy evidence"),
  });
  await legal.goto(`${system.path}/obligations`);
  // The first obligation: its evidence offers the published policy.
  await legal.getByText("Work on this obligation").first().click();
  await legal
    .getByLabel("Link a policy")
    .first()
    .selectOption({ label: `${TITLE} (version 1)` });
  await legal.getByRole("button", { name: "Link policy" }).first().click();
  await expect(legal.getByRole("link", { name: `${TITLE}, version 1` })).toBeVisible();
  await look(legal, "obligation-evidence");
  await legal.getByRole("link", { name: `${TITLE}, version 1` }).click();
  await expect(legal.getByText(/on 1 system:/)).toBeVisible();
  await expect(legal.getByRole("link", { name: system.name })).toBeVisible();
});
