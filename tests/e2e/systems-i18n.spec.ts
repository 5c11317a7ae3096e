import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, screenshot } from "./helpers";

// Issue #22, the systems area: the inventory, the intake form, a system's overview and its evidence tab in German,
// at desktop width and at 390 px. The demo member has no language of their own, so the browser's language decides
// (the context's locale: Chromium sets Accept-Language from it and keeps it over extra headers).

const OUR_NAMESPACES =
  /\b(Inventory|SystemBadges|IntakeForm|IntakeFields|IntakeOptions|SystemOverview|SystemTabs|SystemPages|Evidence|GateCard|SystemObligations)\.[a-z]\w*/;

async function signInAs(page: Page, labels: { email: string; password: string; submit: string }) {
  await page.goto("/login");
  await page.getByLabel(labels.email).fill(DEMO.compliance.email);
  await page.getByLabel(labels.password).fill(DEMO.compliance.password);
  await page.getByRole("button", { name: labels.submit }).click();
  await expect(page).toHaveURL(/\/systems$/);
}

async function expectGermanPage(page: Page, name: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
  await expectAccessible(page);
  await screenshot(page, `systems-de-${name}`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await screenshot(page, `systems-de-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("the systems pages in German: inventory, new system form, overview and evidence", async ({ page }) => {
    await signInAs(page, { email: "E-Mail", password: "Passwort", submit: "Anmelden" });

    await page.goto("/systems");
    await expect(page.getByRole("heading", { name: "KI-Systeme", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Neues KI-System" })).toBeVisible();
    await expect(page.getByText(/^\d+ Systeme im Inventar$/)).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Seitennavigation" })).toContainText(/Seite 1 von \d+/);
    await expect(page.getByRole("columnheader", { name: "Einstufung" })).toBeVisible();
    await expectGermanPage(page, "inventory");
    // The rule set's role names come translated from the server (its catalogue stays out of the browser).
    await page.goto("/systems?role=deployer");
    await expect(page.getByRole("button", { name: "Rolle: Betreiber (diesen Filter entfernen)" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Betreiber", exact: true }).first()).toBeVisible();

    // A failed save names each field in German in the summary ("Zweckbestimmung: …") and marks the field itself.
    await page.getByRole("link", { name: "Neues KI-System" }).click();
    await expect(page.getByRole("heading", { name: "KI-System hinzufügen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Zweck und Verantwortung" })).toBeVisible();
    await expect(page.getByRole("group", { name: /EU-Mitgliedstaaten/ }).getByLabel("Deutschland")).toBeVisible();
    await page.getByLabel(/^Name/).fill("");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    const summary = page.getByRole("alert").filter({ hasText: "Zweckbestimmung:" });
    await expect(summary).toBeVisible();
    await expect(page.getByLabel(/^Zweckbestimmung/)).toHaveAttribute("aria-invalid", "true");
    await expectGermanPage(page, "new-system");

    // The first system of the inventory, its overview and its evidence.
    await page.goto("/systems");
    // The first system's link in the body (the header's links sort the list).
    await page.locator('table tbody a[href^="/systems/"]').first().click();
    const tabs = page.getByRole("navigation", { name: "Bereiche des Systems" });
    await expect(tabs.getByRole("link", { name: "Übersicht" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: "Erfassung", exact: true })).toBeVisible();
    await expect(page.getByText("Zweckbestimmung", { exact: true })).toBeVisible();
    await expectGermanPage(page, "overview");

    await tabs.getByRole("link", { name: "Nachweise" }).click();
    await expect(page.getByRole("heading", { name: "Nachweis hinzufügen" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Datei als Nachweis hochladen" })).toBeVisible();
    // The form's own check, beside the file field, before anything is sent.
    await page
      .getByRole("form", { name: "Datei als Nachweis hochladen" })
      .getByRole("button", { name: "Datei hochladen" })
      .click();
    await expect(page.getByText("Wählen Sie eine Datei zum Hochladen.")).toBeVisible();
    await expectGermanPage(page, "evidence");
  });
});

test.describe("a French browser", () => {
  test.use({ locale: "fr-FR" });

  test("reads the inventory in French", async ({ page }) => {
    await signInAs(page, { email: "E-mail", password: "Mot de passe", submit: "Se connecter" });
    await page.goto("/systems");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { name: "Systèmes d'IA", exact: true })).toBeVisible();
    await expect(page.getByText(/^\d+ systèmes dans l'inventaire$/)).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
    await expectAccessible(page);
    await screenshot(page, "systems-fr-inventory");
  });
});
