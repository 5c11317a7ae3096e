import { expect, test, type Page } from "@playwright/test";
import {
  chooseBusinessUnit,
  createSystemThroughIntake,
  CV_SCREENING,
  fillIntake,
  uniqueName,
} from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

async function shot(page: Page, name: string) {
  await screenshot(page, `intake-${name}`);
}

// The CV-screening intake, in two markets, with a model version and a dataset, so every kind of field is typed.
const cvScreening = (name: string) => ({
  ...CV_SCREENING,
  name,
  memberStates: ["Germany", "France"],
  model: { name: "cv-ranker", registryName: "hr/cv-ranker", version: "3", stage: "Production" },
  dataset: { name: "applications-2025", uri: "s3://hr/applications-2025" },
});

test("a compliance officer adds a CV-screening system, fixes invalid input without retyping, and edits it", async ({
  page,
}) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems/new");
  await expect(page.getByRole("heading", { name: "Add an AI system" })).toBeVisible();
  await expectAccessible(page);

  const name = uniqueName("CV screening");
  await fillIntake(page, cvScreening(name));
  // Two mistakes: no intended purpose, and a dataset address without a scheme.
  await page.getByLabel("Intended purpose").fill("");
  await page.getByLabel("Location (URI)").fill("hr/applications");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  const summary = page.getByRole("alert").filter({ hasText: "please check these fields" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    /^Intended purpose: Describe the intended purpose/,
    /^Dataset 1: location \(URI\): Enter a full address/,
  ]);
  await expect(page.getByText("Describe the intended purpose, or save as a draft.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Intended purpose")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("combobox", { name: /^Business unit/ })).toHaveValue("Human Resources");
  await expect(page.getByLabel("Model name")).toHaveValue("cv-ranker");
  await expect(page.getByRole("checkbox", { name: "Germany" })).toBeChecked();
  await shot(page, "new-errors");
  await expectAccessible(page);

  await summary.getByRole("link", { name: /Intended purpose/ }).click();
  await expect(page.getByLabel("Intended purpose")).toBeFocused();
  await page.getByLabel("Intended purpose").fill("Filter and rank job applications for recruiters.");
  await page.getByLabel("Location (URI)").fill("s3://hr/applications-2025");
  await page.getByRole("button", { name: "Save", exact: true }).click();

  await expect(page).toHaveURL(/\/systems\/[^/]+\?saved=created$/);
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText("The system was added to the inventory.")).toBeVisible();
  await expect(page.getByText("Filter and rank job applications for recruiters.")).toBeVisible();
  await expect(page.getByText("France, Germany").or(page.getByText("Germany, France"))).toBeVisible();
  await expect(page.getByText("3 (Production)")).toBeVisible();
  await shot(page, "overview");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit intake" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: /^Business unit/ })).toHaveValue("Human Resources");
  await expectAccessible(page);
  await chooseBusinessUnit(page, "Talent Acquisition");
  await page.getByRole("checkbox", { name: "All 27 member states" }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/\?saved=updated$/);
  await expect(page.getByText("Talent Acquisition")).toBeVisible();
  await expect(page.getByText("All 27 member states")).toBeVisible();
  await expect(page.getByText("Revision").locator("..")).toContainText("2");
});

test("a save over a colleague's newer save is refused with who and when, and the input stays", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const { path: systemUrl } = await createSystemThroughIntake(page, {
    name: uniqueName("Shared chatbot"),
    isDraft: true,
  });
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  const other = await browser.newContext();
  const adminPage = await other.newPage();
  await signIn(adminPage, DEMO.admin.email, DEMO.admin.password);
  await adminPage.goto(`${systemUrl}/edit`);
  await page.goto(`${systemUrl}/edit`);

  await adminPage.getByLabel("Vendor / provider").fill("Chat Vendor A");
  await adminPage.getByRole("button", { name: "Save draft" }).click();
  await expect(adminPage).toHaveURL(/\?saved=updated$/);
  await other.close();

  await page.getByLabel("Vendor / provider").fill("Chat Vendor B");
  await page.getByLabel("Intended purpose").fill("Answer customer questions about accounts.");
  await page.getByRole("button", { name: "Save draft" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Nothing was saved" });
  await expect(summary).toContainText(
    /Changed by .+ at .+ UTC; reload to see their changes\. Your input is still here\./,
  );
  await expect(page.getByLabel("Vendor / provider")).toHaveValue("Chat Vendor B");
  await expect(page.getByLabel("Intended purpose")).toHaveValue("Answer customer questions about accounts.");
  await shot(page, "conflict");
  await expectAccessible(page);
});

test("a manager sees no Edit button and is told why the intake form is not for them", async ({ page }) => {
  await signIn(page, "manager@demo-bank.example", "demo-manager-2026");
  await page.goto("/systems?q=TalentRank");
  await page.getByRole("link", { name: "CV screening and ranking (TalentRank)" }).click();
  await expect(page.getByRole("heading", { name: "Intake" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await page.goto(`${page.url()}/edit`);
  await expect(page.getByText("You cannot change AI systems")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.goto("/systems/new");
  await expect(
    page.getByText(/Your role \(Manager\) can view the inventory but not add or edit systems/),
  ).toBeVisible();
  await expectAccessible(page);
});
