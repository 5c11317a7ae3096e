import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, screenshot, signUp, uniqueEmail } from "./helpers";

// Issue #22: no locale in the URL. The person's choice wins, else the browser's Accept-Language, else English.

async function expectLanguage(page: Page, lang: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

// The person's own choice: the group is named in the language the page is in now.
async function chooseLanguage(page: Page, group: string, language: string, saveLabel: string, nextSaveLabel: string) {
  await page.getByRole("group", { name: group }).getByRole("radio", { name: language, exact: true }).check();
  await page.getByRole("button", { name: saveLabel }).click();
  // The page re-renders in the new language once the choice is stored.
  await expect(page.getByRole("button", { name: nextSaveLabel })).toBeVisible();
  await page.reload();
}

test.describe("a browser that asks for German", () => {
  test.use({ locale: "de-DE" });

  test("gets the sign-in page in German before anyone chooses", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/login");
    await expectLanguage(page, "de");
    await expect(page.getByRole("heading", { name: "Bei Actlas anmelden" })).toBeVisible();
    await expect(page.getByLabel("Passwort")).toBeVisible();
    await expect(page.getByRole("button", { name: "Anmelden" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Passwort vergessen?" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
    await screenshot(page, "i18n-login-de-390");
  });
});

test("a person switches to German, then French, then back to English", async ({ page }) => {
  await signUp(page, { name: "Lena Vogel", email: uniqueEmail("i18n"), organizationName: "Sprachen GmbH" });
  await page.goto("/settings/language");
  await expectLanguage(page, "en");
  await expect(page.getByRole("radio", { name: /^As my browser/ })).toBeChecked();

  await chooseLanguage(page, "My language", "Deutsch", "Save my language", "Meine Sprache speichern");
  await expectLanguage(page, "de");
  const nav = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(nav.getByRole("link", { name: "KI-Systeme" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "KI-Kompetenz" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sprache", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Abmelden" })).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Meine Sprache" }).getByRole("radio", { name: "Deutsch" }),
  ).toBeChecked();
  await expectAccessible(page);
  await screenshot(page, "i18n-settings-de");

  // At phone width the German shell folds into its menu and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole("button", { name: "Menü" }).click();
  await expect(nav.getByRole("link", { name: "Einstellungen" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await screenshot(page, "i18n-menu-de-390");
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1280, height: 900 });

  await chooseLanguage(page, "Meine Sprache", "Français", "Meine Sprache speichern", "Enregistrer ma langue");
  await expectLanguage(page, "fr");
  const navFr = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(navFr.getByRole("link", { name: "Systèmes d'IA" })).toBeVisible();
  await expect(navFr.getByRole("link", { name: "Maîtrise de l'IA" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "i18n-settings-fr");

  await chooseLanguage(page, "Ma langue", "English", "Enregistrer ma langue", "Save my language");
  await expectLanguage(page, "en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "AI systems" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectAccessible(page);
});
