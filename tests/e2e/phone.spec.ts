import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";
import { expectFitsPhone, PHONE, PHONE_PAGES as pages, tabRowProblem, wideTableProblem } from "./phone-fit";
import { demoIds } from "./role-probe-records";
import type { Ids } from "./role-routes";

// Every page at a phone's width (390 × 844, an iPhone 12–15), as the administrator of the demo organisation, who may
// open them all. The pages come from the same route table as role-pages.spec.ts, so a new page is visited here too.
// phone-i18n.spec.ts walks them again in German and French.
// The public pages that need no token in their URL; the signed-in pages follow.
const PUBLIC_PAGES = ["/login", "/signup", "/forgot-password"];
// The top bar is the only chrome a phone keeps on screen above the page's own content.
const TOP_BAR_MAX = 60;

// Every page is visited even after one fails, so a single run lists all that need work.
async function visit(page: Page, url: string, name: string, problems: string[]) {
  try {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole("heading", { name: "Something went wrong" }), url).toHaveCount(0);
    await expectFitsPhone(page, url);
    await expectAccessible(page);
  } catch (error) {
    // The assertion's first line and what it received (axe's rules and nodes, the overflowing element).
    // The message is coloured with ANSI escapes.
    const text = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[\d+m/g, "");
    const lines = text.split("\n");
    const received = lines.filter((l) => /^\s*(\+ |Received)/.test(l) && !/Received\s+\+/.test(l));
    problems.push(`${url}: ${[lines[0], ...received].join(" ").replace(/\s+/g, " ")}`);
  }
  await screenshot(page, `phone-${name}`);
}

const shotName = (url: string) => url.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-") || "root";

test("every page fits a phone's width without sideways scrolling, keeps only a top bar and passes axe", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // One context for the whole walk: one sign-in, no rebuilds, the same cookies for every page.
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems: string[] = [];
  for (const url of PUBLIC_PAGES) await visit(page, url, shotName(url), problems);

  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  const ids: Ids = await demoIds(page);
  for (const url of pages.map((u) => u(ids))) {
    const name = shotName(url.replaceAll(ids.system, "system").replaceAll(ids.incident, "incident"));
    await visit(page, url, name, problems);
    const bar = await page.getByRole("banner").boundingBox();
    if ((bar?.height ?? 0) > TOP_BAR_MAX) problems.push(`${url}: the top bar is ${bar?.height} px high`);
    if (await page.getByRole("navigation", { name: "Main" }).isVisible()) problems.push(`${url}: the menu is open`);
    const tabs = await tabRowProblem(page);
    if (tabs) problems.push(`${url}: ${tabs}`);
    const table = await page.evaluate(wideTableProblem);
    if (table) problems.push(`${url}: ${table}`);
  }
  expect(problems, `${problems.length} of ${pages.length + PUBLIC_PAGES.length} pages`).toEqual([]);
  await context.close();
});

test("the main menu opens as a panel from the top bar, takes focus, and closes with Escape", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  const menu = page.getByRole("banner").getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`);
  await expect(panel).toBeHidden();

  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeVisible();
  // Focus is inside the panel, so the next Tab walks the menu rather than the page behind it.
  expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await expectFitsPhone(page, "/systems with the menu open");
  await expectAccessible(page);
  await screenshot(page, "phone-menu-open", { fullPage: false });

  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute("aria-expanded", "false");

  // Following a link closes the menu and lands on the page.
  await menu.click();
  await nav.getByRole("link", { name: "Obligations" }).click();
  await expect(page).toHaveURL(/\/obligations$/);
  await expect(nav).toBeHidden();
  await context.close();
});

test("on a phone the filters wait behind a button that counts the active ones", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signIn(page, DEMO.admin.email, DEMO.admin.password);
  for (const url of ["/systems?tier=HIGH", "/obligations?due=overdue", "/dashboard?role=provider", "/incidents"]) {
    await page.goto(url);
    const toggle = page.getByRole("main").getByRole("button", { name: /^Filters/ });
    await expect(toggle, url).toHaveAttribute("aria-expanded", "false");
    if (url.includes("?")) await expect(toggle, url).toHaveText("Filters (1 active)");
    const form = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    await expect(form, url).toBeHidden();
    await toggle.click();
    await expect(form, url).toBeVisible();
    await expect(toggle, url).toHaveAttribute("aria-expanded", "true");
    await expectFitsPhone(page, `${url} with the filters open`);
    await screenshot(page, `phone-filters-${shotName(url.split("?")[0] ?? url)}`);
  }
  // The inventory reads as cards on a phone: its one table (rendered once for every width) lays each row out as a
  // card whose facts carry their labels, without the header row or the selection boxes.
  await page.goto("/systems");
  const inventory = page.getByRole("table", { name: /^AI systems/ });
  await expect(inventory.getByRole("row")).toHaveCount(25);
  await expect(inventory.getByRole("columnheader")).toHaveCount(0);
  await expect(inventory.getByRole("checkbox")).toHaveCount(0);
  const card = inventory.getByRole("row").first();
  await expect(card.getByRole("cell").filter({ hasText: /^Business unit/ })).toBeVisible();
  const { width } = (await card.boundingBox())!;
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await screenshot(page, "phone-inventory-cards");
  await page.goto("/obligations");
  await expect(page.getByRole("table")).toHaveCount(0);
  await context.close();
});
