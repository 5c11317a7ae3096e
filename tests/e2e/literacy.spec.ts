import { expect, test, type Locator, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { exeBytes, pdfBytes } from "../unit/evidence/fixtures";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";
import { expectFitsPhone } from "./phone-fit";

// A compliance officer keeps the Art 4 register: imports staff by CSV (a bad file first: nothing is imported and each
// error names its row), assigns two of them to a new system, adds a briefing meant for that system, records that one
// person completed it (with a certificate, after a refused file), and sees the system's coverage rise from 0 of 2 to
// 1 of 2; the certificate downloads from the person's page. Names carry a run suffix because
// the demo organisation is shared with other specs.
const suffix = randomBytes(3).toString("hex");
const ANN = { name: `Ann ${suffix}`, email: `ann-${suffix}@e2e.example` };
const BO = { name: `Bo ${suffix}`, email: `bo-${suffix}@e2e.example` };
const BRIEFING = `Chatbot briefing ${suffix}`;
const CERTIFICATE = `ann-certificate-${suffix}.pdf`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function shots(page: Page, name: string) {
  await screenshot(page, `literacy-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `literacy-${name}-390`);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

// At 390 px each training is a block of its own: the table does not scroll sideways, and the learning item and the
// certificate form take the card's width instead of a column a few characters wide.
async function expectStackedAtPhoneWidth(page: Page, trainings: Locator, item: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  const region = page.getByRole("region", { name: /^Trainings of / });
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const regionBox = (await region.boundingBox())!;
  for (const part of [
    trainings.getByRole("rowheader", { name: item }),
    trainings.getByLabel("New file", { exact: true }),
  ]) {
    expect((await part.boundingBox())!.width).toBeGreaterThan(regionBox.width * 0.75);
  }
  await expect(trainings.getByText("Completed:")).toBeVisible();
  await screenshot(page, "literacy-person-trainings-390");
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(trainings.getByText("Completed:")).toBeHidden();
}

async function upload(page: Page, csv: string) {
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "staff.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import" }).click();
}

test("import staff, assign them to a system, record a training: coverage rises", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const system = await createSystemViaApi(browser, {
    copyOf: "Retail credit scoring (ScoreOne)",
    name: uniqueName("Literacy chatbot"),
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "AI literacy" }).click();
  await expect(page.getByRole("heading", { name: "AI literacy", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "People" }).click();
  await upload(
    page,
    `Name,E-mail,Job role,Business unit\n${ANN.name},${ANN.email},Agent,Retail Banking\n${BO.name},not-an-address,,\n`,
  );
  await expect(page.getByText("Nothing was imported: 1 error")).toBeVisible();
  const errors = page.getByRole("table", { name: "Import errors" });
  const cells = errors.getByRole("row").nth(1).getByRole("cell");
  await expect(cells).toHaveText(["3", "E-mail", "not-an-address", "Enter an e-mail address."]);
  await expectAccessible(page);
  await shots(page, "import-error");

  await upload(
    page,
    `Name,E-mail,Job role,Business unit\n${ANN.name},${ANN.email},Agent,Retail Banking\n${BO.name},${BO.email},Supervisor,\n`,
  );
  await expect(page.getByText("2 people imported.")).toBeVisible();
  const people = page.getByRole("table", { name: "People in the literacy register" });
  await expect(people.getByRole("row", { name: new RegExp(ANN.name) })).toContainText("Retail Banking");

  await page.goto(system.path);
  const card = page.getByRole("region", { name: "AI literacy (Art 4)" });
  await expect(card).toContainText("No one assigned");
  for (const [who, role] of [
    [ANN, "Operates"],
    [BO, "Oversees"],
  ] as const) {
    await card.getByLabel("Person", { exact: true }).selectOption({ label: `${who.name} (${who.email})` });
    await card.getByLabel("Role", { exact: true }).selectOption({ label: role });
    await card.getByRole("button", { name: "Assign" }).click();
    await expect(card.getByRole("list", { name: "Operators and overseers" })).toContainText(who.name);
  }
  await expect(card).toContainText("0 of 2 trained (0%)");
  await expectAccessible(page);

  await page.goto("/literacy?tab=items");
  await page.getByLabel("Title").fill(BRIEFING);
  await page.getByLabel("Refresher every (months)").fill("12");
  await page.getByLabel("Meant for every AI system (general AI literacy)").uncheck();
  await page.getByRole("checkbox", { name: system.name }).check();
  await page.getByRole("button", { name: "Add learning item" }).click();
  await expect(page.getByText(`“${BRIEFING}” was added.`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Learning items" })).toContainText(system.name);
  await shots(page, "items");

  await page.getByRole("link", { name: "Coverage" }).click();
  const row = page
    .getByRole("table", { name: "Literacy coverage by AI system" })
    .getByRole("row", { name: new RegExp(escape(system.name)) });
  await expect(row).toContainText("0 of 2 trained (0%)");
  await page.getByRole("combobox", { name: /^Person/ }).selectOption({ label: `${ANN.name} (${ANN.email})` });
  await page.getByLabel("Learning item").selectOption({ label: BRIEFING });
  // The certificate is checked by its content like any evidence: a program named .pdf is refused beside the field,
  // and nothing is recorded; the real PDF is stored with the training.
  const certificate = page.getByLabel("Certificate or attendance list (optional)");
  await certificate.setInputFiles({
    name: "certificate.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(exeBytes()),
  });
  await page.getByRole("button", { name: "Record training" }).click();
  await expect(page.getByText(/This file is a Windows program/)).toBeVisible();
  await expect(certificate).toHaveAttribute("aria-invalid", "true");
  await expect(row).toContainText("0 of 2 trained (0%)");
  await expectAccessible(page);
  await certificate.setInputFiles({ name: CERTIFICATE, mimeType: "application/pdf", buffer: Buffer.from(pdfBytes()) });
  await page.getByRole("button", { name: "Record training" }).click();
  await expect(page.getByText(/^Training recorded; valid until \d{4}-\d{2}-\d{2}\.$/)).toBeVisible();
  await expect(row).toContainText("1 of 2 trained (50%)");
  await shots(page, "coverage");

  await page.goto(system.path);
  await expect(card).toContainText("1 of 2 trained (50%)");
  await expect(card.getByRole("listitem").filter({ hasText: ANN.name })).toContainText("Trained");
  await shots(page, "system-card");

  // The system's Art 4 duty shows the same figure, and marking it done would need a note until everyone is trained.
  await page.goto(`${system.path}/obligations`);
  const duty = page.locator("li", { has: page.getByRole("heading", { name: /Support AI literacy/ }) }).first();
  await expect(duty).toContainText("AI literacy register: 1 of 2 operators and overseers trained.");
  await expect(duty).toContainText("Marking it done needs a note saying why");
  await shots(page, "art4-duty");

  // Ann's page (found by search): her training with its expiry; her job role edited; the record removed again.
  await page.goto("/literacy?tab=people");
  await page.getByRole("searchbox", { name: "Search people" }).fill(ANN.email);
  await page.getByRole("searchbox", { name: "Search people" }).press("Enter");
  await expect(page.getByRole("heading", { name: "People (1 found)" })).toBeVisible();
  await page.getByRole("link", { name: ANN.name }).click();
  const trainings = page.getByRole("table", { name: `Trainings of ${ANN.name}` });
  await expect(trainings).toContainText(BRIEFING);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    trainings.getByRole("link", { name: new RegExp(`^Download ${escape(CERTIFICATE)}`) }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(CERTIFICATE);
  await trainings.getByText("Replace the certificate…").click();
  await expect(trainings.getByRole("button", { name: "Upload the new file" })).toBeVisible();
  await expectStackedAtPhoneWidth(page, trainings, BRIEFING);
  await shots(page, "person-certificate");
  await page.getByLabel("Job role").fill("Team lead");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await shots(page, "person");
  page.once("dialog", (dialog) => void dialog.accept());
  await trainings.getByRole("button", { name: new RegExp(`^Remove ${escape(BRIEFING)}`) }).click();
  await expect(page.getByText("No training recorded yet.")).toBeVisible();
  await page.goto(system.path);
  await expect(card).toContainText("0 of 2 trained (0%)");
});

// A German importer on a phone: the file's problems are in German (issue #22), and their table scrolls inside its own
// card instead of widening the page; the register below reads as one card per person, the e-mail whole on its line.
test("a refused staff file reads in German and fits a phone, as does the register", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/literacy?tab=people");
  await page.getByLabel("CSV-Datei").setInputFiles({
    name: "staff.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Name;Email;Business unit\nBo;not-an-email;Nowhere\n"),
  });
  await page.getByRole("button", { name: "Importieren" }).click();
  const problems = page.getByRole("table", { name: "Importfehler" });
  await expect(problems).toContainText("Geben Sie eine E-Mail-Adresse ein.");
  await expect(problems).toContainText("Kein Geschäftsbereich. Erlaubt:");
  await expectFitsPhone(page, "/literacy?tab=people after a refused file");
  const register = page.getByRole("table", { name: "Personen im Register zur KI-Kompetenz" });
  const email = register.getByText("compliance@demo-bank.example");
  expect((await email.boundingBox())!.width).toBeGreaterThan(150);
  await expectAccessible(page);
  await context.close();
});
