import { expect, test, type Page } from "@playwright/test";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Built in-house and put into service by the bank: the demo seed makes it a high-risk system it provides.
const PROVIDED = "Life insurance risk pricing";
const CUSTOMER = "Acme Insurance GmbH";
const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const IFU = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% instructions for use\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);

async function shots(page: Page, name: string) {
  await screenshot(page, `deployer-pack-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `deployer-pack-${name}-390`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const download = page.waitForEvent("download", { timeout: 30_000 });
  await click();
  return readFile(await (await download).path());
}

test("a provider publishes a deployer pack; a customer with only the link reads it and downloads it; a revoked link is refused", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const system = await createSystemViaApi(browser, {
    copyOf: PROVIDED,
    name: uniqueName("Life pricing pack"),
    description: "Prices term-life cover; a copy for the deployer pack test.",
  });
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);

  // The instructions for use, uploaded as evidence of the provider's Art 13 duty, are what the pack offers first.
  await page.goto(`${system.path}/obligations`);
  const art13 = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: /^Art 13 / }) });
  await art13.locator("summary").first().click();
  await art13
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "instructions-for-use.pdf", mimeType: "application/pdf", buffer: IFU });
  await art13.getByRole("button", { name: "Upload file" }).click();
  await expect(art13.getByRole("cell", { name: sha256(IFU) })).toBeVisible();

  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Deployer pack" }).click();
  await expect(page.getByRole("heading", { name: "Publish the deployer pack" })).toBeVisible();
  await expect(page.getByLabel("Instructions for use (Art 13)")).not.toHaveValue("");
  await expect(page.getByText("No EU declaration of conformity uploaded yet.")).toBeVisible();
  await expectAccessible(page);

  // A malformed contact is refused next to its field; nothing is published.
  await page.getByLabel("Contact for serious incidents: e-mail").fill("incidents at provider");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Enter an e-mail address such as incidents@example.com.")).toBeVisible();
  await page.getByLabel("Contact for serious incidents: e-mail").fill("ai-incidents@demo-bank.example");
  await page.getByLabel("Contact for serious incidents: name or team").fill("AI incident desk");
  await page.getByLabel("EU database registration number (Art 49, Art 71)").fill("EU-AI-DB-2026-0042");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByText("Version 1 published and signed.")).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Version 1 (latest)" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Customer").fill(CUSTOMER);
  await page.getByRole("button", { name: "Make a link" }).click();
  const url = await page.getByLabel(`Link for ${CUSTOMER}`, { exact: true }).inputValue();
  expect(url).toMatch(/\/pack\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("listitem").filter({ hasText: CUSTOMER }).getByText("Active")).toBeVisible();
  await expectAccessible(page);
  await shots(page, "tab");

  // The customer: a browser with no session, only the link.
  const context = await browser.newContext();
  const customer = await context.newPage();
  await customer.goto(url);
  await expect(customer.getByRole("heading", { level: 1, name: `Deployer pack: ${system.name}` })).toBeVisible();
  await expect(customer.getByText("EU-AI-DB-2026-0042")).toBeVisible();
  await expect(customer.getByRole("link", { name: "AI incident desk, ai-incidents@demo-bank.example" })).toBeVisible();
  await expect(customer.getByText("No EU declaration of conformity uploaded yet.")).toBeVisible();
  await expectAccessible(customer);
  await shots(customer, "customer");

  const pdf = await downloaded(customer, () =>
    customer.getByRole("link", { name: "Deployer pack (signed PDF)" }).click(),
  );
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await expect(customer.getByText(`SHA-256 ${sha256(pdf)}`)).toBeVisible();
  const file = await downloaded(customer, () =>
    customer.getByRole("link", { name: "instructions-for-use.pdf" }).click(),
  );
  expect(sha256(file)).toBe(sha256(IFU));

  // Revoked: the customer's next visit is refused with one plain sentence.
  await page.getByRole("button", { name: `Revoke the link for ${CUSTOMER}` }).click();
  await expect(page.getByRole("listitem").filter({ hasText: CUSTOMER }).getByText("Revoked")).toBeVisible();
  await customer.goto(url);
  await expect(customer.getByText(/This link does not open a deployer pack/)).toBeVisible();
  await expect(customer.getByText("EU-AI-DB-2026-0042")).toHaveCount(0);
  await expectAccessible(customer);
  await shots(customer, "refused");
  expect((await context.request.get(`${url}/pdf`)).status()).toBe(404);
  await context.close();

  // Every visit is on the system's Activity tab.
  await page.getByRole("navigation", { name: "System sections" }).getByRole("link", { name: "Activity" }).click();
  await expect(page.getByText(/downloaded the deployer pack PDF/).first()).toBeVisible();
  await expect(page.getByText(/tried an expired or revoked deployer pack link/).first()).toBeVisible();
  await expectAccessible(page);
});
