import { expect, test, type Page } from "@playwright/test";
import { QUESTIONS_BY_ID } from "../../lib/rules/questionnaire";
import { createSystemThroughIntake, uniqueName } from "./fixtures/systems";
import { expectAccessible, signUp, uniqueEmail } from "./helpers";

// Prompts, help and option labels come from the questionnaire itself: the page must show exactly those.
const prompt = (id: string) => QUESTIONS_BY_ID.get(id)!.prompt;
const optionLabel = (id: string, value: string) =>
  QUESTIONS_BY_ID.get(id)!.options!.find((o) => o.value === value)!.label;
const ENTITY = prompt("deployerEntityType");
const ESTABLISHED = prompt("establishedInEu");
const PERSONAL = prompt("personalNonProfessionalUse");
const PUBLIC_BODY = optionLabel("deployerEntityType", "public_law_body");
const ASK = /^Ask for each system/;

const question = (page: Page, name: string) => page.getByRole("group", { name, exact: true });
const choice = (page: Page, name: string, label: string | RegExp) =>
  question(page, name).getByLabel(label, { exact: typeof label === "string" });

// A bought tenants' chatbot: the questionnaire asks the organisation questions the profile can answer once.
const boughtSystem = (name: string) => ({
  name,
  intendedPurpose: "Answers tenants' questions about their lease.",
  businessUnit: "Housing",
  vendor: "ChatCo",
  sourcing: "Bought from a vendor",
  lifecycleStage: "Pilot",
  memberStates: ["Germany"],
  dataCategories: [/^Personal data/],
});

async function saveProfile(page: Page, answers: [string, string | RegExp][]) {
  for (const [name, label] of answers) await choice(page, name, label).check();
  await page.getByRole("button", { name: "Save organisation profile" }).click();
  await expect(page.getByText("Saved. New questionnaires start from these answers.")).toBeVisible();
}

test("an administrator answers the organisation profile once and a new system's questionnaire starts with it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // An organisation of its own: the profile pre-fills every questionnaire of its organisation, so changing the demo
  // organisation's would change what the classification specs see.
  await signUp(page, {
    name: "Profile Admin",
    email: uniqueEmail("org-profile"),
    organizationName: "Profile Housing Ltd",
  });
  const { path: systemPath } = await createSystemThroughIntake(page, boughtSystem(uniqueName("Tenant chatbot")));

  // With the profile emptied, the questionnaire says so and links to it.
  await page.goto("/settings");
  await page.getByRole("link", { name: "Organisation profile" }).click();
  await expect(page.getByRole("heading", { name: "Organisation profile", level: 1 })).toBeVisible();
  await saveProfile(page, [
    [ENTITY, ASK],
    [ESTABLISHED, ASK],
    [PERSONAL, ASK],
  ]);
  await page.goto(`${systemPath}/classify`);
  await expect(page.getByText("The organisation profile is empty")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Fill in the organisation profile" }).click();

  // The same questions, help and choices as the questionnaire; usable on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(
    question(page, ENTITY).getByText(QUESTIONS_BY_ID.get("deployerEntityType")!.help, { exact: false }),
  ).toBeVisible();
  await saveProfile(page, [
    [ENTITY, PUBLIC_BODY],
    [ESTABLISHED, "Yes"],
    [PERSONAL, "No"],
  ]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.reload();
  await expect(choice(page, ENTITY, PUBLIC_BODY)).toBeChecked();
  await page.setViewportSize({ width: 1280, height: 900 });

  // A fresh questionnaire starts with the profile's answers, marked as coming from it.
  await page.goto(`${systemPath}/classify`);
  await expect(page.getByText(/Answers from the organisation profile fill what was still open/)).toBeVisible();
  await expect(page.getByText("The organisation profile is empty")).toHaveCount(0);
  await page
    .getByRole("navigation", { name: "Questionnaire steps" })
    .getByRole("button", { name: /Your organisation and the system/ })
    .click();
  await expect(choice(page, ENTITY, PUBLIC_BODY)).toBeChecked();
  await expect(question(page, ENTITY).getByText(/From the organisation profile/)).toBeVisible();
  await expect(choice(page, ESTABLISHED, "Yes")).toBeChecked();
  await expectAccessible(page);
});
