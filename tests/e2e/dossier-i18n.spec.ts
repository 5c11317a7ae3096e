import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { asciiSlug } from "../../lib/slug";
import { pdfPages } from "../unit/pdf/pdf-text";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Issue #22, documents: the dossier page in German, a version sealed in the language picked at export, and the same
// sealed version downloaded in the other languages. The demo member has no language of their own: the browser decides.

const OUR_NAMESPACES = /\b(DossierPage|DossierExport|DossierVersions|Dossier[A-Z]\w*)\.[a-z]\w*/;

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

// The browser's language, as a German reader's would be: Chromium sets Accept-Language from the context's locale and
// keeps it over extra headers.
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
