import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, screenshot, signIn } from "./helpers";
import { demoIds } from "./role-probe-records";
import { roleRouteFor, type Ids } from "./role-routes";
import { discoverRoutes } from "./tenant-isolation-routes";

// Every page at a phone's width (390 × 844, an iPhone 12–15), as the administrator of the demo organisation, who may
// open them all. The pages come from the same route table as role-pages.spec.ts, so a new page is visited here too.
const PHONE = { width: 390, height: 844 };
// The public pages that need no token in their URL; the signed-in pages follow.
const PUBLIC_PAGES = ["/login", "/signup", "/forgot-password"];
// The top bar is the only chrome a phone keeps on screen above the page's own content.
const TOP_BAR_MAX = 60;

const pages = [...new Set(discoverRoutes())].sort().flatMap((route) => {
  const declared = roleRouteFor(route);
  return declared?.kind === "page" ? [declared.url] : [];
});

type Overflow = { scrollWidth: number; innerWidth: number; widest: { right: number; element: string } | null };

// An element sticks out when its right edge passes the viewport and no box that clips it ends inside the viewport (a
// table in its own sideways-scrolling region is fine; the page itself scrolling sideways is not). An absolutely
// positioned element (an sr-only label, say) is clipped only from its containing block up: it escapes a scroller
// that is not positioned, and widens the page.
function measureOverflow(): Overflow {
  const innerWidth = window.innerWidth;
  const outOfFlow = (style: CSSStyleDeclaration) => style.position === "absolute" || style.position === "fixed";
  const clippedInside = (el: Element) => {
    let escaping = outOfFlow(getComputedStyle(el));
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (escaping && style.position === "static" && style.transform === "none") continue;
      if (style.overflowX !== "visible" && a.getBoundingClientRect().right <= innerWidth + 1) return true;
      escaping = outOfFlow(style);
    }
    return false;
  };
  const describe = (el: Element) => {
    const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
    const cls = typeof el.className === "string" ? el.className.split(/\s+/).slice(0, 4).join(".") : "";
    return `<${el.tagName.toLowerCase()}${cls ? ` .${cls}` : ""}> "${text}"`;
  };
  let widest: Overflow["widest"] = null;
  for (const el of document.body.querySelectorAll("*")) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.right <= innerWidth + 1) continue;
    if (getComputedStyle(el).visibility === "hidden" || clippedInside(el)) continue;
    if (!widest || rect.right > widest.right) widest = { right: Math.round(rect.right), element: describe(el) };
  }
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth, widest };
}

async function expectFitsPhone(page: Page, url: string) {
  const { scrollWidth, innerWidth, widest } = await page.evaluate(measureOverflow);
  expect(widest, `${url}: an element sticks out past the right edge (${innerWidth} px)`).toBeNull();
  expect(scrollWidth, `${url}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

// A page's tab row (a system's sections, settings) stays one row on a phone and scrolls sideways in its own box: the
// list is one tab high, every tab starts on the same line, and the active tab is in sight. Null when all is well or
// the page has no tab row.
async function tabRowProblem(page: Page): Promise<string | null> {
  const list = page
    .getByRole("main")
    .getByRole("navigation", { name: / sections$/ })
    .getByRole("list");
  if ((await list.count()) === 0) return null;
  return list.evaluate((ul) => {
    const tabs = [...ul.querySelectorAll("a")];
    const rects = tabs.map((a) => a.getBoundingClientRect());
    const rows = new Set(rects.map((r) => Math.round(r.top))).size;
    const tabHeight = Math.max(...rects.map((r) => r.height));
    if (rows > 1 || ul.clientHeight > tabHeight + 1)
      return `the tab row is ${ul.clientHeight} px high (${rows} rows of ${Math.round(tabHeight)} px tabs)`;
    const box = ul.getBoundingClientRect();
    const active = tabs.find((a) => a.getAttribute("aria-current") === "page")?.getBoundingClientRect();
    if (active && (active.left < box.left - 1 || active.right > box.right + 1))
      return "the active tab is scrolled out of sight";
    return null;
  });
}

// A table wider than the phone scrolls inside its own box, and that box is a named region that takes focus, so keyboard
// users can scroll it too (WCAG 2.1.1; axe checks focusability only when it finds the scroller). Null when all is well.
function wideTableProblem(): string | null {
  for (const table of document.querySelectorAll("main table")) {
    if (table.getBoundingClientRect().width <= window.innerWidth) continue;
    const box = table.closest<HTMLElement>('[role="region"]');
    const named = box && (box.getAttribute("aria-label") || box.getAttribute("aria-labelledby"));
    if (!box || box.tabIndex !== 0 || !named || !["auto", "scroll"].includes(getComputedStyle(box).overflowX))
      return `the table "${table.querySelector("caption")?.textContent ?? "?"}" is wide but not in a focusable, named scroll region`;
  }
  return null;
}

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
