import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { defined, one } from "../helpers/expect-defined";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

const shot = (page: Page, name: string) => screenshot(page, `import-export-${name}`);

function csv(header: string[], rows: Record<string, string>[]): string {
  const quote = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header.join(","), ...rows.map((r) => header.map((h) => quote(r[h] ?? "")).join(","))].join("\r\n") + "\r\n";
}

async function upload(page: Page, name: string, text: string) {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
}

test("a compliance officer imports systems from the template: a bad row is reported and nothing is written until fixed", async ({
  page,
}) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import AI systems" })).toBeVisible();
  await expectAccessible(page);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the CSV template" }).click();
  const template = await readFile(await (await downloading).path(), "utf8");
  const header = one(template.replace(/^\uFEFF/, "").split("\r\n"), 0, "the template's header line").split(",");
  expect(header).toEqual(
    expect.arrayContaining([
      "name",
      "intended_purpose",
      "business_unit",
      "lifecycle_stage",
      "member_states",
      "data_categories",
      "classification_answers",
    ]),
  );

  // The allowed values of the columns that take a choice: on the page, and as a second CSV (a CSV has no second sheet).
  await page.getByText("Allowed values of the columns that take a choice").click();
  const allowed = page.getByRole("list", { name: "Allowed values of data_categories" });
  await expect(allowed.getByRole("listitem").filter({ hasText: "NON_PERSONAL" })).toContainText("No personal data");
  await expectAccessible(page);
  const listing = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the allowed values as CSV" }).click();
  const values = await readFile(await (await listing).path(), "utf8");
  expect(values).toContain("\r\nautomation_level,HUMAN_DECIDES,Advisory: a person decides,no\r\n");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "allowed-values-390");
  await page.setViewportSize({ width: 1280, height: 720 });
  await shot(page, "allowed-values");

  // A file past a bound (issue #14) is refused next to the file input, before anything is sent.
  await upload(page, "wide.csv", Array.from({ length: 101 }, (_, i) => `column ${i}`).join(",") + "\r\nx\r\n");
  await expect(
    page.getByText("The header row has 101 columns; an import takes at most 100. Start from the template."),
  ).toBeVisible();
  await expect(page.getByLabel("CSV file")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: "Check file" })).toHaveCount(0);

  const tag = randomBytes(3).toString("hex");
  // The labels the form shows ("Pilot", "No personal data", "Advisory") are taken as well as the codes.
  const good = {
    name: `Imported scorer ${tag}`,
    intended_purpose: "Score leads",
    business_unit: "Sales",
    lifecycle_stage: "Pilot",
    member_states: "Germany;FR",
    data_categories: "No personal data",
    automation_level: "Advisory",
  };
  const bad = { ...good, name: `Imported bot ${tag}`, output_used_in_eu: "maybe" };
  await upload(page, "systems.csv", csv(header, [good, bad]));
  await expect(page.getByText("systems.csv: 2 rows")).toBeVisible();
  await expect(page.getByLabel("Lifecycle stage")).toHaveValue("lifecycle_stage");
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("1 problem in 1 of 2 rows. Nothing was imported.")).toBeVisible();
  const problem = page.getByRole("region", { name: "Problems found in the file" }).getByRole("row").nth(1);
  await expect(problem).toContainText("3");
  await expect(problem).toContainText("output_used_in_eu");
  await expect(problem).toContainText("maybe");
  await expect(problem).toContainText("“maybe” is not an allowed value. Allowed: yes, no, or leave it empty.");
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();
  await expectAccessible(page);
  await shot(page, "errors");

  // Import the valid row now; the other comes back as CSV with a reason, to fix and upload again.
  await page.getByLabel(/Import the rows without problems/).check();
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("button", { name: "Import 1 system" }).click();
  await expect(page.getByText("Imported 1 new AI system")).toBeVisible();
  const rejecting = page.waitForEvent("download");
  await page.getByRole("button", { name: /Download the 1 row with problems/ }).click();
  const rejected = await readFile(await (await rejecting).path(), "utf8");
  const [rejectedHeader, rejectedRow] = rejected
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(rejectedHeader).toBe([...header, "reason"].join(","));
  expect(rejectedRow).toContain(bad.name);
  expect(rejectedRow).toContain("output_used_in_eu: “maybe” is not an allowed value");
  await shot(page, "rows-left-out");

  await upload(page, "systems-rows-to-fix.csv", rejected.replace(",maybe,", ",yes,"));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("No problems found")).toBeVisible();
  await page.getByRole("button", { name: "Import 1 system" }).click();
  await expect(page.getByText("Imported 1 new AI system")).toBeVisible();
  await shot(page, "done");

  // The same file again: the check lists both rows as systems the organisation already has and asks what to do.
  await upload(page, "systems-again.csv", csv(header, [good, { ...bad, output_used_in_eu: "yes" }]));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("2 rows name a system you already have")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toBeDisabled();
  await expectAccessible(page);
  await shot(page, "duplicates");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, "duplicates-390");
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByLabel(/Skip these rows/).check();
  await page.getByRole("button", { name: "Import 0 systems" }).click();
  await expect(page.getByText("Nothing new to import")).toBeVisible();
  await expect(page.getByText("Skipped 2 rows that name systems you already have")).toBeVisible();

  await page.getByRole("link", { name: "Open the inventory" }).click();
  await page.getByRole("searchbox", { name: "Search" }).fill(tag);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: good.name })).toHaveCount(1);
  await expect(page.getByRole("link", { name: bad.name })).toHaveCount(1);
});

test("an administrator downloads the organisation export", async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/settings/data");
  await expect(page.getByRole("heading", { level: 1, name: "Export and import" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "settings-data");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download organisation export" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-export-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(await readFile(await download.path(), "utf8")) as {
    format: string;
    organization: { name: string };
    tables: Record<string, unknown[]>;
  };
  expect(doc.format).toBe("actlas-organization-export");
  expect(doc.organization.name).toBe("Demo Bank & Insurance");
  expect(defined(doc.tables.aiSystem, "the export's aiSystem table").length).toBeGreaterThanOrEqual(33);
  expect(defined(doc.tables.auditEvent, "the export's auditEvent table").length).toBeGreaterThan(0);

  await page.goto("/obligations");
  await expect(page.getByRole("link", { name: "Export JSON" })).toBeVisible();
  await expectAccessible(page);
});
