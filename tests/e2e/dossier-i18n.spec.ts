import { expect, test, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { asciiSlug } from "../../lib/slug";
import { pdfPages } from "../unit/pdf/pdf-text";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Issue #22, documents: the dossier page in German, a version sealed in the language picked at export, and the same
// sealed version downloaded in the other languages; in French, attesting a version and the Reports page's verify
// verdict, bulk ZIP export and recent dossiers. The demo member has no language of their own: the browser decides.

const OUR_NAMESPACES = /\b(DossierPage|DossierExport|DossierVersions|Dossier[A-Z]\w*|Roles)\.[a-z]\w*/;
// What the attestation, the verify verdict, the ZIP export and the recent list said before they were translated.
const THEIR_ENGLISH =
  /Genuine|unaltered|Attestation statement|Attest as|attested on|\(Legal\)|Which systems\?|dossiers as ZIP|Most recent dossier|Not attest|Rule set|SHA-256 of the/;

async function expectGermanPage(page: Page, name: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
  await expectAccessible(page);
  await screenshot(page, `dossier-de-${name}`);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await screenshot(page, `dossier-de-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function downloadText(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent("download", { timeout: 90_000 });
  await click();
  const download = await downloading;
  const pdf = await readFile((await download.path())!);
  return { fileName: download.suggestedFilename(), text: (await pdfPages(pdf)).join(" ") };
}

// The browser's language, as a German or French reader's would be: Chromium sets Accept-Language from the context's
// locale and keeps it over extra headers.
test.describe("in German", () => {
  test.use({ locale: "de-DE" });

  test("the dossier page in German; a French seal downloads in German and English too", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const system = await createSystemViaApi(browser, {
      copyOf: "Card transaction fraud detection",
      name: uniqueName("Kartenprüfung Dossier"),
      description: "Screens card payments in real time and holds suspicious ones for review.",
    });
    await signIn(page, DEMO.legal.email, DEMO.legal.password);
    await page.goto(`${system.path}/dossier`);
    await expect(page.getByRole("heading", { name: "Neue Version exportieren" })).toBeVisible();
    await expect(page.getByText(/Für dieses System wurde noch kein Dossier exportiert/)).toBeVisible();
    await expect(page.getByLabel("Sprache der PDF-Datei")).toHaveValue("en");
    await expectGermanPage(page, "empty");

    await page.getByLabel("Sprache der PDF-Datei").selectOption("fr");
    const sealed = await downloadText(page, () => page.getByRole("button", { name: "Entwurf exportieren" }).click());
    await expect(page.getByText(/^Entwurf Version 1 exportiert und versiegelt/)).toBeVisible({ timeout: 60_000 });
    expect(sealed.fileName).toBe(`${asciiSlug(system.name, 60)}-dossier-v1-fr.pdf`);
    expect(sealed.text).toContain("Description du système");
    const version = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Version 1\b/ }) });
    await expect(version.getByText("Versiegelt auf Französisch")).toBeVisible();
    await expectGermanPage(page, "versions");

    const german = await downloadText(page, () =>
      version.getByRole("link", { name: "Version 1 auf Deutsch herunterladen (PDF)" }).click(),
    );
    expect(german.fileName).toBe(`${asciiSlug(system.name, 60)}-dossier-v1-de.pdf`);
    expect(german.text).toContain("Systembeschreibung");
    expect(german.text).toContain("Lückenübersicht");
    const english = await downloadText(page, () =>
      version.getByRole("link", { name: "Version 1 auf Englisch herunterladen (PDF)" }).click(),
    );
    expect(english.text).toContain("System description");
    // One sealed snapshot behind all three: its fingerprint is printed on every cover.
    const fingerprint = /[0-9a-f]{64}/.exec(sealed.text)?.[0];
    expect(fingerprint).toBeDefined();
    expect(german.text).toContain(fingerprint!);
    expect(english.text).toContain(fingerprint!);
  });
});

async function expectFrenchPage(page: Page, name: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const text = await page.locator("body").innerText();
  expect(text).not.toMatch(OUR_NAMESPACES);
  expect(text).not.toMatch(THEIR_ENGLISH);
  await expectAccessible(page);
  await screenshot(page, `dossier-fr-${name}`);
}

test.describe("in French", () => {
  test.use({ locale: "fr-FR" });

  test("legal attests a final version, then verifies it on the Reports page, all in French", async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000);
    const system = await createSystemViaApi(browser, {
      // Nothing the law requires is missing once classified: a final version can be sealed and attested.
      copyOf: "Card transaction fraud detection",
      name: uniqueName("Contrôle des cartes"),
      description: "Screens card payments in real time and holds suspicious ones for review.",
    });
    const statement = "J'ai examiné ce dossier pour le régulateur ; il est complet et exact.";
    await signIn(page, DEMO.legal.email, DEMO.legal.password);
    await page.goto(`${system.path}/dossier`);
    const sealed = page.waitForEvent("download", { timeout: 90_000 });
    await page.getByRole("button", { name: "Exporter en définitif" }).click();
    await expect(page.getByText(/^Version définitive 1 exportée et scellée/)).toBeVisible({ timeout: 60_000 });
    const pdf = await readFile((await (await sealed).path())!);

    const version = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Version 1\b/ }) });
    await version.getByText("Attester la version 1").click();
    await expect(
      version.getByPlaceholder("J'ai examiné ce dossier et confirme qu'il est complet et exact."),
    ).toBeVisible();
    await version.getByLabel("Déclaration d'attestation pour la version 1").fill(statement);
    await version.getByRole("button", { name: /^Attester en tant que / }).click();
    await expect(version.getByText(statement)).toBeVisible();
    await expect(version.getByText(/\(Service juridique\) a attesté le \d{1,2} \S+ \d{4}/)).toBeVisible();
    await expectFrenchPage(page, "attested");

    await page.goto("/reports");
    await expect(page.getByRole("group", { name: "Quels systèmes ?" })).toBeVisible();
    await expect(page.getByLabel(/^Tous les systèmes d'IA à haut risque/)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Exporter [\d\s\u202f]+ dossiers? en ZIP$/ })).toBeVisible();
    const recent = page.getByRole("table", { name: "Derniers exports de dossiers" });
    const row = recent.getByRole("row").filter({ hasText: system.name });
    await expect(row.getByText("Définitive", { exact: true })).toBeVisible();
    await expect(row.getByText("Attestée", { exact: true })).toBeVisible();
    await expect(recent.getByRole("columnheader", { name: "Système d'IA" })).toBeVisible();

    await page
      .getByLabel("PDF du dossier")
      .setInputFiles({ name: "cartes.pdf", mimeType: "application/pdf", buffer: pdf });
    await page.getByRole("button", { name: "Vérifier", exact: true }).click();
    const verdict = page.getByRole("status").filter({ hasText: "Authentique" });
    await expect(
      verdict.getByText("Authentique : « cartes.pdf » est un dossier Actlas non modifié de cette organisation."),
    ).toBeVisible();
    await expect(verdict.getByRole("link", { name: system.name })).toBeVisible();
    await expect(verdict.getByText("Jeu de règles")).toBeVisible();
    await expect(verdict.getByText(statement)).toBeVisible();
    await expect(verdict.getByText("(Service juridique)")).toBeVisible();
    await expectFrenchPage(page, "verify-genuine");

    const tampered = Buffer.from(pdf);
    const middle = Math.floor(tampered.length / 2);
    tampered.writeUInt8(tampered.readUInt8(middle) ^ 0x01, middle);
    await page
      .getByLabel("PDF du dossier")
      .setInputFiles({ name: "cartes-modifie.pdf", mimeType: "application/pdf", buffer: tampered });
    await page.getByRole("button", { name: "Vérifier", exact: true }).click();
    await expect(
      page.getByText("Non authentique : « cartes-modifie.pdf » n'est pas un dossier scellé de cette organisation"),
    ).toBeVisible();
    await expect(page.getByText(createHash("sha256").update(tampered).digest("hex"))).toBeVisible();
    await expectFrenchPage(page, "verify-tampered");
  });
});
