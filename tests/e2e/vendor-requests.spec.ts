import { expect, test, type Page } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// A high-risk system the bank deploys: its Art 26 deployer duties are what the vendor's answers become evidence for.
const TALENT_RANK = "CV screening and ranking (TalentRank)";
const IFU = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% instructions for use\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

async function shots(page: Page, name: string) {
  await screenshot(page, `vendor-requests-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `vendor-requests-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("a deployer asks its vendor; the vendor with only the link answers and uploads; the answer is evidence on Art 26(1); a revoked or unknown link is refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const system = await createSystemViaApi(browser, {
    copyOf: TALENT_RANK,
    name: uniqueName("Vendor request CV"),
    description: "A copy for the vendor request test.",
  });
  const vendorName = uniqueName("TalentRank Ltd");
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);

  // The register: a bad e-mail is refused beside its field; the vendor is added and supplies the system.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vendors" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vendors" })).toBeVisible();
  await page.getByLabel("Name (required)").fill(vendorName);
  await page.getByLabel("Contact e-mail").fill("not an address");
  await page.getByRole("button", { name: "Add vendor" }).click();
  await expect(page.getByText("Enter an e-mail address such as name@vendor.example.")).toBeVisible();
  await page.getByLabel("Contact e-mail").fill("compliance@talentrank.example");
  await page.getByLabel("Contact person").fill("Tara Rank");
  await page.getByRole("button", { name: "Add vendor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: vendorName })).toBeVisible();
  await page.getByLabel("Add a system or model").selectOption({ label: system.name });
  await page.getByRole("form", { name: "Add what this vendor supplies" }).getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("link", { name: system.name })).toBeVisible();
  await expectAccessible(page);
  await shots(page, "vendor");

  // From the system: the items a deployer of a high-risk system needs are pre-chosen.
  await page.goto(system.path);
  await page.getByRole("link", { name: "Request information from the vendor" }).click();
  await expect(page.getByLabel("Vendor (required)")).toHaveValue(/.+/);
  await expect(page.getByRole("checkbox", { name: /^Instructions for use/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^EU declaration of conformity/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^EU database registration number/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /^CE marking/ })).not.toBeChecked();
  await expectAccessible(page);
  await shots(page, "new-request");
  await page.getByLabel("Message to the vendor").fill("Please send what Art 13, 47 and 49 say you owe us.");
  await page.getByRole("button", { name: "Create request" }).click();
  const link = await page.getByLabel("Link for the vendor").inputValue();
  expect(link).toMatch(/\/respond\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);

  // The vendor: a second browser with no account, only the link.
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await vendor.goto(link);
  await expect(vendor.getByRole("heading", { level: 1, name: /asks .* for information$/ })).toBeVisible();
  await expect(vendor.getByText(system.name)).toBeVisible();
  await expectAccessible(vendor);
  await shots(vendor, "portal");
  const ifu = vendor.getByRole("form", { name: "Upload: Instructions for use" });
  // A program named .pdf is refused by content, beside the file field.
  await ifu
    .getByLabel("Document")
    .setInputFiles({ name: "ifu.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ\u0090\u0000binary") });
  await ifu.getByRole("button", { name: "Upload" }).click();
  await expect(ifu.getByText(/not accepted as evidence|not UTF-8|name ends in/)).toBeVisible();
  await ifu
    .getByLabel("Document")
    .setInputFiles({ name: "instructions-for-use.pdf", mimeType: "application/pdf", buffer: IFU });
  await ifu.getByRole("button", { name: "Upload" }).click();
  await expect(vendor.getByText("Received: instructions-for-use.pdf")).toBeVisible();
  const registration = vendor.getByRole("form", { name: "Answer: EU database registration number" });
  await registration.getByLabel("Registration number").fill("EU-HR-2027-000123");
  await registration.getByRole("button", { name: "Send answer" }).click();
  await expect(registration.getByText("Answer received. Thank you.")).toBeVisible();
  await expectAccessible(vendor);

  // The answer is evidence on the deployer's Art 26(1) duty, naming the vendor.
  await page.goto(`${system.path}/obligations`);
  const art26 = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: /^Art 26\(1\) / }) });
  await art26.locator("summary").first().click();
  await expect(art26.getByText(`Instructions for use: from ${vendorName}`, { exact: false }).first()).toBeVisible();
  await expectAccessible(page);
  await shots(page, "evidence");

  // The request's page: two of three answered; the requester revokes the link.
  await page.goto("/vendors");
  await page.getByRole("link", { name: vendorName }).click();
  await page.getByRole("link", { name: system.name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: `Request to ${vendorName}` })).toBeVisible();
  await expect(page.getByText("Partly answered")).toBeVisible();
  await expectAccessible(page);
  await shots(page, "request");
  await page.getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByText(/^Link revoked \d/)).toBeVisible();

  // Revoked and unknown links get the same plain refusal.
  await vendor.goto(link);
  await expect(vendor.getByText("This link does not work.")).toBeVisible();
  await expect(vendor.getByText(system.name)).toHaveCount(0);
  await expectAccessible(vendor);
  await shots(vendor, "refused");
  await vendor.goto(link.replace(/\/respond\/.*/, `/respond/${"A".repeat(43)}`));
  await expect(vendor.getByText("This link does not work.")).toBeVisible();
  await vendorContext.close();
});
