import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A compliance officer brings a register kept in a spreadsheet onto a system's Risks tab: a bad file first (nothing
// imported, each error by row, column and value beside the upload), then the corrected one, then downloads it back.
const suffix = randomBytes(3).toString("hex");
const HEADER = "Title,Source,Likelihood,Impact,Residual likelihood,Residual impact,Treatment,Owner e-mail,Status";
const FIRST = `Thin-file applicants refused ${suffix}`;
const SECOND = `Score drift after rate change ${suffix}`;

async function shots(page: Page, name: string) {
  await screenshot(page, `risk-csv-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `risk-csv-${name}-390`);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function upload(page: Page, csv: string) {
  const form = page.getByRole("form", { name: "Import risks from CSV" });
  await form
    .getByLabel("CSV file")
    .setInputFiles({ name: "risks.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await form.getByRole("button", { name: "Import risks" }).click();
}

test("import a risk register by CSV on the Risks tab, errors first, then download it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const system = await createSystemViaApi(browser, {
    copyOf: "Retail credit scoring (ScoreOne)",
    name: uniqueName("Risk CSV"),
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto(`${system.path}/risks`);
  await expect(page.getByText("No risks recorded for this system yet.")).toBeVisible();

  await upload(
    page,
    `${HEADER}\n${FIRST},FRIA,4,5,2,3,Mitigate,${DEMO.compliance.email},Open\n${SECOND},Monitoring breach,6,2,,,,someone@elsewhere.example,Open\n`,
  );
  await expect(page.getByText("Nothing was imported: 2 errors")).toBeVisible();
  const errors = page.getByRole("table", { name: "Import errors" });
  await expect(errors.getByRole("row").nth(1).getByRole("cell")).toHaveText([
    "3",
    "Owner e-mail",
    "someone@elsewhere.example",
    "No member of this organisation has this e-mail address.",
  ]);
  await expect(errors.getByRole("row").nth(2).getByRole("cell")).toHaveText([
    "3",
    "Likelihood",
    "6",
    "Choose a value from 1 to 5.",
  ]);
  await expect(page.getByText("No risks recorded for this system yet.")).toBeVisible();
  await shots(page, "import-error");

  await upload(
    page,
    `${HEADER}\n${FIRST},FRIA,4,5,2,3,Mitigate,${DEMO.compliance.email},Open\n${SECOND},Monitoring breach,3,2,,,,,Open\n`,
  );
  await expect(page.getByText("2 risks imported.")).toBeVisible();
  await expect(page.getByRole("heading", { name: FIRST })).toBeVisible();
  await shots(page, "imported");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV", exact: true }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^risk-register-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await file.path(), "utf8");
  expect(text).toContain(FIRST);
  expect(text).toContain(SECOND);
  expect(text).toContain(DEMO.compliance.email);
});
