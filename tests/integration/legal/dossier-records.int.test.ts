import { describe, expect, it } from "vitest";
import { exportDossier } from "@/lib/dal/dossiers/dossiers";
import { signOffDerogation } from "@/lib/dal/legal-records/signoff";
import { saveAnnexIvSection, saveDerogation, saveFria } from "@/lib/dal/legal-records/write";
import { db } from "@/lib/db/client";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { DEROGATION_PROFILE, FULL_DEROGATION, FULL_FRIA, input, legalOrganisation } from "./helpers";

describe("legal records in the sealed dossier", () => {
  it("freezes the Annex IV sections and the FRIA in the snapshot and prints them, marking every gap", async () => {
    const { legal, systemId } = await legalOrganisation();
    const organizationId = (await db().aiSystem.findUniqueOrThrow({ where: { id: systemId } })).organizationId;
    const card = await db().evidence.create({
      data: { organizationId, systemId, title: "Model card v4", kind: "LINK", url: "https://example.com/card" },
    });
    await saveAnnexIvSection(legal, {
      ...input(
        systemId,
        { rationale: "Gini and approval-rate parity suit a credit model." },
        { complete: true, ownerId: legal.userId, evidenceIds: [card.id] },
      ),
      section: 4,
    });
    await saveAnnexIvSection(legal, {
      ...input(systemId, { evaluation: "Monthly drift review by the model-risk team." }),
      section: 9,
    });
    await saveFria(
      legal,
      input(systemId, { ...FULL_FRIA, risks: "Thin-file applicants may be refused more often." }, { complete: true }),
    );

    const exported = await exportDossier(legal, systemId);
    const row = await db().dossierVersion.findUniqueOrThrow({ where: { id: exported.id } });
    const records = (row.snapshot as DossierSnapshot).records;
    expect(records.annexIv?.map((r) => [r.section, r.complete])).toEqual([
      [4, true],
      [9, false],
    ]);
    expect(records.annexIv?.[0]).toMatchObject({
      owner: "Test LEGAL",
      evidence: ["Model card v4"],
      fields: { rationale: "Gini and approval-rate parity suit a credit model." },
    });
    expect(records.fria?.fields.risks).toBe("Thin-file applicants may be refused more often.");
    expect(records.derogation).toBeNull();

    const text = (await pdfPages(exported.pdf)).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("1 of 9 sections complete.");
    expect(text).toContain("Gini and approval-rate parity suit a credit model.");
    expect(text).toContain("Linked evidence: Model card v4");
    // Seven sections never saved, and the section-9 plan left empty.
    expect(text.match(/Section \d\. [^:]+: not recorded yet Missing\./g)).toHaveLength(7);
    expect(text).toMatch(/Post-market monitoring plan Missing/);
    expect(text).toContain("Thin-file applicants may be refused more often.");
    expect(text).toContain("(b) Frequency of use About 400 applications a day");
    expect(text).toContain("Notification: Missing");
  });

  it("prints the signed-off Art 6(3) assessment with its registration data", async () => {
    const { legal, systemId } = await legalOrganisation(DEROGATION_PROFILE);
    await saveDerogation(legal, input(systemId, FULL_DEROGATION, { complete: true }));
    await signOffDerogation(legal, { systemId, version: 1 });
    const exported = await exportDossier(legal, systemId);
    const records = (
      (await db().dossierVersion.findUniqueOrThrow({ where: { id: exported.id } })).snapshot as DossierSnapshot
    ).records;
    expect(records.derogation).toMatchObject({ complete: true, signedOffBy: "Test LEGAL" });
    const text = (await pdfPages(exported.pdf)).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("Art 6(3) condition relied on (d) A preparatory task to an assessment");
    expect(text).toContain("signed off by Test LEGAL");
    expect(text).toContain("Trade name DocPrep");
    expect(text).toContain("Status In service");
    expect(text).not.toContain("Legal sign-off: Missing");
  });
});
