import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// Two people decide the same ISO/IEC 42001 control at once: the second save is refused next to the form, naming who
// changed it, and what they typed stays; after a reload they see the first decision. Then the Generative AI Profile's
// page (NIST AI 600-1) with its actions grouped by AI RMF subcategory. The demo organisation is shared with other
// specs, so the control is included again at the end.

const CONTROL = "A.2.4"; // not covered by Actlas records: no other spec decides it
const URL = `/standards/iso-42001?control=${CONTROL}`;

async function shots(page: Page, name: string) {
  await screenshot(page, `standards-${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `standards-${name}-390`);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const form = (page: Page) => page.getByRole("form", { name: `Applicability of ${CONTROL}` });

test("a stale Statement of Applicability decision is refused with who changed it, keeping what was typed", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // Two people: a browser context each (their own session cookie).
  const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [first, second] = await Promise.all([a.newPage(), b.newPage()]);
  for (const page of [first, second]) await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(first, DEMO.admin.email, DEMO.admin.password);
  await signIn(second, DEMO.compliance.email, DEMO.compliance.password);
  await Promise.all([first.goto(URL), second.goto(URL)]);

  await form(first).getByLabel("Exclude").check();
  await form(first).getByLabel("Justification").fill("Reviewed with the board in November: policy review is yearly.");
  await form(first).getByRole("button", { name: "Save decision" }).click();
  await expect(form(first).getByText("Saved.")).toBeVisible();

  const typed = "Our AI policy is reviewed every quarter by the risk committee.";
  await form(second).getByLabel("Exclude").check();
  await form(second).getByLabel("Justification").fill(typed);
  await form(second).getByRole("button", { name: "Save decision" }).click();
  await expect(form(second).getByRole("alert")).toContainText(/^Changed by .+ at .+; reload to see their changes/);
  await expect(form(second).getByLabel("Justification")).toHaveValue(typed);
  await expectAccessible(second);
  await shots(second, "soa-conflict");

  await second.reload();
  await expect(form(second).getByLabel("Justification")).toHaveValue(/^Reviewed with the board/);
  // Leave the shared demo organisation as it was.
  await form(second).getByLabel("Include").check();
  await form(second).getByLabel("Justification").fill("");
  await form(second).getByRole("button", { name: "Save decision" }).click();
  await expect(form(second).getByText("Saved.")).toBeVisible();
  await Promise.all([a.close(), b.close()]);
});

test("the Generative AI Profile lists its actions by AI RMF subcategory, with coverage", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, DEMO.auditor.email, DEMO.auditor.password);
  await page.goto("/standards");
  await expect(page.getByText(/of 22 controls fully evidenced/)).toBeVisible();
  await page.getByRole("link", { name: "NIST AI 600-1", exact: true }).click();
  await expect(page.getByRole("heading", { name: /^NIST AI 600-1/, level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: "NIST AI 600-1 controls" });
  await expect(table.getByRole("columnheader", { name: "GOVERN 1.6 Keep an inventory of AI systems" })).toBeVisible();
  await table.getByRole("link", { name: "GV-5.1-002: details" }).click();
  const detail = page.getByRole("region", { name: /^GV-5\.1-002 ·/ });
  await expect(detail.getByText(/Art 50\(1\)/).first()).toBeVisible();
  await expectAccessible(page);
  await shots(page, "nist-ai-600-1");
});
