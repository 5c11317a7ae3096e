import { expect, test, type APIRequestContext } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { DEMO, signIn, signUp, uniqueEmail } from "./helpers";

// Every page and route handler in app/ is found on disk, so a new route is probed (or fails this test) without
// anyone remembering to add it. Each must be declared with how an outsider — a signed-in user of another
// organisation — is probed against the demo organisation's data.
type Probe =
  | { kind: "public" }
  | { kind: "org-page" } // renders only the outsider's own organisation
  | { kind: "system-page" } // /…/[id] with the demo system's id → 404
  | { kind: "system-post" } // POST with the demo system's id → 404
  | { kind: "org-get"; query: (demoSystemId: string) => string } // GET scoped to the outsider's organisation
  | { kind: "covered"; by: string }; // ids that cannot be obtained here; the named tests probe foreign ids

const DECLARED: Record<string, Probe> = {
  "/": { kind: "public" },
  "/login": { kind: "public" },
  "/signup": { kind: "public" },
  "/invite/[token]": { kind: "public" },
  "/api/auth/[...nextauth]": { kind: "public" },
  "/dashboard": { kind: "org-page" },
  "/systems": { kind: "org-page" },
  "/systems/new": { kind: "org-page" },
  "/obligations": { kind: "org-page" },
  "/reports": { kind: "org-page" },
  "/settings": { kind: "org-page" },
  "/settings/audit": { kind: "org-page" },
  "/systems/[id]": { kind: "system-page" },
  "/systems/[id]/edit": { kind: "system-page" },
  "/systems/[id]/classification": { kind: "system-page" },
  "/systems/[id]/classify": { kind: "system-page" },
  "/systems/[id]/obligations": { kind: "system-page" },
  "/systems/[id]/evidence": { kind: "system-page" },
  "/systems/[id]/activity": { kind: "system-page" },
  "/systems/[id]/dossier": { kind: "system-page" },
  "/systems/[id]/evidence/upload": { kind: "system-post" },
  "/systems/export": { kind: "org-get", query: (id) => `?ids=${id}` },
  "/reports/export-zip": { kind: "org-get", query: (id) => `?systems=${id}` },
  "/systems/[id]/dossier/[dossierId]": { kind: "covered", by: "tests/integration/dossier and tests/e2e/dossier.spec.ts (foreign dossier → 404)" },
  "/reports/verify": { kind: "covered", by: "tests/integration/dossier (another organisation's genuine dossier is not genuine for us)" },
  "/api/evidence/[versionId]": { kind: "covered", by: "tests/integration/obligations/evidence (download by another organisation → NOT_FOUND)" },
};

function discoverRoutes(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const segment = /^\(.*\)$/.test(entry.name) || entry.name.startsWith("_") ? "" : `/${entry.name}`;
      if (!entry.name.startsWith("_")) found.push(...discoverRoutes(full, prefix + segment));
    } else if (entry.name === "page.tsx" || entry.name === "route.ts") {
      found.push(prefix || "/");
    }
  }
  return found;
}

// Markers that only the demo organisation's data contains (a form's example text may name a product, so the
// demo system's id and the demo logins' domain are used rather than product names alone).
const LEAKS = ["Demo Bank", "ScoreOne", "demo-bank.example"];

async function expectNoDemoData(request: APIRequestContext, url: string, demoSystemId: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBeLessThan(500);
  const body = await response.text();
  for (const leak of [...LEAKS, demoSystemId]) expect(body.includes(leak), `${url} shows "${leak}"`).toBe(false);
}

test("every route is declared and none shows or touches another organisation's data", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const routes = [...new Set(discoverRoutes())].sort();
  const undeclared = routes.filter((r) => !DECLARED[r]);
  expect(undeclared, "routes without a declared tenant probe").toEqual([]);

  const demo = await (await browser.newContext()).newPage();
  await signIn(demo, DEMO.compliance.email, DEMO.compliance.password);
  await demo.goto("/systems?q=ScoreOne");
  await demo.getByRole("link", { name: "Retail credit scoring (ScoreOne)" }).click();
  await expect(demo).toHaveURL(/\/systems\/[^/?]+$/);
  const demoSystemId = new URL(demo.url()).pathname.split("/")[2];

  await signUp(page, { name: "Olli Outsider", email: uniqueEmail("outsider"), organizationName: "Outsider Oy" });
  const request = page.request;
  let probed = 0;
  for (const route of routes) {
    const probe = DECLARED[route];
    const url = route.replace("[id]", demoSystemId);
    if (probe.kind === "org-page") await expectNoDemoData(request, url, demoSystemId);
    if (probe.kind === "system-page") expect((await request.get(url)).status(), url).toBe(404);
    if (probe.kind === "system-post") {
      const response = await request.post(url, { headers: { Origin: new URL(page.url()).origin }, multipart: { title: "probe", file: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("probe") } } });
      expect(response.status(), url).toBe(404);
    }
    if (probe.kind === "org-get") await expectNoDemoData(request, url + probe.query(demoSystemId), demoSystemId);
    if (probe.kind !== "public" && probe.kind !== "covered") probed += 1;
  }
  console.log(`tenant isolation: ${routes.length} routes found, ${probed} probed here, ${routes.filter((r) => DECLARED[r].kind === "covered").length} covered by named tests, ${routes.filter((r) => DECLARED[r].kind === "public").length} public`);
  expect(probed).toBeGreaterThanOrEqual(18);

  // The demo organisation still has its system, untouched by the probes.
  await demo.reload();
  await expect(demo.getByRole("heading", { name: "Retail credit scoring (ScoreOne)" })).toBeVisible();
});
