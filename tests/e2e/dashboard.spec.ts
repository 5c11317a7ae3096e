import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, screenshot, signIn } from "./helpers";

const MANAGER = { email: "manager@demo-bank.example", password: "demo-manager-2026" };

// Opens a chart's data table with its "Show as table" button.
async function showTable(page: Page, card: string) {
  const box = page.locator(`[data-card="${card}"]`);
  await box.getByRole("button", { name: /^Show as table/ }).click();
  await expect(box.getByRole("button", { name: /^Hide table/ })).toHaveAttribute("aria-expanded", "true");
}

// The count a table link stands for, read from its accessible name ("7 systems: High-risk").
async function countOf(page: Page, card: string, name: RegExp): Promise<number> {
  const label = await page.locator(`[data-card="${card}"]`).getByRole("link", { name }).getAttribute("aria-label");
  return Number.parseInt((label ?? "").replaceAll(",", ""), 10);
}

const listTotal = (count: number, noun: string) => new RegExp(`^${count.toLocaleString("en-GB")} ${noun}s? · page 1`);

test("the dashboard leads with the next deadline, and its figure opens exactly the duties it counts", async ({
  page,
}) => {
  await signIn(page, MANAGER.email, MANAGER.password);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  // The first card of the page is what is coming.
  await expect(page.locator("main section").first()).toHaveAttribute("data-card", "coming");
  const deadline = page.locator('[data-figure="next-deadline"]');
  const load = deadline.getByRole("link", { name: /^[\d,]+ dut(?:y|ies) across [\d,]+ systems?$/ });
  await expect(load).toBeVisible();
  const duties = Number(await load.getAttribute("data-deadline-count"));
  expect(duties).toBeGreaterThan(0);
  await expect(page.locator('[data-figure="readiness-now"]')).toContainText(/\d+ % ready/);
  await expect(page.locator('[data-figure="readiness-later"]')).toContainText(/\d+ % ready/);
  await expect(page.locator('[data-card="trend"] .recharts-line').first()).toBeVisible();
  await expect(page.locator('[data-card="incident-clocks"]')).toContainText("Incidents with a running reporting clock");
  await screenshot(page, "dashboard-1280");
  await expectAccessible(page);
  // Every chart's table waits behind its button: the page is as long as its charts, not twice that (showing every
  // table adds ~800 px; ~4,510 px now that the demo organisation's risk register fills the heat map card). The
  // governance programme card adds 351 px (327 px measured at 1280 px, and the 24 px gap above it): ~4,810 px.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(4_900 + 351);

  await load.click();
  await expect(page).toHaveURL(
    /\/obligations\?status=NOT_STARTED%2CIN_PROGRESS%2CDONE%2CNOT_APPLICABLE&applies=\d{4}-\d\d-\d\d$/,
  );
  await expect(page.getByText(listTotal(duties, "obligation"))).toBeVisible();
  await expect(page.getByRole("link", { name: /^Applies from \d.* \(remove this filter\)$/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "dashboard-drill-deadline");

  await page.goBack();
  const now = page.locator('[data-figure="readiness-now"]').getByRole("link", { name: /^\d+ open of the / });
  const open = Number.parseInt((await now.getAttribute("aria-label")) ?? "", 10);
  await now.click();
  await expect(page).toHaveURL(/applies=now/);
  await expect(page.getByText(listTotal(open, "obligation"))).toBeVisible();
});

test("a chart's table opens from the keyboard, and a chart segment opens exactly the systems it counts", async ({
  page,
}) => {
  await signIn(page, MANAGER.email, MANAGER.password);
  await page.goto("/dashboard");
  const card = page.locator('[data-card="by-tier"]');
  await expect(card.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(card.getByRole("table")).toBeHidden();
  const toggle = card.getByRole("button", { name: /^Show as table/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(card.getByRole("button", { name: /^Hide table/ })).toHaveAttribute("aria-expanded", "true");
  await expect(card.getByRole("table")).toBeVisible();
  // Tab goes on into the table: its scroll region, then its first link.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(card.getByRole("table").getByRole("link").first()).toBeFocused();
  await card.getByRole("button", { name: /^Hide table/ }).press("Enter");
  await expect(card.getByRole("table")).toBeHidden();
  await card.getByRole("button", { name: /^Show as table/ }).press("Enter");
  await expectAccessible(page);

  await expect(page.getByRole("link", { name: /^AI systems \d+ \d+ classified, \d+ not classified$/ })).toBeVisible();
  const high = await countOf(page, "by-tier", /systems: High-risk$/);
  expect(high).toBeGreaterThan(0);
  await card.locator('[data-segment="HIGH"]').click();
  await expect(page).toHaveURL(/\/systems\?tier=HIGH$/);
  await expect(page.getByText(new RegExp(`^${high} systems? · page 1`))).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "dashboard-drill-systems");
});

test("the trend shows weeks or months of daily snapshots", async ({ page }) => {
  await signIn(page, MANAGER.email, MANAGER.password);
  await page.goto("/dashboard");
  const trend = page.locator('[data-card="trend"]');
  await trend.getByRole("link", { name: "12 months" }).click();
  await expect(page).toHaveURL(/range=12m/);
  await expect(trend.getByRole("link", { name: "12 months" })).toHaveAttribute("aria-current", "true");
  await expect(trend.locator(".recharts-line").first()).toBeVisible();
  await showTable(page, "trend");
  // Twelve weeks of (demo) history, one point a week.
  expect(await trend.getByRole("table").locator("tbody tr").count()).toBeGreaterThanOrEqual(12);
  await expectAccessible(page);
});

test("the governance programme shows literacy, policies and standards, and its gaps open exactly those controls", async ({
  page,
}) => {
  await signIn(page, MANAGER.email, MANAGER.password);
  await page.goto("/dashboard");
  const card = page.locator('[data-card="governance"]');
  await expect(card.getByRole("heading", { name: "Governance programme", level: 2 })).toBeVisible();
  await expect(card).toContainText("The filters above do not apply here");
  for (const group of ["AI literacy (Art 4)", "Policies", "Standards coverage"])
    await expect(card.getByRole("heading", { name: group, level: 3 })).toBeVisible();
  await expect(card.getByRole("link", { name: /^[\d,]+ of [\d,]+ people? trained for every system/ })).toHaveAttribute(
    "href",
    "/literacy",
  );
  await expect(card.getByRole("link", { name: /^[\d,]+ published polic(?:y|ies)$/ })).toHaveAttribute(
    "href",
    "/policies",
  );
  await expect(card.getByRole("link", { name: /^(?:\d+ %|—) ISO\/IEC 42001/ })).toHaveAttribute(
    "href",
    "/standards/iso-42001",
  );
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, "dashboard-governance-1280", { fullPage: false });
  await expectAccessible(page);

  const gapsLink = card.getByRole("link", { name: /^\d+ controls? with gaps in ISO\/IEC 42001$/ });
  const gaps = Number.parseInt((await gapsLink.textContent()) ?? "", 10);
  expect(gaps).toBeGreaterThan(0);
  await gapsLink.click();
  await expect(page).toHaveURL(/\/standards\/iso-42001\?show=gaps$/);
  await expect(page.getByRole("link", { name: `Gaps (${gaps})` })).toHaveAttribute("aria-current", /.+/);
  // One "details" link per control listed (the table's other rows are the standard's group headings).
  await expect(page.getByRole("table").getByRole("link", { name: /: details$/ })).toHaveCount(gaps);
});

test("at phone width the dashboard stacks, leading with the next deadline", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, MANAGER.email, MANAGER.password);
  await page.goto("/dashboard");
  await expect(page.locator('[data-figure="next-deadline"]')).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, "dashboard-390");
  await page.locator('[data-card="governance"]').scrollIntoViewIfNeeded();
  await screenshot(page, "dashboard-governance-390", { fullPage: false });
  await expectAccessible(page);
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

  for (const card of ["by-unit", "by-tier", "readiness-tier"]) await showTable(page, card);
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
