import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

const TALENT_RANK = "CV screening and ranking (TalentRank)";
const COMPLIANCE_NAME = "Ştefan Popescu";
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const pdf = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const shot = (page: Page, name: string) => screenshot(page, `obligations-${name}`);

// The obligations come from the demo seed's answers for TalentRank (a bought CV-screening tool: deployer duties),
// stored for a copy of it that only this test works on.
async function openObligationsOfOwnCopy(page: Page, browser: Browser, prefix: string) {
  const system = await createSystemViaApi(browser, { copyOf: TALENT_RANK, name: uniqueName(prefix) });
  await page.goto(system.path);
  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Obligations" }).click();
  return system;
}

function obligation(page: Page, title: string): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title }) });
}

async function openPanel(item: Locator) {
  await item.locator("summary").first().click();
}

test("a compliance officer works an obligation with evidence and finds it under My work", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  const system = await openObligationsOfOwnCopy(page, browser, "CV screening obligations");
  await expect(page.getByRole("heading", { name: "As deployer" })).toBeVisible();
  await expectAccessible(page);

  // Status and owner, saved with optimistic concurrency.
  const inputData = obligation(page, "Art 26(4) Relevant input data");
  await openPanel(inputData);
  await inputData.getByLabel("Status", { exact: true }).selectOption({ label: "In progress" });
  await inputData.getByLabel("Owner", { exact: true }).selectOption({ label: COMPLIANCE_NAME });
  await inputData.getByRole("button", { name: "Save changes" }).click();
  await expect(inputData.getByText(/^Saved at /)).toBeVisible();
  await expect(inputData.getByText("In progress", { exact: true }).first()).toBeVisible();
  await expect(inputData.locator("dl").first()).toContainText(COMPLIANCE_NAME);

  // Evidence: a disguised program is refused; a PDF is stored with its SHA-256; a new version keeps the old one.
  await inputData.getByLabel("File", { exact: true }).setInputFiles({
    name: "input-data-check.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]),
  });
  await inputData.getByRole("button", { name: "Upload file" }).click();
  await expect(inputData.getByText(/not accepted as evidence/)).toBeVisible();
  const v1 = pdf("input data check, first draft");
  await inputData
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "input-data-check.pdf", mimeType: "application/pdf", buffer: v1 });
  await inputData.getByRole("button", { name: "Upload file" }).click();
  await expect(inputData.getByRole("cell", { name: sha256(v1) })).toBeVisible();
  const v2 = pdf("input data check, signed off");
  await inputData.getByText("Upload a new version").click();
  await inputData
    .getByLabel("New version of the file")
    .setInputFiles({ name: "input-data-check-signed.pdf", mimeType: "application/pdf", buffer: v2 });
  await inputData.getByRole("button", { name: "Upload new version" }).click();
  await expect(inputData.getByRole("cell", { name: sha256(v2) })).toBeVisible();
  await expect(inputData.getByRole("cell", { name: sha256(v1) })).toBeVisible();
  await expect(inputData.getByText("2 versions")).toBeVisible();
  await expect(inputData.getByText("1 evidence")).toBeVisible();
  const download = page.waitForEvent("download");
  await inputData.getByRole("link", { name: /Download version 1 of/ }).click();
  expect((await download).suggestedFilename()).toBe("input-data-check.pdf");
  await expectAccessible(page);
  await shot(page, "system-tab");

  // "Not applicable" needs a justification: refused without, saved with.
  const logs = obligation(page, "Art 26(6) Keep logs for six months");
  await openPanel(logs);
  await logs.getByLabel("Status", { exact: true }).selectOption({ label: "Not applicable" });
  await logs.getByRole("button", { name: "Save changes" }).click();
  await expect(logs.getByText(/Explain why this obligation does not apply/)).toBeVisible();
  await logs
    .getByLabel("Why does this obligation not apply?")
    .fill("The vendor keeps the logs under our contract; we have no access to them.");
  await logs.getByRole("button", { name: "Save changes" }).click();
  await expect(logs.getByText(/^Saved at /)).toBeVisible();
  await expect(logs.getByText(/Why it does not apply:/)).toBeVisible();

  // "Done" on the literacy duty rests on the literacy register: with nobody on this system trained, it asks, next to
  // the field, why the duty is met anyway, and shows the answer.
  const literacy = obligation(page, "Art 4(1) Support AI literacy");
  // The law's date and the plan are two facts: a duty in force since 2025 is not overdue the day it is found.
  await expect(literacy.getByText("Applies since 2 Feb 2025")).toBeVisible();
  await expect(literacy.getByText(/^Due \d/)).toBeVisible();
  await expect(literacy.getByText(/Overdue/)).toHaveCount(0);
  await openPanel(literacy);
  await literacy.getByLabel("Status", { exact: true }).selectOption({ label: "Done" });
  await literacy.getByRole("button", { name: "Save changes" }).click();
  // The hint under the note says the same from the start; the refusal is the alert.
  await expect(literacy.getByRole("alert").filter({ hasText: /say why this duty is met anyway/ })).toBeVisible();
  await literacy
    .getByLabel("How was this obligation met?")
    .fill("Covered by the group AI literacy course, 2026 cohort.");
  await literacy.getByRole("button", { name: "Save changes" }).click();
  await expect(literacy.getByText(/^Saved at /)).toBeVisible();
  await expect(literacy.getByText(/How it was met:/)).toBeVisible();
  await expectAccessible(page);

  // The system's evidence tab lists the file with both versions.
  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Evidence" }).click();
  await expect(page.getByText("for Art 26(4) · Relevant input data")).toBeVisible();
  await expect(page.getByRole("cell", { name: sha256(v1) })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "evidence-tab");

  // The organisation-wide list, filtered to "My work".
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Obligations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Obligations" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "My work" }).click();
  await expect(page).toHaveURL(/view=mine/);
  const rows = page.locator("tbody tr");
  const ours = rows.filter({ hasText: system.name });
  await expect(ours.filter({ hasText: "Relevant input data" })).toHaveCount(1);
  await expect(ours.filter({ hasText: "Keep logs for six months" })).toHaveCount(0);
  for (const owner of await rows.locator("td:nth-child(4)").allTextContents()) expect(owner).toBe(COMPLIANCE_NAME);
  await expectAccessible(page);
  await shot(page, "my-work");
  await ours
    .filter({ hasText: "Relevant input data" })
    .getByRole("link", { name: /Relevant input data/ })
    .click();
  await expect(page.getByRole("heading", { name: "Art 26(4) Relevant input data" })).toBeVisible();
});

test("the organisation list filters by status and due window and keeps them in the URL", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/obligations");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Done" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=DONE/);
  await expect(page.locator("tbody tr").first()).toContainText("Done");
  await page.goto("/obligations?due=none&owner=none");
  await expect(page.getByLabel("Due")).toHaveValue("none");
  await expect(page.getByLabel("Owner")).toHaveValue("none");
  await shot(page, "list-filtered");
  await expectAccessible(page);
});

test("duties a re-classification dropped stay visible, greyed and read-only", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems?q=ScoreOne");
  await page.getByRole("link", { name: "Retail credit scoring (ScoreOne)" }).click();
  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Obligations" }).click();
  await expect(page.getByRole("heading", { name: "No longer applies" })).toBeVisible();
  const dropped = obligation(page, "Art 111(2) Watch for significant design changes");
  await expect(dropped.getByText(/^No longer applies since \d+ \w+ \d{4}$/)).toBeVisible();
  await openPanel(dropped);
  await expect(
    dropped.getByText("This obligation no longer applies; it is kept for the record and cannot be changed."),
  ).toBeVisible();
  await expect(dropped.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, "obsolete");
});

test("evidence files up to 20 MB upload whole; larger ones are refused with the limit named", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await openObligationsOfOwnCopy(page, browser, "CV screening evidence");
  const item = obligation(page, "Art 26(2) Assign human oversight");
  await openPanel(item);
  const big = Buffer.concat([pdf("large scan"), Buffer.alloc(15 * 1024 * 1024, 0x20)]);
  await item
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "oversight-scan.pdf", mimeType: "application/pdf", buffer: big });
  await item.getByRole("button", { name: "Upload file" }).click();
  await expect(item.getByRole("cell", { name: sha256(big) })).toBeVisible({ timeout: 30_000 });
  const tooBig = Buffer.concat([pdf("too large"), Buffer.alloc(21 * 1024 * 1024, 0x20)]);
  await item
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "too-large.pdf", mimeType: "application/pdf", buffer: tooBig });
  await item.getByRole("button", { name: "Upload file" }).click();
  await expect(item.getByText(/over the limit of 20 MB/)).toBeVisible({ timeout: 30_000 });
});
