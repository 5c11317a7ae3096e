import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { expectAccessible, screenshot, signUp, uniqueEmail } from "./helpers";

// Issue #22: sign-up, the settings pages and validation messages in German (and French where cheap).

// Every namespace of the message files: a "Namespace.key" on a page means a message was not found.
const NAMESPACES = fs
  .readdirSync(path.join("messages", "en"))
  .filter((file) => file.endsWith(".json"))
  .flatMap((file) => Object.keys(JSON.parse(fs.readFileSync(path.join("messages", "en", file), "utf8")) as object));
const LEAKED_KEY = new RegExp(`\\b(${NAMESPACES.join("|")})\\.[a-z][A-Za-z]+\\b`);

async function expectNoKeyNames(page: Page) {
  expect((await page.locator("body").innerText()).match(LEAKED_KEY)?.[0] ?? null).toBeNull();
}

const SETTINGS_PAGES = [
  "/settings",
  "/settings/organisation-profile",
  "/settings/business-units",
  "/settings/risk-scale",
  "/settings/notifications",
  "/settings/language",
  "/settings/webhooks",
  "/settings/registry",
  "/settings/sso",
  "/settings/signing",
  "/settings/data",
  "/settings/audit",
];

test.describe("a browser that asks for German", () => {
  test.use({ locale: "de-DE" });

  test("signs up in German and reads what is wrong next to the field", async ({ page }) => {
    await page.goto("/signup");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { name: "Legen Sie Ihre Organisation an" })).toBeVisible();
    await page.getByLabel("Ihr Name").fill("Jana Krüger");
    await page.getByLabel("Geschäftliche E-Mail").fill("keine-adresse");
    await page.getByLabel("Passwort").fill("kurz");
    await page.getByLabel("Name der Organisation").fill("Krüger Versicherungen AG");
    await page.getByRole("button", { name: "Organisation anlegen" }).click();
    await expect(page.locator("#field-email-error")).toHaveText(
      "Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.",
    );
    await expect(page.locator("#field-password-error")).toHaveText("Verwenden Sie mindestens 12 Zeichen.");
    await expect(page.getByLabel("Passwort")).toHaveAttribute("aria-describedby", /field-password-error/);
    await expectNoKeyNames(page);
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "i18n-signup-de-390");

    for (const [href, heading] of [
      ["/forgot-password", "Passwort zurücksetzen"],
      ["/verify-email", "Neuen Bestätigungslink anfordern"],
    ] as const) {
      await page.goto(href);
      await expect(page.getByRole("heading", { name: heading })).toBeVisible();
      await expectNoKeyNames(page);
      await expectAccessible(page);
    }
  });
});

test("an administrator's settings in German, each page, and a German error next to a settings field", async ({
  page,
}) => {
  await signUp(page, { name: "Jonas Weber", email: uniqueEmail("i18n-settings"), organizationName: "Weber KI GmbH" });
  await page.goto("/settings/language");
  await page.getByRole("group", { name: "My language" }).getByRole("radio", { name: "Deutsch", exact: true }).check();
  await page.getByRole("button", { name: "Save my language" }).click();
  await expect(page.getByRole("button", { name: "Meine Sprache speichern" })).toBeVisible();
  // Each language in the picker is named in itself and marked as that language.
  await expect(page.locator('label span[lang="fr"]', { hasText: "Français" })).toBeVisible();

  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Einstellungen", exact: true })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Bereiche der Einstellungen" });
  await expect(tabs.getByRole("link", { name: "Geschäftseinheiten" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Sprache" })).toBeVisible();
  await expect(page.getByText("Ihre Rolle: Administrator")).toBeVisible();
  // The organisation's document language is set here, with the organisation's other settings.
  await expect(
    page.getByRole("group", { name: "Dokumente auf" }).getByRole("radio", { name: "Français" }),
  ).toBeVisible();
  await screenshot(page, "i18n-settings-tabs-de", { fullPage: false });

  // Bad input in a settings form: the message next to the field is German.
  await page.getByLabel("E-Mail der einzuladenden Person").fill("keine-adresse");
  await page.getByRole("button", { name: "Einladungslink erstellen" }).click();
  await expect(page.locator("#field-email-error")).toHaveText(
    "Geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.",
  );

  for (const href of SETTINGS_PAGES) {
    await page.goto(href);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expectNoKeyNames(page);
    await expectAccessible(page);
    if (href === "/settings/organisation-profile") {
      // The form's questions come translated from the server (the rule set's catalogue stays out of the browser).
      await expect(
        page.getByRole("group", { name: "Ist Ihre Organisation in der EU niedergelassen oder ansässig?" }),
      ).toBeVisible();
      await screenshot(page, "i18n-organisation-profile-de");
    }
  }

  // At phone width the tab bar scrolls inside its own row; the page itself does not scroll sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings/business-units");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "i18n-settings-tabs-de-390", { fullPage: false });
  await page.goto("/settings");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, "i18n-settings-organisation-de-390");
  await page.setViewportSize({ width: 1280, height: 900 });

  // French, cheaply: the page and a message next to a field.
  await page.goto("/settings/language");
  await page.getByRole("group", { name: "Meine Sprache" }).getByRole("radio", { name: "Français" }).check();
  await page.getByRole("button", { name: "Meine Sprache speichern" }).click();
  await expect(page.getByRole("button", { name: "Enregistrer ma langue" })).toBeVisible();
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Paramètres", exact: true })).toBeVisible();
  await page.getByLabel("E-mail de la personne à inviter").fill("pas-une-adresse");
  await page.getByRole("button", { name: "Créer un lien d'invitation" }).click();
  await expect(page.locator("#field-email-error")).toHaveText(
    "Saisissez une adresse e-mail valide, comme name@example.com.",
  );
  await expectNoKeyNames(page);
  await expectAccessible(page);
});

// Its own test: the settings walk above already fills the 60 s budget on a 2-core machine.
test("the registry form, the REST API page's cards and the CSV import's column matching in German", async ({
  page,
}) => {
  await signUp(page, { name: "Lea Brandt", email: uniqueEmail("i18n-admin"), organizationName: "Brandt Daten GmbH" });
  await page.goto("/settings/language");
  await page.getByRole("group", { name: "My language" }).getByRole("radio", { name: "Deutsch", exact: true }).check();
  await page.getByRole("button", { name: "Save my language" }).click();
  await expect(page.getByRole("button", { name: "Meine Sprache speichern" })).toBeVisible();
  await page.goto("/settings/registry");
  await expect(page.getByLabel("Server-URL")).toBeVisible();
  await expect(page.getByLabel("Synchronisierungsplan")).toHaveValue("1440");
  await expect(page.getByRole("button", { name: "Verbindung hinzufügen" })).toBeVisible();
  await page.goto("/developers/api");
  await expect(page.getByRole("heading", { name: "Berechtigungen" })).toBeVisible();
  await expect(page.getByText("Zu viele Anfragen; warten Sie und versuchen Sie es erneut.")).toBeVisible();
  await expectNoKeyNames(page);
  await page.goto("/systems/import");
  await page.getByLabel("CSV-Datei").setInputFiles({
    name: "systeme.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("name,intended_purpose\nKreditprüfung,Bewertet Kreditanträge\n"),
  });
  await expect(page.getByRole("table", { name: "Welche Spalte Ihrer Datei welches Feld füllt" })).toBeVisible();
  await expect(page.getByLabel("Zweckbestimmung", { exact: true })).toHaveValue("intended_purpose");
  await expectNoKeyNames(page);
  await expectAccessible(page);
});
