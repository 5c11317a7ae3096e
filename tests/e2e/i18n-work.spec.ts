import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, screenshot } from "./helpers";

// Issue #22, the work area: a browser asking for German (no choice stored) gets the dashboard, obligations,
// notifications, incidents, risks, reviews, vendors and models in German, with no message key showing instead.

const WORK_NAMESPACES =
  /\b(Obligation\w*|Notification\w*|Incident\w*|Risk\w*|OrgRiskTable|Reviews\w*|Models\w*|Vendor\w*|Dashboard\w*)\.[a-z]\w*/;

// messages/<locale>/forms.json: a key showing instead of its text names one of these.
const FORM_NAMESPACES =
  /\b(Obligation\w*|BulkPlanForm|CommentThread|LiteracyCoverage|ReadinessSummary|Risk\w*|LinkedRisks|NotificationPrefs)\.[a-z]\w*/;

async function signInAsAdmin(page: Page, labels: { email: string; password: string; submit: string }) {
  await page.goto("/login");
  await page.getByLabel(labels.email, { exact: true }).fill(DEMO.admin.email);
  await page.getByLabel(labels.password, { exact: true }).fill(DEMO.admin.password);
  await page.getByRole("button", { name: labels.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/systems$/);
}

async function expectPage(page: Page, path: string, heading: string, lang: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { level: 1, name: heading, exact: true })).toBeVisible();
  expect(await page.locator("body").innerText()).not.toMatch(WORK_NAMESPACES);
  await expectAccessible(page);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

test.describe("the work pages in German", () => {
  test.use({ locale: "de-DE" });

  test("dashboard, obligations, notifications, incidents, risks, reviews, vendors and models", async ({ page }) => {
    test.setTimeout(180_000);
    await signInAsAdmin(page, { email: "E-Mail", password: "Passwort", submit: "Anmelden" });

    await expectPage(page, "/dashboard", "Übersicht", "de");
    // The description a link preview shows is in the reader's language too.
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Compliance-Management für/);
    await expect(page.getByText("Überfällige Pflichten").first()).toBeVisible();
    await screenshot(page, "i18n-work-dashboard-de");
    // The governance card: its groups and figures, each figure's link named in German.
    const governance = page.locator('[data-card="governance"]');
    for (const group of ["KI-Kompetenz (Art 4)", "Richtlinien", "Normenabdeckung"])
      await expect(governance.getByRole("heading", { name: group, level: 3 })).toBeVisible();
    await expect(governance.getByRole("link", { name: /^[\d.]+ veröffentlichte Richtlinien?$/ })).toBeVisible();
    await expect(governance.getByRole("link", { name: /Kontrollen? mit Lücken in ISO\/IEC 42001$/ })).toBeVisible();
    expect(await governance.innerText()).not.toMatch(/\b(trained|published|awaiting|controls|gaps)\b/);

    await expectPage(page, "/obligations", "Pflichten", "de");
    await expect(page.getByRole("link", { name: "Meine Aufgaben" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Filter anwenden" })).toBeAttached();
    await expect(page.getByRole("columnheader", { name: "Verantwortlich" })).toBeVisible();
    await screenshot(page, "i18n-work-obligations-de");

    await expectPage(page, "/notifications", "Benachrichtigungen", "de");
    await expect(page.getByRole("link", { name: "Einstellungen für Benachrichtigungen" })).toBeVisible();

    await expectPage(page, "/incidents", "Vorfälle", "de");
    await expect(page.getByRole("link", { name: "Vorfall erfassen" })).toBeVisible();
    const incident = page.getByRole("table").getByRole("link", { name: /^INC-/ }).first();
    if (await incident.count()) {
      await incident.click();
      await expect(page.getByRole("heading", { name: "Einzelheiten" })).toBeVisible();
      expect(await page.locator("body").innerText()).not.toMatch(WORK_NAMESPACES);
      await expectAccessible(page);
    }

    await expectPage(page, "/risks", "Risiken", "de");
    await expect(page.getByRole("link", { name: "CSV herunterladen (alle Risiken)" })).toBeVisible();

    await expectPage(page, "/reviews", "Prüfungen", "de");

    await expectPage(page, "/vendors", "Lieferanten", "de");
    await expect(page.getByRole("button", { name: "Lieferanten hinzufügen" })).toBeVisible();
    const vendor = page.getByRole("table", { name: "Lieferanten" }).getByRole("link").first();
    if (await vendor.count()) {
      await vendor.click();
      await expect(page.getByRole("heading", { name: "Lieferungen" })).toBeVisible();
      expect(await page.locator("body").innerText()).not.toMatch(WORK_NAMESPACES);
      await expectAccessible(page);
    }

    await expectPage(page, "/models", "Modelle", "de");
    await expect(page.getByLabel("Modell suchen")).toBeVisible();

    // German's longer words on a phone: the two most crowded pages fit 390 px without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectPage(page, "/dashboard", "Übersicht", "de");
    await expectNoSidewaysScroll(page);
    await screenshot(page, "i18n-work-dashboard-de-390");
    await expectPage(page, "/obligations", "Pflichten", "de");
    await expectNoSidewaysScroll(page);
    await screenshot(page, "i18n-work-obligations-de-390");
  });
});

test.describe("the work pages in French", () => {
  test.use({ locale: "fr-FR" });

  test("obligations and notifications", async ({ page }) => {
    await signInAsAdmin(page, { email: "E-mail", password: "Mot de passe", submit: "Se connecter" });
    await expectPage(page, "/obligations", "Obligations", "fr");
    await expect(page.getByRole("link", { name: "Mon travail" })).toBeVisible();
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Gestion de la conformité/);
    await expectPage(page, "/notifications", "Notifications", "fr");
    await expect(page.getByRole("link", { name: "Paramètres des notifications" })).toBeVisible();

    // A page that is not there says so in French, with the way back.
    await page.goto("/systems/no-such-system");
    await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Retour aux systèmes d'IA" })).toBeVisible();
    await expectAccessible(page);
  });

  // French runs longest: at 1280 px the obligations table fits its box, and the forms inside a system speak French.
  test("the obligations table at 1280 px, a system's obligation and risk forms, notification settings", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInAsAdmin(page, { email: "E-mail", password: "Mot de passe", submit: "Se connecter" });
    await expectPage(page, "/obligations", "Obligations", "fr");
    const region = page.getByRole("region", { name: /^Obligations, page 1/ });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    const href = await page.locator('table a[href^="/systems/"]').first().getAttribute("href");
    const system = /^\/systems\/[^/?#]+/.exec(href ?? "")![0];

    await page.goto(`${system}/obligations`);
    await expect(page.getByText("Traiter cette obligation").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Ouvrir dans la liste des obligations" })).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(FORM_NAMESPACES);
    await expectAccessible(page);

    // A refused file says why in French, next to the file chosen (the server's check, not the browser's).
    await page.goto(`${system}/evidence`);
    const upload = page.getByRole("form", { name: "Envoyer un fichier comme preuve" });
    await upload.getByLabel("Fichier", { exact: true }).setInputFiles({
      name: "rapport.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]),
    });
    await upload.getByRole("button", { name: "Envoyer le fichier" }).click();
    await expect(
      upload.getByText(/^Ce fichier est un programme Windows \(\.exe\) et n'est pas accepté comme preuve\./),
    ).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "fr-evidence-refused");

    await page.goto(`${system}/risks`);
    await expect(page.getByRole("button", { name: "Ajouter le risque" })).toBeVisible();
    await expect(page.getByText("Cotation inhérente (avant traitement)")).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(FORM_NAMESPACES);

    await page.goto("/settings/notifications");
    await expect(page.getByRole("button", { name: "Enregistrer les paramètres" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Obligations en retard : par e-mail" })).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(FORM_NAMESPACES);
  });
});
