import { expect, test } from "@playwright/test";
import { DEMO, DEMO_COUNT_LINE, expectAccessible, signIn } from "./helpers";

test("the demo organisation's inventory lists, searches, sorts and pages its systems", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await expect(page.getByText(DEMO_COUNT_LINE)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Next", exact: true }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/^\d+ systems · page 2 of 2$/)).toBeVisible();
  await page.goBack();
  await expect(page.getByText(DEMO_COUNT_LINE)).toBeVisible();

  await page.getByRole("searchbox", { name: "Search" }).fill("fraud");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=fraud/);
  await expect(page.getByText(/^3 systems · page 1 of 1$/)).toBeVisible();
  await page.getByRole("link", { name: "Name", exact: true }).click();
  await expect(page).toHaveURL(/sort=-name/);
  // The first column holds the selection boxes; the name is the row's link.
  const names = await page.locator("tbody tr").getByRole("link").allTextContents();
  expect(names).toEqual([...names].sort().reverse());
});

test("a system page shows the intake data and an honest classification state", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems?q=TalentRank");
  await page.getByRole("link", { name: "CV screening and ranking (TalentRank)" }).click();
  await expect(page.getByText("Analyse and filter job applications and rank candidates for recruiters.")).toBeVisible();
  await expect(page.getByText("Job applicants", { exact: true })).toBeVisible();
  await expectAccessible(page);
  // These sections are built by other parts of the product now; from here it is enough that each opens.
  for (const name of ["Dashboard", "Obligations", "Reports"]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);
  }
});

test("selected systems are re-screened in bulk; never-classified ones are skipped with a reason", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems?q=ScoreOne");
  await page.getByRole("checkbox", { name: "Select Retail credit scoring (ScoreOne)" }).check();
  await page.getByRole("button", { name: "Re-screen" }).click();
  await expect(page.getByText(/^Re-screened 1 system; no tier changed\.$/)).toBeVisible();
  await page.goto("/systems?disposition=UNCLASSIFIED");
  const first = (await page.locator("tbody tr td a").first().textContent())!;
  await page.getByRole("checkbox", { name: `Select ${first}` }).check();
  await page.getByRole("button", { name: "Re-screen" }).click();
  await expect(page.getByText(/Re-screened 0 systems; no tier changed\. 1 never classified was skipped/)).toBeVisible();
  await expectAccessible(page);
});
