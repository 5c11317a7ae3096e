import { expect, test, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { asciiSlug } from "../../lib/slug";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { expectAccessible, screenshot, signIn } from "./helpers";

const LEGAL = { email: "legal@demo-bank.example", password: "demo-legal-2026" };
const SYSTEM = "Retail credit scoring (ScoreOne)";
// Minimal-risk, with nothing the law requires missing once classified: its dossier can be sealed as final and attested.
const CLEAN = "Card transaction fraud detection";
const STATEMENT = "I reviewed this dossier for the regulator file; it is complete and accurate.";
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const shot = (page: Page, name: string) => screenshot(page, `dossier-${name}`);

async function verify(page: Page, name: string, buffer: Buffer) {
  await page.getByLabel("Dossier PDF").setInputFiles({ name, mimeType: "application/pdf", buffer });
  await page.getByRole("button", { name: "Verify" }).click();
}

test("legal exports, attests, downloads and verifies a dossier; a tampered copy fails", async ({ page, browser }) => {
  test.setTimeout(240_000);
  // Seals and attests on a clean copy of its own, so its first export is version 1 whatever else has run.
  const system = await createSystemViaApi(browser, {
    copyOf: CLEAN,
    name: uniqueName("Card screening dossier"),
    // Not "fraud": the inventory spec counts the demo's three fraud systems.
    description: "Screens card payments in real time and holds suspicious ones for review.",
  });
  await signIn(page, LEGAL.email, LEGAL.password);
  // A system nobody has exported (no spec seals liquidity forecasting, and it is not high-risk) says so.
  await page.goto("/reports");
  await page.getByLabel("AI system name").fill("Liquidity");
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: "Open dossier of Liquidity forecasting" }).click();
  await expect(page.getByText("No dossier has been exported for this system yet.")).toBeVisible();

  // Reports finds a system's dossier page.
  await page.goto("/reports");
  await page.getByLabel("AI system name").fill(system.name);
  await page.getByRole("button", { name: "Find" }).click();
  await page.getByRole("link", { name: `Open dossier of ${system.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: system.name })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${system.path}/dossier$`));
  await expect(page.getByText("No dossier has been exported for this system yet.")).toBeVisible();
  await expectAccessible(page);

  // Nothing is missing, so the final version is offered; exporting downloads the sealed PDF at once, no second click.
  await expect(
    page.getByText("Nothing the law requires is missing: this dossier can be exported as final."),
  ).toBeVisible();
  const exported = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: "Export final" }).click();
  await expect(page.getByText(/^Final version 1 exported and sealed; the PDF is downloading\.$/)).toBeVisible({
    timeout: 60_000,
  });
  expect((await exported).suggestedFilename()).toMatch(/\.pdf$/);
  const n = 1;
  const version = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: new RegExp(`^Version ${n}\\b`) }) });
  await expect(version.getByText("Not attested", { exact: true })).toBeVisible();

  // Attesting needs a statement; the error sits next to the field and the form stays open.
  await version.getByText(`Attest version ${n}`).click();
  await version.getByRole("button", { name: /^Attest as / }).click();
  await expect(version.getByText(/Write what you attest/)).toBeVisible();
  await expectAccessible(page);
  await version.getByLabel(`Attestation statement for version ${n}`).fill(STATEMENT);
  await version.getByRole("button", { name: /^Attest as / }).click();
  await expect(version.getByText(STATEMENT)).toBeVisible();
  await expect(version.getByText("Attested", { exact: true })).toBeVisible();
  await expect(version.getByText("(Legal)")).toBeVisible();
  await shot(page, "system");

  const downloading = page.waitForEvent("download");
  await version.getByRole("link", { name: `Download version ${n} (PDF)` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${asciiSlug(system.name, 60)}-dossier-v${n}.pdf`);
  const pdf = await readFile((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await expect(version.getByText(sha256(pdf))).toBeVisible();

  await page.goto("/reports");
  await expectAccessible(page);
  await verify(page, "scoreone.pdf", pdf);
  await expect(
    page.getByText("Genuine: “scoreone.pdf” is an unaltered Actlas dossier of this organisation."),
  ).toBeVisible();
  const verdict = page.getByRole("status").filter({ hasText: "Genuine" });
  await expect(verdict.getByRole("link", { name: system.name })).toBeVisible();
  await expect(verdict.getByText(`Version ${n}`, { exact: true })).toBeVisible();
  await expect(verdict.getByText(STATEMENT)).toBeVisible();
  await expectAccessible(page);
  await shot(page, "verify-genuine");

  const tampered = Buffer.from(pdf);
  const middle = Math.floor(tampered.length / 2);
  tampered.writeUInt8(tampered.readUInt8(middle) ^ 0x01, middle);
  await verify(page, "scoreone-edited.pdf", tampered);
  await expect(
    page.getByText("Not genuine: “scoreone-edited.pdf” is not a sealed dossier of this organisation"),
  ).toBeVisible();
  await expect(page.getByText(sha256(tampered))).toBeVisible();
  await expect(page.getByText(/^Genuine/)).toHaveCount(0);
  await expectAccessible(page);
  await shot(page, "verify-tampered");
});

test("a ZIP of high-risk dossiers streams with progress, and the routes refuse strangers", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await signIn(page, LEGAL.email, LEGAL.password);
  await page.goto("/reports");
  await page.getByLabel(/^All high-risk systems/).check();
  const downloading = page.waitForEvent("download", { timeout: 180_000 });
  await page.getByRole("button", { name: /^Export \d+ dossiers as ZIP$/ }).click();
  await expect(page.getByText(/\d+ of \d+ dossiers sealed · [\d.]+ MB received/)).toBeVisible();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^actlas-dossiers-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = await readFile((await download.path())!);
  expect(zip.subarray(0, 2).toString()).toBe("PK");
  expect(zip.includes("manifest.csv")).toBe(true);
  const done = page.getByText(/^Done: (\d+) of \1 dossiers sealed and downloaded/);
  await expect(done).toBeVisible();
  const sealed = Number(/Done: (\d+)/.exec(await done.innerText())![1]);
  expect(sealed).toBeGreaterThan(1);
  // Every dossier in the ZIP was sealed as a version, and the list below refreshes to show them.
  const recent = page.getByRole("table", { name: "Most recent dossier exports" });
  await expect.poll(() => recent.getByRole("row").count()).toBeGreaterThanOrEqual(1 + Math.min(10, sealed));
  await expect(recent.getByRole("link", { name: SYSTEM }).first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, "reports");

  // A session cookie that names no live session gets 401; a made-up dossier id gets 404.
  const stranger = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: "next-auth.session-token=forged" },
  });
  expect((await stranger.get("/reports/export-zip?scope=all")).status()).toBe(401);
  expect(
    (
      await stranger.post("/reports/verify", {
        multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-") } },
      })
    ).status(),
  ).toBe(401);
  await stranger.dispose();
  const systemLink = page.getByRole("table", { name: "Most recent dossier exports" }).getByRole("link").first();
  const systemPath = (await systemLink.getAttribute("href"))!.replace(/\/dossier$/, "");
  expect((await page.request.get(`${systemPath}/dossier/not-a-dossier`)).status()).toBe(404);
  expect((await page.request.get("/reports/export-zip?systems=not-a-system")).status()).toBe(404);
});
