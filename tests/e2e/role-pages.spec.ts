import { expect, test, type Locator, type Page } from "@playwright/test";
import { can, ROLES, type Role } from "../../lib/access/permissions";
import { DEMO, expectAccessible, signIn } from "./helpers";
import { demoIds } from "./role-probe-records";
import { roleRouteFor, type HandlerRoute, type Ids, type Outcome, type PageRoute, type Target } from "./role-routes";
import { discoverRoutes } from "./tenant-isolation-routes";

// Every page and route handler, visited as each of the five demo roles of the same organisation: what a role may not
// see is refused (403/404, the page's notice or a redirect) without its protected content, and write controls are
// rendered exactly for the roles the permission table allows.
const LOGINS: Record<Role, { email: string; password: string }> = {
  ADMIN: DEMO.admin,
  COMPLIANCE_OFFICER: DEMO.compliance,
  LEGAL: DEMO.legal,
  MANAGER: DEMO.manager,
  AUDITOR: DEMO.auditor,
};
// Pages whose look differs most by role; axe checks them for every role.
const AXE_PAGES = ["/settings", "/settings/webhooks"];

const routes = [...new Set(discoverRoutes())].sort();
let ids: Ids;
const probed = new Set<string>();

// Controls count even inside a closed <details>: rendered is what matters, not expanded.
function find(scope: Page | Locator, target: Target, includeHidden = false): Locator {
  if ("text" in target) return scope.getByText(target.text);
  return scope.getByRole(target.role, { name: target.name, exact: typeof target.name === "string", includeHidden });
}

async function probePage(page: Page, role: Role, route: string, declared: PageRoute) {
  const url = declared.url(ids);
  const response = await page.goto(url);
  const status = response?.status() ?? 0;
  expect(status, `${role} ${url}`).toBeLessThan(500);
  await expect(
    page.getByRole("heading", { name: "Something went wrong" }),
    `${role} ${url} shows the error page`,
  ).toHaveCount(0);
  const main = page.locator("main");
  const allowed = can(role, declared.permission);
  if (allowed) {
    expect(status, `${role} may open ${url}`).toBe(200);
    if (declared.marker)
      await expect(find(main, declared.marker).first(), `${role} sees the content of ${url}`).toBeVisible();
    if (declared.refusal && "notice" in declared.refusal)
      await expect(main.getByText(declared.refusal.notice), `${role} ${url}`).toHaveCount(0);
  } else {
    const refusal = declared.refusal;
    if (status === 403 || status === 404) {
      // Refused outright.
    } else if (refusal && "notice" in refusal) {
      await expect(main.getByText(refusal.notice).first(), `${role} is told why ${url} is refused`).toBeVisible();
    } else if (refusal && "redirectTo" in refusal) {
      await expect(page, `${role} is sent away from ${url}`).toHaveURL(new RegExp(`${refusal.redirectTo(ids)}$`));
    } else {
      throw new Error(
        `${route}: ${role} lacks ${declared.permission} but the page was neither refused nor declares how it refuses`,
      );
    }
    if (declared.marker)
      await expect(find(main, declared.marker), `${role} must not see the content of ${url}`).toHaveCount(0);
  }
  for (const control of declared.controls ?? []) {
    const shown = allowed && can(role, control.permission);
    const count = await find(main, control, true).count();
    expect(
      count > 0,
      `${role} on ${url}: "${String("name" in control ? control.name : control.text)}" ${shown ? "missing" : "must not be rendered"}`,
    ).toBe(shown);
  }
  if (AXE_PAGES.includes(route)) await expectAccessible(page);
}

const judgeByStatus = (status: number): Outcome =>
  status === 200 ? "allowed" : status === 403 || status === 404 ? "refused" : "unexpected";

async function probeHandler(page: Page, role: Role, declared: HandlerRoute) {
  const url = declared.url(ids);
  const headers = { Origin: new URL(page.url()).origin };
  const response = declared.post
    ? await page.request.post(url, { headers, ...declared.post })
    : await page.request.get(url);
  const body = await response.text();
  expect(response.status(), `${role} ${url}: ${body.slice(0, 200)}`).toBeLessThan(500);
  const outcome = (declared.judge ?? judgeByStatus)(response.status(), body);
  expect(outcome, `${role} ${declared.post ? "POST" : "GET"} ${url} → ${response.status()} ${body.slice(0, 120)}`).toBe(
    can(role, declared.permission) ? "allowed" : "refused",
  );
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const undeclared = routes.filter((r) => !roleRouteFor(r));
  expect(undeclared, "routes without a declared role expectation (tests/e2e/role-routes.ts)").toEqual([]);
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, DEMO.admin.email, DEMO.admin.password);
  ids = await demoIds(admin);
  await context.close();
});

test.afterAll(() => {
  console.log(
    `role pages: ${probed.size} routes × ${ROLES.length} roles probed (${routes.length} routes found, 100 % declared)`,
  );
});

for (const role of ROLES) {
  test(`as ${role}: every page and route handler shows what the role may see and offers what it may do`, async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, LOGINS[role].email, LOGINS[role].password);
    for (const route of routes) {
      const declared = roleRouteFor(route)!;
      if (declared.kind === "unprobed") continue;
      if (declared.kind === "page") await probePage(page, role, route, declared);
      if (declared.kind === "handler") await probeHandler(page, role, declared);
      if (declared.kind === "token-only") {
        const url = route.replace(/\[(\w+)\]/g, ids.system);
        expect([401, 405], `${role}: ${url} with only a session cookie`).toContain(
          (await page.request.get(url)).status(),
        );
      }
      probed.add(route);
    }
    await context.close();
  });
}
