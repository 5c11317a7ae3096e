import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs/promises";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A compliance officer opens ISO/IEC 42001, lists the controls with gaps, opens the first, tries to exclude it without
// a reason (refused next to the field), excludes it with one, and downloads the Statement of Applicability as CSV.
// The demo organisation is shared with other specs, so the control is included again at the end.

async function shots(page: Page, name: string) {
  await screenshot(page, `standards-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `standards-${name}-390`);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("officer reviews ISO/IEC 42001 gaps, excludes a control with a justification and exports the SoA", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Standards" }).click();
  await expect(page.getByRole("heading", { name: "Standards", level: 1 })).toBeVisible();
  await expect(page.getByText(/of 38 controls fully evidenced/)).toBeVisible();
  await expect(page.getByText(/of 72 controls fully evidenced/)).toBeVisible();
  await expectAccessible(page);
  await shots(page, "overview");

  await page.getByRole("link", { name: "ISO/IEC 42001", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^ISO\/IEC 42001/, level: 1 })).toBeVisible();
  await page.getByRole("link", { name: /^Gaps \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/show=gaps/);
  const table = page.getByRole("table", { name: "ISO/IEC 42001 controls with gaps" });
  const first = table.getByRole("link", { name: /: details$/ }).first();
  const controlId = ((await first.textContent()) ?? "").trim();
  expect(controlId).toMatch(/^A\.\d+\.\d+(\.\d+)?$/);
  await expectAccessible(page);
  await first.click();

  const detail = page.getByRole("region", { name: new RegExp(`^${controlId.replace(/\./g, "\\.")} ·`) });
  await expect(detail).toBeVisible();
  await detail.getByLabel("Exclude").check();
  await detail.getByLabel("Justification").fill("no");
  await detail.getByRole("button", { name: "Save decision" }).click();
  await expect(detail.getByText(/Say why this control is excluded/)).toBeVisible();
  await expectAccessible(page);
  await shots(page, "detail-error");

  const reason = `Not applicable in e2e run ${Date.now()}: we only deploy AI systems bought from vendors.`;
  await detail.getByLabel("Justification").fill(reason);
  await detail.getByRole("button", { name: "Save decision" }).click();
  await expect(detail.getByText("Saved.")).toBeVisible();
  await expect(detail.getByText("Excluded", { exact: true })).toBeVisible();
  // Excluded controls are no longer gaps.
  await expect(table.getByRole("link", { name: `${controlId}: details` })).toHaveCount(0);
  await shots(page, "detail-saved");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Statement of Applicability (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^iso-42001-statement-of-applicability-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await fs.readFile(await download.path(), "utf8");
  expect(csv.split("\n")[0]).toContain("Control,Group,Title (Actlas wording),Applicability,Justification");
  expect(csv.split("\n").find((line) => line.startsWith(`${controlId},`))).toContain(`Excluded,${reason}`);

  // Leave the shared demo organisation as it was.
  await detail.getByLabel("Include").check();
  await detail.getByLabel("Justification").fill("");
  await detail.getByRole("button", { name: "Save decision" }).click();
  await expect(detail.getByText("Saved.")).toBeVisible();
  await expect(detail.getByText("Excluded", { exact: true })).toHaveCount(0);
});
