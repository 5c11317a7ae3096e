import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Issue #22, the engine's texts: the demo's TalentRank classification (high-risk, deployer, Annex III 4(a)) read in
// German and French. The snapshot keeps the engine's English; the page translates findings and obligations when shown.

const TALENT_RANK = "CV screening and ranking (TalentRank)";
const OUR_NAMESPACES =
  /\b(Classification(Page|Current|Review|ReviewForms|Runs)|Result(Labels|Cards)|SystemBadges)\.[a-z]\w*/;

async function openClassification(page: Page) {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/systems?q=TalentRank");
  await page.getByRole("link", { name: TALENT_RANK }).click();
  await page.waitForURL(/\/systems\/[^/?]+$/);
  return `${new URL(page.url()).pathname}/classification`;
}

// The browser's language decides for a member without a language of their own: a context per language, signed in.
async function pageIn(browser: Browser, signedIn: Page, locale: string) {
  const context = await browser.newContext({ locale, storageState: await signedIn.context().storageState() });
  return context.newPage();
}

async function expectReadable(page: Page, name: string) {
  expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
  await expectAccessible(page);
  await screenshot(page, `classification-${name}`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await screenshot(page, `classification-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the classification result in German and French", async ({ page: signedIn, browser }) => {
  const path = await openClassification(signedIn);

  let page = await pageIn(browser, signedIn, "de-DE");
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { name: "Aktuelles Ergebnis" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Feststellungen \(\d+\)$/ })).toBeVisible();
  await expect(page.getByText("Einstellung oder Auswahl natürlicher Personen.")).toBeVisible();
  await expect(page.getByText("Sie verwenden das System in eigener Verantwortung.")).toBeVisible();
  await expect(page.getByText("Verwendung gemäß der Betriebsanleitung", { exact: true })).toBeVisible();
  await expect(page.getByText("Arbeitnehmer vor der Verwendung informieren", { exact: true })).toBeVisible();
  await expect(page.getByText("Recruitment or selection of natural persons.")).toHaveCount(0);
  // The result's labels, the review panels (legal's decision form is a client component) and the run history.
  await expect(page.getByText("Im Anwendungsbereich der KI-Verordnung.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fragen an die Rechtsabteilung" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Entscheidungsprotokoll" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Entscheidung erfassen" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Einstufungsläufe, neueste zuerst" })).toBeVisible();
  await expectReadable(page, "de");

  page = await pageIn(browser, signedIn, "fr-FR");
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Résultat actuel" })).toBeVisible();
  await expect(page.getByText("Recrutement ou sélection de personnes physiques.")).toBeVisible();
  await expect(page.getByText("Utiliser conformément à la notice", { exact: true })).toBeVisible();
  await expect(page.getByText("Dans le champ d'application du règlement sur l'IA.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Journal des décisions" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Enregistrer la décision" })).toBeVisible();
  await expectReadable(page, "fr");

  // English stays the engine's own text.
  page = signedIn;
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Current result" })).toBeVisible();
  await expect(page.getByText("Recruitment or selection of natural persons.")).toBeVisible();
  await expect(page.getByText("Within the scope of the AI Act.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Decision log" })).toBeVisible();
});
