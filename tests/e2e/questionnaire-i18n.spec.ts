import { expect, test, type Browser, type Page } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Issue #22: the classification questionnaire in the person's language. The answers stay the engine's codes, so a
// German answer classifies exactly as an English one; only what is shown is translated.
const TALENT_RANK = "CV screening and ranking (TalentRank)";
const AREA_DE = "Wird das System in einem dieser Bereiche verwendet?";
const MOBILE = { width: 390, height: 844 };

const question = (page: Page, prompt: string) => page.getByRole("group", { name: prompt });
const steps = (page: Page, label: string) => page.getByRole("navigation", { name: label });

// A message key shown instead of its text ("QuestionnaireSteps.label") means a namespace never reached the page.
async function expectNoKeyNames(page: Page) {
  const text = await page.locator("body").innerText();
  expect(text.match(/\bQuestionnaire[A-Za-z]+\.[A-Za-z]+/g) ?? []).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
}

// The same signed-in session in a browser that asks for `locale`: the demo officer has chosen no language, so the
// pages follow the browser (the signed-in choice is left alone, other specs read the demo in English).
async function browserIn(browser: Browser, signedIn: Page, locale: string): Promise<Page> {
  const context = await browser.newContext({ storageState: await signedIn.context().storageState(), locale });
  return context.newPage();
}

test("the questionnaire is answered in German, then read in French", async ({ page: english, browser }) => {
  test.setTimeout(240_000);
  await signIn(english, DEMO.compliance.email, DEMO.compliance.password);
  const { path: systemPath } = await createSystemViaApi(browser, {
    copyOf: TALENT_RANK,
    name: uniqueName("CV screening German"),
  });
  let page = await browserIn(browser, english, "de-DE");
  await page.goto(`${systemPath}/classify`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { name: "Fragebogen zur Klassifizierung" })).toBeVisible();
  await expect(page.getByText(/Ausgangspunkt sind die Antworten der letzten Klassifizierung/)).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Live-Ergebnis" })).toBeVisible();

  await steps(page, "Schritte des Fragebogens")
    .getByRole("button", { name: /Hochrisiko-Verwendungen \(Anhang III\)/ })
    .click();
  const area = question(page, AREA_DE);
  await expect(area.getByText("Art 6(2); Annex III")).toBeVisible();
  await area.getByRole("checkbox", { name: "Unsicher" }).check();
  await expect(area.getByText(/Wer das beantworten kann:.*Product Owner/)).toBeVisible();
  await expect(page.getByText(/mit „Unsicher“ beantwortet/)).toBeVisible();
  // The step's own questions; the live result's lists are the shared result components (translated there).
  const stepQuestions = page.locator("section[aria-labelledby='step-title']");
  await expect(stepQuestions.getByText("Is the system used in any of these areas?")).toHaveCount(0);

  await area.getByRole("checkbox", { name: "Beschäftigung und Personalmanagement" }).check();
  const uses = question(page, "Was tut es im Bereich Beschäftigung?");
  await expect(uses.getByRole("checkbox", { name: /^Einstellung oder Auswahl/ })).toBeVisible();
  await expect(area.getByRole("checkbox", { name: "Unsicher" })).not.toBeChecked();

  await page.getByRole("button", { name: "Speichern und später weitermachen" }).click();
  await expect(page.getByText(/Antworten am .* gespeichert\. Sie können später weitermachen\./)).toBeVisible();
  await expectNoKeyNames(page);
  await expectAccessible(page);
  await screenshot(page, "questionnaire-de-desktop");

  await page.setViewportSize(MOBILE);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await screenshot(page, "questionnaire-de-390");

  // The saved draft reopens in French, with the same answers.
  await page.context().close();
  page = await browserIn(browser, english, "fr-FR");
  await page.setViewportSize(MOBILE);
  await page.goto(`${systemPath}/classify`);
  await expect(page.getByRole("heading", { name: "Questionnaire de classification" })).toBeVisible();
  await expect(page.getByText(/Reprise des réponses enregistrées le/)).toBeVisible();
  await steps(page, "Étapes du questionnaire")
    .getByRole("button", { name: /Utilisations à haut risque \(annexe III\)/ })
    .click();
  await expect(
    question(page, "Le système est-il utilisé dans l'un de ces domaines ?").getByRole("checkbox", {
      name: "Emploi et gestion de la main-d'œuvre",
    }),
  ).toBeChecked();
  await expectNoKeyNames(page);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await screenshot(page, "questionnaire-fr-390");
  await page.context().close();
});
