import { expect, type Page } from "@playwright/test";
import { roleRouteFor } from "./role-routes";
import { discoverRoutes } from "./tenant-isolation-routes";

// What a page must do at a phone's width, shared by the English walk (phone.spec.ts) and the German and French one.
export const PHONE = { width: 390, height: 844 };

// Every signed-in page, from the same route table as role-pages.spec.ts, so a new page is visited too.
export const PHONE_PAGES = [...new Set(discoverRoutes())].sort().flatMap((route) => {
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

export async function expectFitsPhone(page: Page, url: string) {
  const { scrollWidth, innerWidth, widest } = await page.evaluate(measureOverflow);
  expect(widest, `${url}: an element sticks out past the right edge (${innerWidth} px)`).toBeNull();
  expect(scrollWidth, `${url}: the page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

// A page's tab row (a system's sections, settings) stays one row on a phone and scrolls sideways in its own box: the
// list is one tab high, every tab starts on the same line, and the active tab is in sight. Null when all is well or
// the page has no tab row.
export async function tabRowProblem(page: Page, navName: RegExp = / sections$/): Promise<string | null> {
  const list = page.getByRole("main").getByRole("navigation", { name: navName }).getByRole("list");
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
export function wideTableProblem(): string | null {
  for (const table of document.querySelectorAll("main table")) {
    if (table.getBoundingClientRect().width <= window.innerWidth) continue;
    const box = table.closest<HTMLElement>('[role="region"]');
    const named = box && (box.getAttribute("aria-label") || box.getAttribute("aria-labelledby"));
    if (!box || box.tabIndex !== 0 || !named || !["auto", "scroll"].includes(getComputedStyle(box).overflowX))
      return `the table "${table.querySelector("caption")?.textContent ?? "?"}" is wide but not in a focusable, named scroll region`;
  }
  return null;
}
