import { describe, expect, it } from "vitest";
import { exportDossier } from "@/lib/dal/dossiers/dossiers";
import { addEvidenceFile } from "@/lib/dal/obligations/evidence";
import { db } from "@/lib/db/client";
import { pdfBytes } from "../../unit/evidence/fixtures";
import { nearlyEmptyPages, pageFills } from "../../unit/pdf/page-fill";
import { cleanOrganisation } from "./clean-system";
import { classifiedOrganisation } from "./helpers";

// Issue #18: pages 5 and 10 of a 14-page dossier were almost blank (a short section forced onto a page of its own).
describe("dossier layout", () => {
  it("a full dossier (every duty with evidence, all of Annex IV, the FRIA) has no near-empty page", async () => {
    const { legal, systemId, admin } = await cleanOrganisation({ name: "Layout full" });
    // A second version of a few files, so the evidence index is as long as a real one.
    const some = await db().evidence.findMany({ where: { systemId }, take: 6, select: { obligationId: true } });
    for (const [i, e] of some.entries())
      await addEvidenceFile(admin, {
        systemId,
        obligationId: e.obligationId ?? undefined,
        title: `Test report ${i}`,
        fileName: `report-${i}.pdf`,
        bytes: pdfBytes(`report ${i}`),
      });
    const { pdf } = await exportDossier(legal, systemId, "FINAL");
    const fills = await pageFills(pdf);
    expect(fills.length).toBeGreaterThan(8);
    expect(nearlyEmptyPages(fills)).toEqual([]);
  });

  it("a dossier with gaps (nothing written yet, one evidence file) has no near-empty page", async () => {
    const { legal, systemId } = await classifiedOrganisation("Layout gaps");
    const { pdf } = await exportDossier(legal, systemId, "DRAFT");
    expect(nearlyEmptyPages(await pageFills(pdf))).toEqual([]);
  });
});
