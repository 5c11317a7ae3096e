import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, screenshot, signIn } from "./helpers";

const MANAGER = { email: "manager@demo-bank.example", password: "demo-manager-2026" };

// The count a table link stands for, read from its accessible name ("7 systems: High-risk").
async function countOf(page: Page, card: string, name: RegExp): Promise<number> {
  const label = await page.locator(`[data-card="${card}"]`).getByRole("link", { name }).getAttribute("aria-label");
  return Number.parseInt((label ?? "").replaceAll(",", ""), 10);
}

test("a manager sees the dashboard and a chart segment opens exactly the systems it counts", async ({ page }) => {
  await signIn(page, MANAGER.email, MANAGER.password);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "AI systems by risk tier" })).toBeVisible();
  await expect(page.locator('[data-card="by-tier"] .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByText("Today", { exact: true }).first()).toBeVisible();
  await expect(page.locator('[data-card="incident-clocks"]')).toContainText("Incidents with a running reporting clock");
  await screenshot(page, "dashboard-full");
  await expectAccessible(page);

  await expect(page.getByRole("link", { name: /^AI systems \d+ \d+ classified, \d+ not classified$/ })).toBeVisible();
  const high = await countOf(page, "by-tier", /systems: High-risk$/);
  expect(high).toBeGreaterThan(0);
  await page.locator('[data-card="by-tier"] [data-segment="HIGH"]').click();
  await expect(page).toHaveURL(/\/systems\?tier=HIGH$/);
  await expect(page.getByText(new RegExp(`^${high} systems? · page 1`))).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "dashboard-drill-systems");
});

test("filters live in the URL, apply to every figure and carry into the drill-down", async ({ page }) => {
  await signIn(page, MANAGER.email, MANAGER.password);
  await page.goto("/dashboard");
  const unitFilter = page.getByRole("combobox", { name: "Business unit" });
  const units = await unitFilter.locator("option").allTextContents();
  const unit = units.find((u) => u !== "All business units")!;
  // Filters apply at once, as the inventory's do: no Apply button.
  await expect(page.getByRole("button", { name: "Apply filters" })).toHaveCount(0);
  await unitFilter.selectOption(unit);
  await expect(page).toHaveURL(new RegExp(`unit=${encodeURIComponent(unit).replace(/%20/g, "\\+")}`));
  await expect(unitFilter).toHaveValue(unit);
  await screenshot(page, "dashboard-filtered");
  await expectAccessible(page);

  const inUnit = await countOf(page, "by-unit", new RegExp(`systems: ${unit}$`));
  const tierCounts = await page
    .locator('[data-card="by-tier"] tbody')
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => Number.parseInt(a.getAttribute("aria-label") ?? "", 10)));
  expect(tierCounts.reduce((a, b) => a + b, 0)).toBe(inUnit);

  const applicable = await countOf(page, "readiness-tier", /^[\d,]+ obligations? appl(?:y|ies): /);
  const link = page
    .locator('[data-card="readiness-tier"]')
    .getByRole("link", { name: /^[\d,]+ obligations? appl(?:y|ies): / })
    .first();
  await link.click();
  await expect(page).toHaveURL(
    /\/obligations\?status=NOT_STARTED%2CIN_PROGRESS%2CDONE%2CNOT_APPLICABLE&tier=[A-Z_]+&unit=/,
  );
  await expect(page.getByText(new RegExp(`^${applicable} obligations? · page 1`))).toBeVisible();
  await expectAccessible(page);

  await page.goBack();
  await expect(unitFilter).toHaveValue(unit);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(unitFilter).toHaveValue("");
});
