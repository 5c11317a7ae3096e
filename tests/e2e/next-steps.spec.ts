import { expect, test } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

const TALENT_RANK = "CV screening and ranking (TalentRank)";
const COMPLIANCE_NAME = "Ştefan Popescu";

// After a stored result the officer is led on: owners and due dates for all the new duties at once, then evidence.
test("after a classification, the officer plans every new obligation in one go", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const system = await createSystemViaApi(browser, { copyOf: TALENT_RANK, name: uniqueName("Next steps") });
  await page.goto(`${system.path}/classification`);
  const next = page.getByRole("region", { name: "Next steps" });
  await expect(next).toContainText(/without an owner/);
  await expectAccessible(page);
  await screenshot(page, "next-steps-result");

  await next.getByRole("link", { name: "Assign owners and due dates" }).click();
  const plan = page.getByRole("form", { name: "Plan several obligations" });
  await expect(plan).toBeVisible();
  await expect(plan.getByRole("group", { name: /Obligations \(\d+ chosen\)/ })).toBeVisible();
  await expectAccessible(page);
  // Nothing chosen: the reason shows next to the list, and nothing is sent.
  await plan.getByRole("button", { name: "Clear" }).click();
  await plan.getByLabel("Owner", { exact: true }).selectOption({ label: COMPLIANCE_NAME });
  await plan.getByRole("button", { name: /^Apply to/ }).click();
  await expect(plan.getByText("Choose at least one obligation.")).toBeVisible();

  await plan.getByRole("button", { name: /^Choose unassigned/ }).click();
  await plan.getByLabel("Due date", { exact: true }).fill("2027-06-30");
  await screenshot(page, "next-steps-plan");
  await plan.getByRole("button", { name: /^Apply to \d+ obligations?$/ }).click();
  await expect(plan.getByRole("status")).toContainText(/^\d+ obligations? updated\.$/);

  await page.goto(`${system.path}/classification`);
  await expect(next).toContainText("Every open obligation has an owner and a due date.");
  await expect(next.getByRole("link", { name: "Go to evidence" })).toBeVisible();
});
