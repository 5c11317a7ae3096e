import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, expectAccessible, screenshot } from "./helpers";

// Issue #22: the governance pages (policies, AI literacy, standards, reports, the API reference) and the supplier's
// questionnaire page in German, and French where it is cheap. The demo users never chose a language, so the browser's
// Accept-Language decides; the supplier has no account at all.

const NAMESPACES =
  /\b(Policies|PolicyPage|PolicyLabels|PolicyEdit|PolicyForm|PolicyControls|ControlPolicies|Literacy|LiteracyTables|Standards|StandardsStatus|Reports|PortfolioExport|ApiDocs|Respond|RespondItems|RespondForms)\.[a-z]\w*/;

async function inLanguage(browser: Browser, locale: string): Promise<Page> {
  const page = await (await browser.newContext({ locale })).newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

// The page is German (or French), carries no message key in place of a text, and passes axe.
async function check(page: Page, lang: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  expect(await page.locator("body").innerText()).not.toMatch(NAMESPACES);
  await expectAccessible(page);
}

// At phone width nothing scrolls sideways (wide tables scroll inside their own box), and axe still passes.
async function atPhoneWidth(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a compliance officer with a German browser reads and works the governance pages in German", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await inLanguage(browser, "de-DE");
  await page.goto("/login");
  await page.getByLabel("E-Mail").fill(DEMO.compliance.email);
  await page.getByLabel("Passwort").fill(DEMO.compliance.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/systems$/);

  await page.goto("/policies");
  await expect(page.getByRole("heading", { level: 1, name: "Richtlinien" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Alle Richtlinien" })).toBeVisible();
  await expect(page.getByText("Zulässige Nutzung von KI", { exact: true }).first()).toBeVisible();
  await expect(
    page.getByRole("button", { name: "Diese Vorlage verwenden (Menschliche Aufsicht über KI-Systeme)" }),
  ).toBeVisible();
  await check(page, "de");
  await atPhoneWidth(page, "governance-i18n-policies-de");

  // A blank policy: the edit form, then the policy's page with the draft's next step, all in German.
  await page.getByRole("button", { name: "Leere Richtlinie beginnen" }).click();
  await expect(page).toHaveURL(/\/policies\/[^/]+\/edit$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Bearbeiten: / })).toBeVisible();
  await expect(page.getByRole("group", { name: "Wer sie lesen muss" })).toBeVisible();
  await check(page, "de");
  await page.getByLabel("Titel").fill("Richtlinie zur KI-Kompetenz");
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Richtlinie zur KI-Kompetenz" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Entwurf von Version 1" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Zur Freigabe einreichen" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Versionsverlauf" })).toBeVisible();
  await check(page, "de");
  await atPhoneWidth(page, "governance-i18n-policy-de");

  await page.goto("/policies?tab=to-read");
  await expect(page.getByRole("heading", { name: "Zu lesende Richtlinien" })).toBeVisible();
  await check(page, "de");

  await page.goto("/literacy");
  await expect(page.getByRole("heading", { level: 1, name: "KI-Kompetenz" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nach KI-System" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Register für Prüfer (CSV)" })).toBeVisible();
  await check(page, "de");
  await atPhoneWidth(page, "governance-i18n-literacy-de");
  await page.getByRole("link", { name: "Personen", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Personen \([\d.]+\)$/ })).toBeVisible();
  await check(page, "de");
  await page.getByRole("link", { name: "Lerninhalte", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^Lerninhalte \([\d.]+\)$/ })).toBeVisible();
  await check(page, "de");

  await page.goto("/standards");
  await expect(page.getByRole("heading", { level: 1, name: "Normen" })).toBeVisible();
  await expect(page.getByText(/Kontrollen vollständig belegt/).first()).toBeVisible();
  await check(page, "de");
  await atPhoneWidth(page, "governance-i18n-standards-de");

  await page.goto("/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Berichte" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Portfoliobericht" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Portfoliobericht exportieren" })).toBeVisible();
  await check(page, "de");

  await page.goto("/developers/api");
  await expect(page.getByRole("heading", { level: 1, name: "REST-API" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Inhalt der API-Referenz" })).toBeVisible();
  // The operations stay the OpenAPI document's English: the page says so, and marks them as English for a screen reader.
  await expect(page.getByText("Die Referenz unten ist in jeder Sprache auf Englisch")).toBeVisible();
  const summary = page.getByRole("heading", {
    level: 3,
    name: "Ask legal to review the system's current classification",
  });
  await expect(summary).toHaveAttribute("lang", "en");
  await check(page, "de");
});

test("the same pages answer a French browser in French", async ({ browser }) => {
  const page = await inLanguage(browser, "fr-FR");
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(DEMO.legal.email);
  await page.getByLabel("Mot de passe").fill(DEMO.legal.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/systems$/);
  await page.goto("/policies");
  await expect(page.getByRole("heading", { level: 1, name: "Politiques" })).toBeVisible();
  await check(page, "fr");
  await page.goto("/literacy");
  await expect(page.getByRole("heading", { level: 1, name: "Maîtrise de l'IA" })).toBeVisible();
  await check(page, "fr");
  await page.goto("/standards");
  await expect(page.getByRole("heading", { level: 1, name: "Normes" })).toBeVisible();
  await check(page, "fr");
});

test("a supplier's browser language decides the questionnaire page, even for a link that does not work", async ({
  browser,
}) => {
  const link = `/respond/${"A".repeat(43)}`;
  const german = await inLanguage(browser, "de-CH");
  await german.goto(link);
  await expect(german.getByRole("heading", { level: 1, name: "Auskunftsersuchen" })).toBeVisible();
  await expect(german.getByText(/^Dieser Link funktioniert nicht\./)).toBeVisible();
  await expect(german).toHaveTitle(/Auskunftsersuchen/);
  await check(german, "de");

  const french = await inLanguage(browser, "fr-FR");
  await french.goto(link);
  await expect(french.getByRole("heading", { level: 1, name: "Demande d'informations" })).toBeVisible();
  await expect(french.getByText(/^Ce lien ne fonctionne pas\./)).toBeVisible();
  await check(french, "fr");
});
