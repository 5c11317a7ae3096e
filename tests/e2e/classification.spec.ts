import { expect, test, type Page } from "@playwright/test";
import { createSystemThroughIntake, CV_SCREENING, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

const LEGAL = { email: "legal@demo-bank.example", password: "demo-legal-2026" };

async function shot(page: Page, name: string) {
  await screenshot(page, `classification-${name}`);
}

const question = (page: Page, prompt: string | RegExp) => page.getByRole("group", { name: prompt });
const liveTier = (page: Page) => page.getByTestId("live-result");
const step = (page: Page, title: RegExp) =>
  page.getByRole("navigation", { name: "Questionnaire steps" }).getByRole("button", { name: title });

async function answer(page: Page, prompt: string | RegExp, option: string | RegExp) {
  await question(page, prompt)
    .getByLabel(option, { exact: typeof option === "string" })
    .check();
}

test("a CV-screening system is classified high-risk in the wizard, confirmed by legal and re-screened with a diff", async ({
  page,
  browser,
}) => {
  // The whole journey, with an accessibility check on every page, is long on a shared machine.
  test.setTimeout(180_000);
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const { path: systemPath } = await createSystemThroughIntake(page, {
    ...CV_SCREENING,
    name: uniqueName("CV ranking"),
  });

  await page.goto(`${systemPath}/classification`);
  await expect(page.getByRole("heading", { name: "Not classified yet" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Open questionnaire" }).click();
  await expect(page.getByRole("heading", { name: "Classification questionnaire" })).toBeVisible();
  await expect(page.getByText(/Answers the intake already gives are pre-filled/)).toBeVisible();

  // Step 1: what is being assessed.
  await answer(page, /AI system, an AI model/, "An AI system (application)");
  await answer(page, /Which technique/, /^Machine learning/);
  await answer(page, /infer, from the input/, "Yes");
  await answer(page, /independence from human involvement/, "Yes");
  await expectAccessible(page);

  // The organisation step is pre-filled from the intake (bought → we use it; output used in the EU).
  await step(page, /Your organisation and the system/).click();
  await expect(
    question(page, /What does your organisation do/).getByLabel("We use it under our authority"),
  ).toBeChecked();
  await expect(question(page, /What does your organisation do/).getByText(/Pre-filled from the intake/)).toBeVisible();
  await answer(page, /Is your use purely personal/, "No");
  await answer(page, /established or located in the EU/, "Yes");
  await answer(page, /kind of organisation are you as a user/, "Other private organisation");

  await answer(page, /Have you done any of the following with a system another company provides/, "None of these");
  // Every question that can decide scope or tier is answered, so the result is settled rather than "not determined yet".
  await step(page, /Exclusions/).click();
  for (const prompt of [
    /military, defence or national-security/,
    /non-EU public authority/,
    /only for scientific research/,
    /still only in research, testing/,
  ])
    await answer(page, prompt, "No");
  await step(page, /Prohibited practices/).click();
  for (const prompt of [
    /hidden, manipulative or deceptive/,
    /age, disability/,
    /rate people over time/,
    /commit a crime/,
    /face images in bulk/,
    /realistic intimate images/,
    /child sexual abuse/,
  ]) {
    await answer(page, prompt, "No");
  }
  await step(page, /Biometrics and emotion recognition/).click();
  for (const prompt of [
    /emotions or intentions/,
    /sort people into groups/,
    /recognise who people are from a distance/,
  ])
    await answer(page, prompt, "No");

  await step(page, /High-risk uses \(Annex III\)/).click();
  // The Annex III area is still open: the live result is not the lower tier but what it could still be.
  await expect(liveTier(page)).toContainText("Not determined yet");
  await expect(liveTier(page)).toContainText("High-risk unless the questions below rule it out.");
  await answer(page, "Is the system used in any of these areas?", "Employment and workers' management");
  await answer(page, "What does it do in employment?", /^Recruitment or selection/);
  await step(page, /Art 6\(3\) derogation/).click();
  await answer(page, /Does any of these describe the system/, "None of these");
  await expect(liveTier(page)).toContainText("High-risk");
  await expect(liveTier(page)).toContainText("Final");
  await expect(liveTier(page)).toContainText("Deployer");
  await shot(page, "wizard");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Save and continue later" }).click();
  await expect(page.getByText(/Answers saved .* You can continue later\./)).toBeVisible();
  await page.getByRole("button", { name: "Complete classification" }).click();
  await expect(page).toHaveURL(new RegExp(`${systemPath}/classification`));
  await expect(page.getByRole("heading", { name: "Current result" })).toBeVisible();
  await expect(page.getByText("High-risk via Annex III 4(a)", { exact: false })).toBeVisible();
  const obligations = page.getByRole("region", { name: "Obligations as Deployer" });
  await expect(obligations.getByText(/As deployer · \d+ obligations/)).toBeVisible();
  await expect(obligations.getByText("From 2 Dec 2027").first()).toBeVisible();
  await shot(page, "tab");
  await expectAccessible(page);

  // Legal confirms the run in a separate session.
  const legalContext = await browser.newContext();
  const legal = await legalContext.newPage();
  await signIn(legal, LEGAL.email, LEGAL.password);
  await legal.goto(`${systemPath}/classification`);
  await legal.getByLabel("Confirm the classification").check();
  await legal.getByRole("button", { name: "Record decision" }).click();
  await expect(legal.getByTestId("decision-log")).toContainText("confirmed the classification (run 1)");
  await expectAccessible(legal);
  await legal.getByLabel("Override the tier").check();
  await legal.getByLabel("Tier that applies instead").selectOption({ label: "Minimal" });
  await legal.getByRole("button", { name: "Record decision" }).click();
  await expect(legal.getByText(/An override needs a written justification/)).toBeVisible();
  await expect(legal.getByLabel("Tier that applies instead")).toHaveValue("MINIMAL");
  await legalContext.close();

  // The facts change: the system now only answers HR questions, so a re-screen drops it out of high-risk.
  await page.goto(`${systemPath}/classify`);
  await expect(page.getByText(/Starting from the answers of the latest classification run/)).toBeVisible();
  await step(page, /High-risk uses \(Annex III\)/).click();
  await question(page, "What does it do in employment?")
    .getByLabel(/^Recruitment or selection/)
    .uncheck();
  await answer(page, "What does it do in employment?", "Answers HR questions without deciding anything");
  // Out of high-risk, the questions that could still lead to a tier open up: answered, the result settles on minimal.
  await expect(liveTier(page)).toContainText("Not determined yet");
  await step(page, /Regulated products \(Annex I\)/).click();
  await answer(page, /EU product-safety laws/, "None of these");
  await step(page, /Transparency \(Art 50\)/).click();
  await answer(page, /Which kinds of content does it generate/, "None of these");
  await step(page, /Your organisation and the system/).click();
  await answer(page, /on whose behalf is it used/, "Private companies or organisations");
  await step(page, /Exclusions/).click();
  await answer(page, /free and open-source licence/, "No");
  await expect(liveTier(page)).toContainText("Minimal");
  await expect(liveTier(page)).not.toContainText("Not determined yet");
  await page.getByRole("button", { name: "Complete classification" }).click();
  await expect(page).toHaveURL(new RegExp(`${systemPath}/classification`));
  const diff = page.getByTestId("run-diff");
  await expect(diff).toContainText("High-risk → Minimal risk");
  await expect(diff).toContainText("Assign human oversight (deployer, Art 26(2))");
  await expect(page.getByRole("table", { name: /Classification runs/ }).getByRole("row")).toHaveCount(3);
  await shot(page, "diff");
  await expectAccessible(page);
});
