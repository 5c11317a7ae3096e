import { expect, type Locator, type Page } from "@playwright/test";
import { pathSegment } from "./helpers";
import type { Ids } from "./role-routes";

// The records of the demo organisation that the [id] routes of role-routes.ts are probed with, found or made once.

// A high-risk system the demo organisation provides (so Annex IV, the FRIA and monitoring have editors), and not
// ScoreOne, whose empty dossier and incident lists other tests start from.
export const PROBE_SYSTEM = "Life insurance risk pricing";
const PROBE_INCIDENT = "Role probe incident";

// Finds, or creates once, what the [id] routes need in the demo organisation. `page` is signed in as a demo member
// who may record incidents and evidence (admin, compliance officer or legal).
export async function demoIds(page: Page): Promise<Ids> {
  await page.goto(`/systems?q=${encodeURIComponent(PROBE_SYSTEM)}`);
  const system = await idInHref(page.getByRole("link", { name: PROBE_SYSTEM, exact: true }), 2, "the probe system");

  await page.goto(`/systems/${system}/evidence`);
  const evidenceLinks = page.locator('main a[href^="/api/evidence/"]');
  if ((await evidenceLinks.count()) === 0) {
    const multipart = {
      title: "Role probe evidence",
      file: { name: "probe-evidence.txt", mimeType: "text/plain", buffer: Buffer.from("evidence for the role probe") },
    };
    expect(
      (
        await page.request.post(`/systems/${system}/evidence/upload`, {
          headers: { Origin: new URL(page.url()).origin },
          multipart,
        })
      ).status(),
    ).toBe(200);
    await page.reload();
  }
  const evidenceVersion = await idInHref(evidenceLinks.first(), -1, "an evidence version");

  await page.goto("/incidents");
  // The list links each incident by its reference; the title is in the same row.
  const incidentLink = page.getByRole("row").filter({ hasText: PROBE_INCIDENT }).getByRole("link");
  if ((await incidentLink.count()) === 0) {
    await page.goto(`/incidents/new?systemId=${system}`);
    await page.getByLabel("Title").fill(PROBE_INCIDENT);
    await page.getByLabel("Harm category (Art 3(49))").selectOption("DEATH");
    await page.getByLabel("Became aware (UTC)").fill(new Date(Date.now() - 3_600_000).toISOString().slice(0, 16));
    await page.getByLabel("What happened").fill("Recorded by the role probe so that incident pages can be visited.");
    await page.getByRole("button", { name: "Record incident" }).click();
    await expect(page).toHaveURL(/\/incidents\/(?!new)[^/?]+$/);
    await page.goto("/incidents");
  }
  const incident = await idInHref(incidentLink.first(), 2, "the probe incident");

  await page.goto(`/systems/${system}/dossier`);
  const dossierLink = page.getByRole("link", { name: /^Download version \d+ \(PDF\)$/ });
  if ((await dossierLink.count()) === 0) await page.getByRole("button", { name: "Export draft" }).click();
  const dossier = await idInHref(dossierLink.first(), -1, "a dossier version");

  await page.goto("/reports");
  const reportLink = page.getByRole("link", { name: /^Download portfolio report version \d+ \(PDF\)$/ });
  if ((await reportLink.count()) === 0) await page.getByRole("button", { name: "Export portfolio report" }).click();
  const report = await idInHref(reportLink.first(), -1, "a portfolio report version");
  // Any policy of the demo organisation will do; the probe starts one from a template when there is none.
  await page.goto("/policies");
  const policyLinks = page.locator('main a[href^="/policies/"]');
  if ((await policyLinks.count()) === 0) {
    await page.getByRole("button", { name: "Start a blank policy" }).click();
    await expect(page).toHaveURL(/\/policies\/[^/]+\/edit$/);
    await page.goto("/policies");
  }
  const policy = await idInHref(policyLinks.first(), 2, "a policy");
  return { system, incident, dossier, report, evidenceVersion, policy };
}

async function idInHref(link: Locator, segment: number, what: string): Promise<string> {
  return pathSegment(await link.getAttribute("href"), segment, `the id of ${what} in its link`);
}
