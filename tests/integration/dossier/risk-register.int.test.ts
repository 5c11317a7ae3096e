import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { dossierGapsOf, exportDossier } from "@/lib/dal/dossiers/dossiers";
import { getLegalRecordDocx } from "@/lib/dal/legal-records/docx";
import { acceptRisk } from "@/lib/dal/risks/accept";
import { linkRiskObligation } from "@/lib/dal/risks/links";
import { createRisk } from "@/lib/dal/risks/risks";
import { db } from "@/lib/db/client";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { ZCreateRisk, type TCreateRisk } from "@/lib/validations/risks";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { classifiedOrganisation } from "./helpers";

// The Art 9 register in what legal seals and downloads: the dossier's snapshot and PDF, its page-1 gaps, and the
// Annex IV Word file's section 5, each read through the data layer the export page and route call.

const JUSTIFICATION = "Drift is checked monthly against the 2025 baseline; a breach pauses automated refusals.";

async function addRisk(actor: UserActor, systemId: string, over: Partial<TCreateRisk> = {}) {
  return createRisk(
    actor,
    ZCreateRisk.parse({
      systemId,
      title: "Unfair refusals of thin-file applicants",
      description: "",
      affectedPersons: "Applicants",
      fundamentalRights: "Non-discrimination",
      source: "FRIA",
      likelihood: 4,
      impact: 5,
      residualLikelihood: 3,
      residualImpact: 4,
      treatment: "",
      mitigation: "",
      ownerId: "",
      nextReviewDate: "2099-01-01",
      status: "OPEN",
      ...over,
    }),
  );
}

const squash = (pages: string[]) => pages.join("\n").replace(/\s+/g, " ");

describe("the risk register in the dossier", () => {
  it("seals the register in the snapshot and prints it, with the accepted risk's acceptor, date and justification", async () => {
    const { legal, admin, systemId } = await classifiedOrganisation("Register dossier");
    const accepted = await addRisk(admin, systemId, { title: "Income data drift after the tax reform" });
    await acceptRisk(legal, { riskId: accepted.id, version: 1, justification: JUSTIFICATION });
    const mitigated = await addRisk(admin, systemId, {
      title: "Opaque reasons for refusals",
      treatment: "MITIGATE",
      mitigation: "Reason codes in every refusal letter.",
      residualLikelihood: 1,
      residualImpact: 3,
      status: "TREATED",
    });
    const art13 = await db().obligation.findFirstOrThrow({ where: { systemId, article: { startsWith: "Art 13" } } });
    await linkRiskObligation(admin, { riskId: mitigated.id, obligationId: art13.id });

    const exported = await exportDossier(legal, systemId, "DRAFT");
    const stored = await db().dossierVersion.findUniqueOrThrow({ where: { id: exported.id } });
    const register = (stored.snapshot as DossierSnapshot).riskRegister;
    expect(register?.risks.map((r) => r.title)).toEqual([
      "Income data drift after the tax reform",
      "Opaque reasons for refusals",
    ]);
    expect(register?.risks[0]).toMatchObject({
      treatment: "ACCEPT",
      accepted: { by: expect.stringMatching(/\S/), justification: JUSTIFICATION },
    });
    expect(register?.risks[1]).toMatchObject({ obligations: [art13.article], residualLikelihood: 1 });

    const text = squash(await pdfPages(exported.pdf));
    expect(text).toMatch(/\d+\. Art 9 risk management/);
    expect(text).toContain("Accepted risks");
    expect(text).toContain(JUSTIFICATION);
    expect(text).toContain(`Through: ${art13.article}`);
    expect(text).toMatch(/Risk register: 2 risks \(1 high, 1 low on the current rating\)/);
  });

  it("names a missing register of a high-risk system and reviews past their date on page 1, without blocking", async () => {
    const { legal, admin, systemId } = await classifiedOrganisation("Register gaps");
    const none = (await dossierGapsOf(legal, systemId)).filter((g) => g.kind === "risk-register");
    expect(none).toMatchObject([{ blocking: false, title: expect.stringContaining("no risks recorded") }]);

    await addRisk(admin, systemId, { title: "Stale review", nextReviewDate: "2026-01-15" });
    await addRisk(admin, systemId, { title: "Closed long ago", nextReviewDate: "2026-01-15", status: "CLOSED" });
    const late = (await dossierGapsOf(legal, systemId)).filter((g) => g.kind === "risk-register");
    expect(late).toMatchObject([
      {
        blocking: false,
        title: "Art 9 risk register: 1 risk past its review date",
        items: ["Stale review (review was due 15 Jan 2026)"],
      },
    ]);
    const cover = (await pdfPages((await exportDossier(legal, systemId, "DRAFT")).pdf))[0];
    expect(cover?.replace(/\s+/g, " ")).toContain("Art 9 risk register: 1 risk past its review date (does not block)");
  });

  it("fills Annex IV section 5 of the Word file with the register and the acceptance", async () => {
    const { legal, admin, systemId } = await classifiedOrganisation("Register docx");
    const risk = await addRisk(admin, systemId, { title: "Income data drift" });
    await acceptRisk(legal, { riskId: risk.id, version: 1, justification: JUSTIFICATION });
    const { bytes } = await getLegalRecordDocx(legal, systemId, "annex-iv");
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array());
    const text = xml.replace(/<\/w:p>/g, " ").replace(/<[^>]+>/g, "");
    const section5 = text.slice(text.indexOf("Section 5."), text.indexOf("Section 6."));
    expect(section5).toContain("Risk register (Art 9)");
    expect(section5).toContain("Income data drift");
    expect(section5).toContain("20 Critical");
    expect(section5).toContain(JUSTIFICATION);
  });
});
