import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { pdfPages } from "../unit/pdf/pdf-text";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Issue #18: exporting while records are missing is an explicit choice. Legal sees the gaps first, can only seal a
// draft, and the history says Draft.
const SOURCE = "Retail credit scoring (ScoreOne)";
const shot = (page: Page, name: string) => screenshot(page, `dossier-draft-${name}`);

test("legal sees the gaps, exports a draft of a system with gaps, and the history shows Draft", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const system = await createSystemViaApi(browser, { copyOf: SOURCE, name: uniqueName("Draft dossier") });
  await signIn(page, DEMO.legal.email, DEMO.legal.password);
  await page.goto(`${system.path}/dossier`);

  const blocking = page.getByRole("list", { name: "Gaps that block a final dossier" });
  await expect(page.getByRole("heading", { name: /gaps? blocks? a final dossier$/ })).toBeVisible();
  await expect(
    blocking.getByText("Annex IV technical documentation: 9 of 9 sections missing or incomplete", { exact: true }),
  ).toBeVisible();
  await expect(blocking.getByText("FRIA (Art 27): not recorded", { exact: true })).toBeVisible();
  await expect(blocking.getByRole("link", { name: /^Documentation: Annex IV/ })).toHaveAttribute(
    "href",
    `${system.path}/documentation`,
  );
  await expect(page.getByRole("button", { name: "Export final" })).toBeDisabled();
  await expect(page.getByText(/^Final is possible once the gaps above are closed\./)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "gaps");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "gaps-phone");
  await page.setViewportSize({ width: 1280, height: 800 });

  const downloading = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: "Export draft" }).click();
  await expect(page.getByText(/^Draft version 1 exported and sealed; the PDF is downloading\.$/)).toBeVisible({
    timeout: 60_000,
  });
  const pdf = await readFile((await (await downloading).path())!);
  const pages = await pdfPages(pdf);
  for (const text of pages) expect(text).toContain("DRAFT");
  expect(pages[0]).toContain("Gap summary:");

  const version = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Version 1\b/ }) });
  await expect(version.getByText("Draft", { exact: true })).toBeVisible();
  await expect(version.getByText(/A draft is watermarked DRAFT and cannot be attested/)).toBeVisible();
  await expect(version.getByText("Attest version 1")).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, "history");

  // The organisation-wide list says Draft too.
  await page.goto("/reports");
  const row = page
    .getByRole("table", { name: "Most recent dossier exports" })
    .getByRole("row")
    .filter({ hasText: system.name });
  await expect(row.getByText("Draft", { exact: true })).toBeVisible();
  await expect(row.getByText("Not attestable")).toBeVisible();
});
