import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Incidents and monitoring plans are recorded on a copy of the seeded ScoreOne (high-risk, built in-house) that
// only this test uses.
const SCORE_ONE = "Retail credit scoring (ScoreOne)";

test("a compliance officer records a death, sees the 10-day clock, downloads the report and files the initial report", async ({
  page,
  browser,
}) => {
  const system = await createSystemViaApi(browser, { copyOf: SCORE_ONE, name: uniqueName("Credit scoring incident") });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/incidents");
  await expect(page.getByRole("heading", { name: "Incidents", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Record an incident" }).click();
  await page.getByLabel("AI system name").fill(system.name);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: `Choose ${system.name}` }).click();
  await expect(page.getByRole("heading", { name: "2. What happened?" })).toBeVisible();
  await expectAccessible(page);

  // Submitting empty keeps the form and says what is missing next to the field.
  await page.getByRole("button", { name: "Record incident" }).click();
  await expect(page.getByText("Give the incident a short title (at least 3 characters).").first()).toBeVisible();

  const title = `Patient harmed after score ${Date.now()}`;
  const awareAt = new Date(Date.now() - 3_600_000).toISOString().slice(0, 16);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Harm category (Art 3(49))").selectOption("DEATH");
  await page.getByLabel("Became aware (UTC)").fill(awareAt);
  await page.getByLabel("What happened").fill("A declined applicant's treatment loan was delayed; the applicant died.");
  await screenshot(page, "incidents-new");
  await page.getByRole("button", { name: "Record incident" }).click();

  await expect(page).toHaveURL(/\/incidents\/[^/]+$/);
  const clock = page.getByRole("region", { name: /Report due in 9 days \(by .* UTC\)/ });
  await expect(clock).toBeVisible();
  await expect(clock).toContainText("10 days after becoming aware (Art 73)");
  await expect(clock).toContainText(/Complete report:\s*outstanding/);
  await screenshot(page, "incidents-detail");
  await expectAccessible(page);
  const incidentUrl = page.url();

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download report (PDF)" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^INC-\d{4}-serious-incident-report\.pdf$/);
  expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe("%PDF-");

  // The dashboard lists the running clock.
  await page.goto("/dashboard");
  const card = page.locator("[data-card=incident-clocks]");
  await expect(card.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await expect(card).toContainText("Report due in 9 days");

  await page.goto(incidentUrl);
  await page.getByRole("button", { name: "Record the initial report" }).click();
  await expect(page.getByRole("region", { name: "Initial report filed on time" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Record the complete report" })).toBeVisible();
});

test("the Monitoring tab of a high-risk system shows the plan editor and saves a plan", async ({ page, browser }) => {
  const system = await createSystemViaApi(browser, { copyOf: SCORE_ONE, name: uniqueName("Credit scoring plan") });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto(system.path);
  await page.getByRole("link", { name: "Monitoring", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Post-market monitoring plan" })).toBeVisible();
  const plan = page.getByRole("form", { name: "Post-market monitoring plan" });
  await plan.getByLabel("What is monitored").fill("Score drift against the training population");
  await plan.getByLabel("Method and data").fill("PSI per week on production scores");
  await plan.getByLabel("How often").fill("Weekly");
  await plan.getByLabel("Threshold for action").fill("PSI above 0.2");
  await plan.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByText(/^Saved at /)).toBeVisible();
  await page.reload();
  // The system is this test's own, so its first plan is version 1.
  await expect(page.getByText(/^Version 1, last saved/)).toBeVisible();
  await expect(plan.getByLabel("What is monitored")).toHaveValue("Score drift against the training population");
  await screenshot(page, "incidents-monitoring");
  await expectAccessible(page);
});
