import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, pathSegment, signIn, signUp, uniqueEmail } from "./helpers";
import { demoIds } from "./role-probe-records";
import { discoverRoutes, probeFor } from "./tenant-isolation-routes";

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
  const undeclared = routes.filter((r) => !probeFor(r));
  expect(undeclared, "routes without a declared tenant probe").toEqual([]);

  const demo = await (await browser.newContext()).newPage();
  await signIn(demo, DEMO.compliance.email, DEMO.compliance.password);
  await demo.goto("/systems?q=ScoreOne");
  await demo.getByRole("link", { name: "Retail credit scoring (ScoreOne)" }).click();
  await expect(demo).toHaveURL(/\/systems\/[^/?]+$/);
  const demoSystemUrl = demo.url();
  const demoSystemId = pathSegment(new URL(demoSystemUrl).pathname, 2, "the demo system's id");
  // An incident, a sealed dossier, a portfolio report and an evidence version of the demo organisation.
  const demoRecords = await demoIds(demo);
  const demoDossier = await demo.request.get(`/systems/${demoRecords.system}/dossier/${demoRecords.dossier}`);
  expect(demoDossier.status(), "the demo member downloads its own dossier").toBe(200);

  await signUp(page, { name: "Olli Outsider", email: uniqueEmail("outsider"), organizationName: "Outsider Oy" });
  const request = page.request;
  let probed = 0;
  for (const route of routes) {
    const probe = probeFor(route)!;
    const url = route.replace("[id]", demoSystemId).replace("[section]", "1").replace("[framework]", "iso-42001");
    if (probe.kind === "org-page") await expectNoDemoData(request, url, demoSystemId);
    if (probe.kind === "system-page") expect((await request.get(url)).status(), url).toBe(404);
    if (probe.kind === "system-post") {
      const response = await request.post(url, {
        headers: { Origin: new URL(page.url()).origin },
        multipart: { title: "probe", file: { name: "x.txt", mimeType: "text/plain", buffer: Buffer.from("probe") } },
      });
      expect(response.status(), url).toBe(404);
    }
    if (probe.kind === "foreign-id") {
      const foreignUrl = probe.url(demoRecords);
      const response = await request.get(foreignUrl);
      expect(response.status(), foreignUrl).toBe(404);
      for (const leak of LEAKS)
        expect((await response.text()).includes(leak), `${foreignUrl} shows "${leak}"`).toBe(false);
    }
    if (probe.kind === "foreign-dossier") {
      const file = { name: "their.pdf", mimeType: "application/pdf", buffer: await demoDossier.body() };
      const response = await request.post(url, {
        headers: { Origin: new URL(page.url()).origin },
        multipart: { file },
      });
      expect(response.status(), url).toBe(200);
      expect(
        (await response.json()).data,
        "another organisation's genuine dossier is not genuine for us",
      ).toMatchObject({ genuine: false });
    }
    if (probe.kind === "org-get") await expectNoDemoData(request, url + probe.query(demoSystemId), demoSystemId);
    if (probe.kind === "api-token") {
      const response = await request.get(url.replace(/\[(\w+)\]/g, demoSystemId));
      expect([401, 405], `${url} with only a session cookie`).toContain(response.status());
    }
    if (probe.kind !== "public" && probe.kind !== "covered") probed += 1;
  }
  const count = (kind: string) => routes.filter((r) => probeFor(r)?.kind === kind).length;
  console.log(
    `tenant isolation: ${routes.length} routes found (100 % declared), ${probed} probed here, ${count("covered")} covered by named tests, ${count("public")} public`,
  );
  expect(probed).toBeGreaterThanOrEqual(50);

  // The demo organisation still has its system, untouched by the probes.
  await demo.goto(demoSystemUrl);
  await expect(demo.getByRole("heading", { name: "Retail credit scoring (ScoreOne)" })).toBeVisible();
});
