import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A compliance officer brings an ML pipeline's CycloneDX ML-BOM into the inventory: a broken file first (schema errors
// by JSON path beside the upload, nothing imported), then the real one: the check shows what will be created, Apply
// creates it, and the new system's page offers the BOM back as a download.
const suffix = randomBytes(3).toString("hex");
const FIXTURES = "tests/fixtures/bom";

async function shots(page: Page, name: string) {
  await screenshot(page, `bom-import-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `bom-import-${name}-390`);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function choose(page: Page, name: string, text: string) {
  await page
    .getByLabel("Bill of materials (CycloneDX or SPDX JSON)")
    .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Check file" }).click();
}

test("import a CycloneDX ML-BOM: errors by JSON path, then check, apply and download it back", async ({ page }) => {
  test.setTimeout(120_000);
  const bom = JSON.parse(await readFile(`${FIXTURES}/credit-scoring.cdx.json`, "utf8"));
  const systemName = `Loan approval assistant ${suffix}`;
  bom.metadata.component.name = systemName;
  bom.components[0].name = `credit-scoring-gbm-${suffix}`;
  bom.components[1].name = `loan-applications-${suffix}`;

  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems/import");
  await page.getByRole("link", { name: "Import a bill of materials" }).click();
  await expect(page.getByRole("heading", { name: "Import a bill of materials" })).toBeVisible();

  await choose(page, "broken.cdx.json", await readFile(`${FIXTURES}/broken.cdx.json`, "utf8"));
  const errors = page.locator("#bom-file-error");
  await expect(errors).toContainText("/components/2/modelCard/modelParameters: must be object");
  await expect(page.getByRole("button", { name: "Apply" })).toBeDisabled();
  await shots(page, "errors");

  await choose(page, "credit-scoring.cdx.json", JSON.stringify(bom));
  const diff = page.getByRole("table", { name: /What applying will do/ });
  await expect(diff.getByRole("row", { name: new RegExp(`AI system ${systemName} New`) })).toBeVisible();
  await expect(diff.getByRole("row", { name: /Model version credit-scoring-gbm-\w+ 2\.3\.0 New/ })).toBeVisible();
  await shots(page, "check");

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("table", { name: /What the import did/ })).toBeVisible();
  await page.getByRole("link", { name: `Open ${systemName}` }).click();
  await expect(page.getByRole("heading", { name: systemName })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as CycloneDX ML-BOM" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^loan-approval-assistant-\w+\.cdx\.json$/);
  const exported = JSON.parse(await readFile(await file.path(), "utf8"));
  expect(exported.components.map((c: { name: string }) => c.name)).toContain(`credit-scoring-gbm-${suffix}`);
  await expectAccessible(page);
});

test("import an SPDX 3.0.1 AI and Dataset document: errors by JSON path, then check and apply", async ({ page }) => {
  test.setTimeout(120_000);
  const doc = JSON.parse(await readFile(`${FIXTURES}/credit-scoring.spdx.json`, "utf8"));
  const systemName = `Claims triage ${suffix}`;
  const byType = (type: string) => doc["@graph"].filter((e: { type: string }) => e.type === type);
  byType("software_Package")[0].name = systemName;
  byType("ai_AIPackage")[0].name = `claims-model-${suffix}`;
  byType("dataset_DatasetPackage").forEach((d: { name: string }, i: number) => (d.name = `claims-data-${i}-${suffix}`));

  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems/import-bom");
  await choose(page, "broken.spdx.json", await readFile(`${FIXTURES}/broken.spdx.json`, "utf8"));
  const errors = page.locator("#bom-file-error");
  await expect(errors).toContainText("/@graph/6: must have required property 'dataset_datasetType'");
  await expect(page.getByRole("button", { name: "Apply" })).toBeDisabled();
  await shots(page, "spdx-errors");

  await choose(page, "credit-scoring.spdx.json", JSON.stringify(doc));
  const diff = page.getByRole("table", { name: "What applying will do (SPDX 3.0.1)" });
  await expect(diff.getByRole("row", { name: new RegExp(`AI system ${systemName} New`) })).toBeVisible();
  await expect(diff.getByRole("row", { name: /Dataset claims-data-1-\w+ New/ })).toBeVisible();
  await shots(page, "spdx-check");

  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("table", { name: "What the import did (SPDX 3.0.1)" })).toBeVisible();
  await page.getByRole("link", { name: `Open ${systemName}` }).click();
  await expect(page.getByRole("heading", { name: systemName })).toBeVisible();
  await expectAccessible(page);
});
