import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Legal downloads the FRIA and the Annex IV documentation as Word files from their editors. Only reads: the seeded
// high-risk system the demo organisation provides (so both records apply) is used as it is.
const SYSTEM = "Life insurance risk pricing";

async function openSystem(page: Page): Promise<string> {
  await page.goto(`/systems?q=${encodeURIComponent(SYSTEM)}`);
  const href = await page.getByRole("link", { name: SYSTEM, exact: true }).first().getAttribute("href");
  expect(href).toMatch(/^\/systems\/[^/]+$/);
  return href!;
}

async function downloadWord(page: Page): Promise<{ name: string; xml: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Word (.docx)" }).click(),
  ]);
  const file = await readFile((await download.path())!);
  const xml = strFromU8(unzipSync(new Uint8Array(file))["word/document.xml"]!);
  return { name: download.suggestedFilename(), xml };
}

test("legal downloads the FRIA and the Annex IV documentation as Word files from their editors", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.legal.email, DEMO.legal.password);
  const system = await openSystem(page);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${system}/documentation/fria`);
    await expect(page.getByRole("heading", { name: "Fundamental rights impact assessment (Art 27)" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, `docx-fria-${width}`, { fullPage: false });
  }
  const fria = await downloadWord(page);
  expect(fria.name).toMatch(/^life-insurance-risk-pricing-fria-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(fria.xml).toContain(SYSTEM);
  expect(fria.xml).toContain('<w:pStyle w:val="Heading1"/>');

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${system}/documentation/annex-iv/3`);
  await expectAccessible(page);
  const annex = await downloadWord(page);
  expect(annex.name).toMatch(/^life-insurance-risk-pricing-annex-iv-\d{4}-\d{2}-\d{2}\.docx$/);
  expect(annex.xml).toContain("Section 9. Post-market monitoring (Art 72)");
});
