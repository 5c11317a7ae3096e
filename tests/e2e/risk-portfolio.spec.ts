import { expect, test, type Page } from "@playwright/test";
import { createSystemViaApi, uniqueName } from "./fixtures/systems";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";

// The dashboard's portfolio heat map: the cell at likelihood 5 × impact 5 (top row, last column), whatever its count.
const topRightCell = (page: Page) =>
  page
    .getByRole("table", { name: /open risks of all AI systems by likelihood \(rows\) and impact \(columns\)/ })
    .locator("tbody tr")
    .first()
    .locator("td")
    .last()
    .getByRole("link");

test("a manager follows a cell of the dashboard's risk portfolio to the organisation's risks in that cell", async ({
  page,
  browser,
}) => {
  // Two roles, two widths and axe on six pages: longer than the default minute on a shared 2-core machine.
  test.setTimeout(180_000);
  // A compliance officer records a critical risk (5 × 5) on a new system.
  const system = await createSystemViaApi(browser, {
    copyOf: "Retail credit scoring (ScoreOne)",
    name: uniqueName("Risk portfolio"),
  });
  const title = uniqueName("Scoring outage refuses every applicant");
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto(`${system.path}/risks`);
  const form = page.getByRole("form", { name: "Add a risk" });
  await form.getByLabel(/^Risk/).fill(title);
  await form.getByLabel(/^Likelihood/).selectOption("5");
  await form.getByLabel(/^Impact/).selectOption("5");
  await form.getByRole("button", { name: "Add risk" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added “${title}”.`);

  // The manager (read-only) sees it counted on the dashboard and drills down.
  const manager = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(manager, DEMO.manager.email, DEMO.manager.password);
  await manager.goto("/dashboard");
  const card = manager.locator("[data-card=risk-portfolio]");
  await expect(card.getByRole("heading", { name: "Risk portfolio" })).toBeVisible();
  await expect(topRightCell(manager)).toHaveAccessibleName(/risks?, critical: show them$/);
  await expectAccessible(manager);
  await card.scrollIntoViewIfNeeded();
  await screenshot(manager, "risk-portfolio-dashboard-1280", { fullPage: false });

  await topRightCell(manager).click();
  await expect(manager).toHaveURL(/\/risks\?l=5&i=5$/);
  await expect(
    manager.getByRole("heading", { name: "Open risks at likelihood 5 – Almost certain, impact 5 – Severe" }),
  ).toBeVisible();
  const row = manager.getByRole("row").filter({ hasText: title });
  await expect(row.getByRole("link", { name: system.name })).toBeVisible();
  await expect(row).toContainText("Critical · 25");
  await expectAccessible(manager);
  await screenshot(manager, "risk-portfolio-list-1280");

  // The inherent view of the same cell, then the risk itself on its system's Risks tab.
  await manager.getByRole("link", { name: "Inherent" }).click();
  await expect(manager).toHaveURL(/\/risks\?l=5&i=5&view=inherent$/);
  await row.getByRole("link", { name: title }).click();
  await expect(manager).toHaveURL(new RegExp(`${system.path}/risks#risk-`));
  await expect(manager.getByRole("heading", { name: title })).toBeVisible();

  // On a phone: the same cell, as cards.
  await manager.setViewportSize({ width: 390, height: 844 });
  await manager.goto("/risks?l=5&i=5");
  const cards = manager.getByRole("list", { name: /^Open risks at likelihood 5/ });
  await expect(cards.getByRole("link", { name: title })).toBeVisible();
  await expect(manager.getByRole("table", { name: /^Open risks at likelihood 5/ })).toBeHidden();
  await expectAccessible(manager);
  await screenshot(manager, "risk-portfolio-list-390");
  await manager.goto("/dashboard#risk-portfolio");
  await expect(topRightCell(manager)).toBeVisible();
  await expectAccessible(manager);
  await screenshot(manager, "risk-portfolio-dashboard-390", { fullPage: false });
  await manager.context().close();
});

test("an administrator names the risk scale's steps, and the risk list speaks them", async ({ page }) => {
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  await page.goto("/settings/risk-scale");
  const form = page.getByRole("form", { name: "Risk scale" });
  await expect(form.getByLabel("Likelihood 5 (highest)")).toHaveValue("Almost certain");
  await expectAccessible(page);

  // A repeated word is refused next to its step; what was typed stays.
  await form.getByLabel("Likelihood 5 (highest)").fill("rare");
  await form.getByRole("button", { name: "Save risk scale" }).click();
  await expect(form.getByText("Each step needs its own name: step 1 is already called this.")).toBeVisible();
  await expect(form.getByLabel("Likelihood 5 (highest)")).toHaveValue("rare");
  await expect(form.getByLabel("Likelihood 5 (highest)")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await screenshot(page, "risk-scale-error-1280");

  await form.getByLabel("Likelihood 5 (highest)").fill("Expected");
  await form.getByRole("button", { name: "Save risk scale" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await page.goto("/risks?l=5&i=5");
  await expect(
    page.getByRole("heading", { name: "Open risks at likelihood 5 – Expected, impact 5 – Severe" }),
  ).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings/risk-scale");
  await expectAccessible(page);
  await screenshot(page, "risk-scale-390");

  // Back to the default words for the specs that follow.
  await form.getByRole("button", { name: "Fill in the default words" }).click();
  await expect(form.getByLabel("Likelihood 5 (highest)")).toHaveValue("Almost certain");
  await form.getByRole("button", { name: "Save risk scale" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
});
