import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { pdfPages } from "../unit/pdf/pdf-text";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// The FRIA, the Annex IV record and the dossier are written for a copy of this seeded system (high-risk, built
// in-house, so the law asks for both) that only this test uses; the role probe keeps using the seeded one.
const LIFE_PRICING = "Life insurance risk pricing";
const RISKS = "Applicants with chronic conditions may be priced out of cover without a human look at their case.";
const shot = (page: Page, name: string) => screenshot(page, `legal-${name}`);

async function openDocumentation(page: Page, name: string) {
  await page.goto("/reports");
  await page.getByLabel("AI system name").fill(name);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: `Open dossier of ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Documentation" }).click();
  await expect(page).toHaveURL(/\/documentation$/);
}

test("legal completes a FRIA and an Annex IV section, then exports, attests and downloads a dossier that contains them", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const system = await createSystemViaApi(browser, { copyOf: LIFE_PRICING, name: uniqueName("Life pricing") });
  await signIn(page, DEMO.legal.email, DEMO.legal.password);
  await openDocumentation(page, system.name);
  await expect(page.getByText("0 of 9 sections complete")).toBeVisible();
  await expect(page.getByText(/does not rely on an Art 6\(3\) condition/)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "hub-empty");

  await page.getByRole("link", { name: "Start the FRIA" }).click();
  await expect(page.getByText("Pre-filled from the intake")).toBeVisible();
  await expect(page.getByLabel("(a) Processes in which the system is used")).toHaveValue(
    "Risk assessment and pricing in relation to natural persons for life insurance.",
  );
  await expect(page.getByLabel("(e) Human-oversight measures")).toHaveValue(/Underwriters review all loadings/);
  // Marked complete with points missing: each error sits by its field and nothing typed is lost.
  await page.getByLabel("(b) Frequency of use").fill("About 250 applications a day");
  await page.getByRole("checkbox", { name: /^Complete/ }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("(d) Specific risks of harm to them")).toHaveAccessibleDescription(
    /before marking the record complete/,
  );
  await expect(page.getByLabel("(b) Frequency of use")).toHaveValue("About 250 applications a day");
  await expectAccessible(page);
  await shot(page, "fria-errors");
  await page.getByLabel("(d) Specific risks of harm to them").fill(RISKS);
  await page
    .getByLabel("(f) Measures if the risks materialise")
    .fill("Referral to a senior underwriter; quarterly fairness review.");
  await page.getByLabel("(f) Complaint mechanisms").fill("Complaints desk, then the insurance ombudsman.");
  await page.getByLabel("Owner").selectOption({ label: "Łucja Wróbel" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/^Saved at \d\d:\d\d\.$/)).toBeVisible();
  await shot(page, "fria-saved");

  await page.getByRole("link", { name: "Documentation", exact: true }).first().click();
  await page.getByRole("link", { name: "Section 4. Appropriateness of the performance metrics" }).click();
  await page
    .getByLabel("Why these performance metrics are appropriate")
    .fill("Gini and calibration by age band match how actuaries judge a pricing model.");
  await page.getByRole("checkbox", { name: /^Complete/ }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "annex-iv-section");

  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Documentation" }).click();
  await expect(page.getByText("1 of 9 sections complete")).toBeVisible();
  await shot(page, "hub-progress");
  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Overview" }).click();
  await expect(page.getByText("Documentation: 1 of 9 Annex IV sections complete; FRIA complete.")).toBeVisible();

  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Dossier" }).click();
  // Eight Annex IV sections are still missing: only a draft can be sealed, and a draft is not attestable.
  await expect(page.getByRole("button", { name: "Export final" })).toBeDisabled();
  await page.getByRole("button", { name: "Export draft" }).click();
  // The system is this test's own: its first export is version 1.
  await expect(page.getByText(/^Draft version 1 exported and sealed; the PDF is downloading\.$/)).toBeVisible({
    timeout: 60_000,
  });
  const n = 1;
  const version = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: new RegExp(`^Version ${n}\\b`) }) });
  await expect(version.getByText("Draft", { exact: true })).toBeVisible();
  await expect(version.getByText(`Attest version ${n}`)).toHaveCount(0);
  const downloading = page.waitForEvent("download");
  await version.getByRole("link", { name: `Download version ${n} (PDF)` }).click();
  const pdf = await readFile((await (await downloading).path())!);
  const text = (await pdfPages(pdf)).join(" ");
  expect(text).toContain("Fundamental rights impact assessment (Art 27)");
  expect(text).toContain(RISKS);
  expect(text).toContain("About 250 applications a day");
  expect(text).toContain("1 of 9 sections complete.");
  expect(text).toMatch(/Section 1\. General description of the AI system: not recorded yet Missing\./);
});

test("a manager exports the portfolio report, downloads it and it verifies; a changed byte does not", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO.manager.email, DEMO.manager.password);
  await page.goto("/reports");
  // Only this spec exports the portfolio report, but it must not depend on that: take whichever version it seals.
  await page.getByRole("button", { name: "Export portfolio report" }).click();
  const sealed = page.getByText(/^Version \d+ exported and sealed; the PDF is downloading\.$/);
  await expect(sealed).toBeVisible({ timeout: 90_000 });
  const n = Number((await sealed.textContent())!.match(/Version (\d+)/)![1]);
  await expectAccessible(page);
  await shot(page, "reports");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download portfolio report version ${n} (PDF)` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`ai-portfolio-report-v${n}.pdf`);
  const pdf = await readFile((await download.path())!);
  const text = (await pdfPages(pdf)).join(" ");
  expect(text).toContain("Demo Bank & Insurance");
  // The 33 seeded systems, plus any that other specs have added by now.
  expect(Number(text.match(/AI systems (\d+)/)?.[1])).toBeGreaterThanOrEqual(33);

  await page
    .getByLabel("Dossier PDF")
    .setInputFiles({ name: "portfolio.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(
    page.getByText("Genuine: “portfolio.pdf” is an unaltered Actlas portfolio report of this organisation."),
  ).toBeVisible();
  const tampered = Buffer.from(pdf);
  const middle = Math.floor(tampered.length / 2);
  tampered.writeUInt8(tampered.readUInt8(middle) ^ 0x01, middle);
  await page
    .getByLabel("Dossier PDF")
    .setInputFiles({ name: "portfolio-edited.pdf", mimeType: "application/pdf", buffer: tampered });
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText(/Not genuine: “portfolio-edited\.pdf”/)).toBeVisible();
});
