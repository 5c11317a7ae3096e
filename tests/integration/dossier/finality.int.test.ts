import { describe, expect, it } from "vitest";
import { attestDossier, dossierGapsOf, exportDossier, listDossiers } from "@/lib/dal/dossiers/dossiers";
import { db } from "@/lib/db/client";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { ZExportDossier } from "@/lib/validations/dossier";
import { one } from "../../helpers/expect-defined";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { cleanOrganisation } from "./clean-system";
import { classifiedOrganisation } from "./helpers";

const STATEMENT = "I reviewed this dossier; it is complete and accurate as of today.";

describe("draft or final dossier", () => {
  it("a draft of a system with gaps is stored as DRAFT, watermarked on every page and cannot be attested", async () => {
    const { admin, legal, systemId } = await classifiedOrganisation("Draft");
    // One duty marked Done with nothing to show for it.
    const bare = await db().obligation.findFirstOrThrow({ where: { systemId, evidence: { none: {} } } });
    await db().obligation.update({ where: { id: bare.id }, data: { status: "DONE" } });
    const gaps = await dossierGapsOf(legal, systemId);
    expect(gaps.filter((g) => g.blocking).map((g) => g.kind)).toEqual(
      expect.arrayContaining(["annex-iv", "fria", "evidence", "registration"]),
    );

    const exported = await exportDossier(legal, systemId, "DRAFT");
    expect(exported.finality).toBe("DRAFT");
    const row = await db().dossierVersion.findUniqueOrThrow({ where: { id: exported.id } });
    expect(row.finality).toBe("DRAFT");
    expect((row.snapshot as DossierSnapshot).dossier.finality).toBe("DRAFT");
    const pages = await pdfPages(exported.pdf);
    expect(pages.length).toBeGreaterThan(3);
    for (const [i, page] of pages.entries()) expect(page, `page ${i + 1}`).toContain("DRAFT");
    // Page 1 says where the system stands and what is missing.
    expect(pages[0]).toContain("Gap summary:");
    expect(pages[0]).toContain("Annex IV technical documentation: 9 of 9 sections missing or incomplete");
    expect(pages[0]).toContain("FRIA (Art 27): not recorded");
    expect(pages[0]).toContain("1 obligation marked Done without evidence");
    expect(pages[0]).toMatch(/Roles Provider, Deployer/);

    await expect(attestDossier(legal, { dossierId: exported.id, statement: STATEMENT })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("a draft cannot be attested"),
    });
    expect(await db().dossierAttestation.count({ where: { dossierId: exported.id } })).toBe(0);
    expect(one(await listDossiers(admin, systemId))).toMatchObject({ finality: "DRAFT" });
  });

  it("refuses a final version while gaps block it, naming the gaps, and seals nothing", async () => {
    const { legal, systemId } = await classifiedOrganisation("Final refused");
    const attempt = exportDossier(legal, systemId, "FINAL");
    await expect(attempt).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(/A final dossier needs every gap closed\. Still missing: .*Annex IV.*FRIA/),
      fieldErrors: { finality: [expect.stringContaining("Export a draft")] },
    });
    expect(await db().dossierVersion.count({ where: { systemId } })).toBe(0);
  });

  it("the export schema needs an explicit choice of draft or final", () => {
    expect(ZExportDossier.safeParse({ systemId: "s1" }).success).toBe(false);
    expect(ZExportDossier.safeParse({ systemId: "s1", finality: "FINAL" }).success).toBe(true);
  });

  it("a clean system exports as final, without a watermark, and legal attests it", async () => {
    const { admin, legal, systemId } = await cleanOrganisation();
    expect(await dossierGapsOf(admin, systemId)).toEqual([]);
    const exported = await exportDossier(legal, systemId, "FINAL");
    expect(exported.finality).toBe("FINAL");
    const pages = await pdfPages(exported.pdf);
    for (const page of pages) expect(page).not.toContain("DRAFT");
    expect(pages[0]).toContain("Gap summary: nothing the law requires is missing");
    expect(pages[0]).toContain("Version 1 · Final");
    await attestDossier(legal, { dossierId: exported.id, statement: STATEMENT });
    expect(one(await listDossiers(admin, systemId))).toMatchObject({
      finality: "FINAL",
      attestations: [expect.anything()],
    });
  });

  it("without a choice (bulk export) seals final when clean and draft otherwise", async () => {
    const clean = await cleanOrganisation({ name: "Auto clean" });
    expect((await exportDossier(clean.admin, clean.systemId)).finality).toBe("FINAL");
    const gappy = await classifiedOrganisation("Auto gaps");
    expect((await exportDossier(gappy.admin, gappy.systemId)).finality).toBe("DRAFT");
  });
});
