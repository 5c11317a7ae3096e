import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Issue #22, the documentation record editors: the FRIA editor in German and an Annex IV section in French, with the
// field titles, help and the form's own words in the reader's language, axe-clean and without sideways scrolling at
// 390 px. The demo legal officer has no language of their own, so the browser's decides.
const SYSTEM = "Life insurance risk pricing";
const OUR_NAMESPACES = /\b(LegalForm|LegalSignOff|LegalEditorShell|LegalEditorPages|LegalRecordStatus)\.[a-z]\w*/;

async function openSystem(page: Page): Promise<string> {
  await page.goto(`/systems?q=${encodeURIComponent(SYSTEM)}`);
  const href = await page.getByRole("link", { name: SYSTEM, exact: true }).first().getAttribute("href");
  expect(href).toMatch(/^\/systems\/[^/]+$/);
  return href!;
}

async function expectReadable(page: Page, name: string) {
  expect(await page.locator("body").innerText()).not.toMatch(OUR_NAMESPACES);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, `records-${name}-390`, { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe("a German browser", () => {
  test.use({ locale: "de-DE" });

  test("the FRIA editor in German", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.legal.email, DEMO.legal.password);
    const system = await openSystem(page);
    await page.goto(`${system}/documentation/fria`);
    await expect(page.getByRole("heading", { name: "Grundrechte-Folgenabschätzung (Art 27)" })).toBeVisible();
    await expect(page.getByLabel("(a) Verfahren, in denen das System verwendet wird")).toBeVisible();
    await expect(page.getByLabel("Marktüberwachungsbehörde (optional)")).toBeVisible();
    await expect(page.getByRole("link", { name: "Word-Datei herunterladen (.docx)" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Speichern", exact: true })).toBeVisible();
    await expectReadable(page, "fria-de");
  });
});

test.describe("a French browser", () => {
  test.use({ locale: "fr-FR" });

  test("an Annex IV section in French", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.legal.email, DEMO.legal.password);
    const system = await openSystem(page);
    await page.goto(`${system}/documentation/annex-iv/3`);
    await expect(
      page.getByRole("heading", { name: "Annexe IV, section 3 : Surveillance, fonctionnement et contrôle" }),
    ).toBeVisible();
    await expect(page.getByLabel("Mesures de contrôle humain")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Autres sections de l'annexe IV" })).toContainText(
      "Section 4. Adéquation des indicateurs de performance",
    );
    await expectReadable(page, "annex-iv-fr");
  });
});
