import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_COUNT_LINE, expectAccessible, screenshot, signIn, signUp, uniqueEmail } from "./helpers";

const AUDITOR = { email: "auditor@demo-bank.example", password: "demo-auditor-2026" };
const shot = (page: Page, name: string) => screenshot(page, `inventory-${name}`);
const nameLinks = (page: Page) => page.locator("tbody tr").getByRole("link");
const countLine = (page: Page) => page.getByRole("navigation", { name: "Pagination" }).locator("span").first();

async function openMenu(page: Page, label: string) {
  await page.locator("summary", { hasText: label }).first().click();
}

test("filters by tier and business unit through the UI, keeps them in the URL and restores them with the back button", async ({
  page,
}) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await expect(countLine(page)).toHaveText(DEMO_COUNT_LINE);
  await expect(page.getByRole("link", { name: "New AI system" })).toHaveAttribute("href", "/systems/new");
  await shot(page, "list");
  // "/" jumps to the search box; typed inside a field it is just a slash. The box says so: to sighted people with a
  // key cap inside it (gone while they type), to screen readers with aria-keyshortcuts.
  const search = page.getByRole("searchbox", { name: "Search" });
  const keyCap = page.getByRole("search").locator("kbd", { hasText: /^\/$/ });
  await expect(search).toHaveAttribute("aria-keyshortcuts", "/");
  await expect(keyCap).toBeVisible();
  await page.locator("body").press("/");
  await expect(search).toBeFocused();
  await expect(keyCap).toBeHidden();
  await page.keyboard.type("a/b");
  await expect(search).toHaveValue("a/b");
  await search.fill("");

  await openMenu(page, "Any tier");
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: "High-risk" }).check();
  await expect(page).toHaveURL(/[?&]tier=HIGH(&|$)/);
  await page.keyboard.press("Escape");
  const highRisk = await nameLinks(page).count();
  expect(highRisk).toBeGreaterThan(0);
  expect(highRisk).toBeLessThan(25);
  for (const row of await page.locator("tbody tr").all()) await expect(row).toContainText("High-risk");
  await expect(page.getByRole("button", { name: /Tier: High-risk/ })).toBeVisible();
  await shot(page, "filtered");
  await expectAccessible(page);

  await page.getByRole("combobox", { name: "Business unit" }).selectOption("Retail Banking");
  await expect(page).toHaveURL(/unit=Retail\+Banking/);
  await expect(page).toHaveURL(/tier=HIGH/);
  for (const row of await page.locator("tbody tr").all()) await expect(row).toContainText("Retail Banking");
  const both = await nameLinks(page).count();
  expect(both).toBeLessThanOrEqual(highRisk);

  await page.goBack();
  await expect(page).not.toHaveURL(/unit=/);
  await expect(nameLinks(page)).toHaveCount(highRisk);
  await expect(page.getByRole("combobox", { name: "Business unit" })).toHaveValue("");
  await page.goBack();
  await expect(countLine(page)).toHaveText(DEMO_COUNT_LINE);

  // A view with no match says so and offers the way back.
  await page.goto("/systems?tier=PROHIBITED&unit=Treasury");
  await expect(page.getByRole("heading", { name: "No AI systems match these filters" })).toBeVisible();
  await expectAccessible(page);
  await shot(page, "no-match");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/systems$/);
  await expect(countLine(page)).toHaveText(DEMO_COUNT_LINE);
});

test("selects rows, assigns an owner in bulk and exports exactly the selection", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems?unit=Marketing");
  const names = await nameLinks(page).allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(2);
  await page.getByRole("checkbox", { name: `Select ${names[0]}` }).check();
  // Keyboard: Tab goes from one system's link to the next (the row boxes are no Tab stops); from "select all" the
  // arrow keys reach each row's box and the space bar ticks it.
  await nameLinks(page).first().focus();
  await page.keyboard.press("Tab");
  await expect(nameLinks(page).nth(1)).toBeFocused();
  await page.getByRole("checkbox", { name: "Select all systems on this page" }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("checkbox", { name: `Select ${names[1]}` })).toBeFocused();
  await page.keyboard.press("Space");
  const bulk = page.getByRole("region", { name: "Bulk actions" });
  await expect(bulk.getByText("2 selected")).toBeVisible();
  await expectAccessible(page);
  await shot(page, "selection");

  const download = page.waitForEvent("download");
  await bulk.getByRole("link", { name: "Export selected" }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, "utf8");
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toContain("ID,Name,Description");
  expect(lines).toHaveLength(3);
  for (const name of names.slice(0, 2)) expect(csv).toContain(name);

  await bulk.getByLabel("Owner").selectOption({ label: "Łucja Wróbel" });
  await bulk.getByRole("button", { name: "Assign owner" }).click();
  await expect(page.getByText(/^Owner set to Łucja Wróbel for \d systems?/)).toBeVisible();
  for (const name of names.slice(0, 2)) {
    await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) })).toContainText(
      "Łucja Wróbel",
    );
  }
  await expect(page.getByRole("region", { name: "Bulk actions" })).toHaveCount(0);
  await expectAccessible(page);
});

test("exports the list as on screen when nothing is selected", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await page.goto("/systems?unit=Retail+Banking&sort=-name");
  const names = await nameLinks(page).allTextContents();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = fs.readFileSync(await (await download).path(), "utf8");
  const rows = csv.trim().split(/\r\n/).slice(1);
  expect(rows).toHaveLength(names.length);
  expect(rows.map((r) => names.find((n) => r.includes(n)))).toEqual(names);
});

test("column choices live in the URL; bad URL values fall back to defaults", async ({ page }) => {
  await signIn(page, DEMO.compliance.email, DEMO.compliance.password);
  await openMenu(page, "Columns:");
  await page.getByRole("checkbox", { name: "Vendor / provider" }).check();
  await expect(page).toHaveURL(/cols=/);
  await expect(page.getByRole("columnheader", { name: "Vendor / provider" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("columnheader", { name: "Vendor / provider" })).toBeVisible();

  await page.goto("/systems?page=abc&pageSize=7&tier=NOPE&sort=DROP&readiness=maybe&owner=%27%3B--&cols=zzz");
  await expect(countLine(page)).toHaveText(DEMO_COUNT_LINE);
  await expectAccessible(page);
});

test("a read-only role sees no create or change controls; an empty organisation is invited to add its first system", async ({
  page,
}) => {
  await signIn(page, AUDITOR.email, AUDITOR.password);
  await expect(page.getByRole("link", { name: "New AI system" })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Select all systems on this page" }).check();
  const bulk = page.getByRole("region", { name: "Bulk actions" });
  await expect(bulk.getByText("25 selected")).toBeVisible();
  await expect(bulk.getByRole("button", { name: "Assign owner" })).toHaveCount(0);
  await expect(bulk.getByRole("link", { name: "Export selected" })).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies();
  await signUp(page, {
    name: "Empty Org Admin",
    email: uniqueEmail("inv-empty"),
    organizationName: "Empty Inventory Ltd",
  });
  await expect(page.getByRole("heading", { name: "No AI systems yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add your first AI system" })).toHaveAttribute("href", "/systems/new");
  await shot(page, "empty");
  await expectAccessible(page);
});
