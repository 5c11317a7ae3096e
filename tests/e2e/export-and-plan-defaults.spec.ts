import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { DEMO_PROFILES } from "../../prisma/seed/demo-profiles";
import { uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, fillSteadily, screenshot, signIn, signUp, uniqueEmail } from "./helpers";

const TALENT_RANK = "CV screening and ranking (TalentRank)";
// The demo's TalentRank intake, as the API takes it.
const CV_SCREENER = {
  intendedPurpose: "Analyse and filter job applications and rank candidates for recruiters.",
  businessUnit: "Human Resources",
  sourcing: "PROCURED",
  lifecycleStage: "IN_PRODUCTION",
  placedOnMarketAt: "2024-06-01",
  memberStates: ["DE"],
  outputUsedInEu: "yes",
  affectedPersons: ["JOB_APPLICANTS"],
  automationLevel: "HUMAN_IN_THE_LOOP",
  humanOversight: "Recruiters read every shortlisted CV.",
  dataCategories: ["PERSONAL"],
};

// Whoever presses Export wants the file: it downloads at once, and the sealed version is listed for later too.
test("exporting the portfolio report downloads the PDF straight away and lists the version", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager.email, DEMO.manager.password);
  await page.goto("/reports");
  const downloading = page.waitForEvent("download", { timeout: 90_000 });
  await page.getByRole("button", { name: "Export portfolio report" }).click();
  const download = await downloading;
  const n = Number(/^ai-portfolio-report-v(\d+)\.pdf$/.exec(download.suggestedFilename())?.[1]);
  expect(n, download.suggestedFilename()).toBeGreaterThan(0);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(page.getByRole("status").filter({ hasText: `Version ${n} exported and sealed` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Download portfolio report version ${n} (PDF)` })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "reports-exported");
});

// An organisation of its own, planning 45 days ahead: the demo organisation's 30 days are what other specs rely on.
test("the bulk plan offers today plus the organisation's lead time, and moves no date unless chosen", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUp(page, { name: "Lead", email: uniqueEmail("lead"), organizationName: `Lead days ${Date.now()}` });
  await page.goto("/settings");
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Obligation planning" }) });
  await fillSteadily(card.getByLabel("Days to plan for a duty that already applies"), "45");
  await card.getByRole("button", { name: "Save planning" }).click();
  await expect(card.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // A high-risk CV screener whose duties already apply, classified through the API with the demo's answers.
  await page.getByLabel("Token name").fill(uniqueName("lead days"));
  await page.getByRole("checkbox", { name: /^systems:write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("api-token").textContent())?.trim();
  const headers = { Authorization: `Bearer ${token}` };
  const created = await page.request.post("/api/v1/systems", {
    headers,
    data: { ...CV_SCREENER, name: uniqueName("CV") },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const answers = DEMO_PROFILES[TALENT_RANK];
  const run = await page.request.post(`/api/v1/systems/${id}/classifications`, { headers, data: { answers } });
  expect(run.status(), await run.text()).toBe(201);

  await page.goto(`/systems/${id}/obligations`);
  const plan = page.getByRole("form", { name: "Plan several obligations" });
  const due = plan.getByLabel("Due date", { exact: true });
  const today = new Date().toISOString().slice(0, 10);
  const expected = new Date(Date.parse(`${today}T00:00:00Z`) + 45 * 86_400_000).toISOString().slice(0, 10);
  // Empty at first: choosing owners alone keeps every duty's planned date.
  await expect(due).toHaveValue("");
  await plan.getByRole("button", { name: /^Use .* \(today \+ 45 days\)$/ }).click();
  await expect(due).toHaveValue(expected);
  await expectAccessible(page);
  await screenshot(page, "bulk-plan-default");
});
