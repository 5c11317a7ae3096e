import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { resolveBulkSystems } from "@/lib/dal/dossiers/bulk-export";
import { exportDossier, getDossierPdf, listDossiers } from "@/lib/dal/dossiers/dossiers";
import { db } from "@/lib/db/client";
import { renderDossier } from "@/lib/pdf/render-dossier";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { CURRENT_RULE_SET_ID } from "@/lib/rules";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { classifiedOrganisation } from "./helpers";

describe("exporting a dossier", () => {
  it("seals the PDF and its snapshot with both SHA-256 hashes, and audits the export", async () => {
    const { organizationId, admin, systemId, evidence } = await classifiedOrganisation();
    const exported = await exportDossier(admin, systemId);
    expect(exported).toMatchObject({ version: 1, systemId, fileName: "kredytowy-scoring-lodz-dossier-v1.pdf" });

    const row = await db().dossierVersion.findUniqueOrThrow({ where: { id: exported.id } });
    expect(row).toMatchObject({
      organizationId,
      systemId,
      kind: "SYSTEM",
      version: 1,
      createdById: admin.userId,
      ruleSetId: CURRENT_RULE_SET_ID,
    });
    expect(row.pdfSha256).toBe(sha256Hex(row.pdf));
    expect(row.snapshotSha256).toBe(sha256Hex(canonicalJson(row.snapshot)));
    expect(Buffer.from(row.pdf).equals(exported.pdf)).toBe(true);

    const snapshot = row.snapshot as DossierSnapshot;
    const obligations = await db().obligation.count({ where: { systemId } });
    expect(snapshot.obligations).toHaveLength(obligations);
    expect(snapshot.classification?.result.tier).toBe("high");
    expect(one(one(snapshot.evidence).versions).sha256).toBe(evidence.sha256);
    expect(snapshot.audit.events.map((e) => e.action)).toContain("classification.run_stored");
    expect(snapshot.dossier.exportedBy).toMatchObject({ name: "Test ADMIN", role: "ADMIN" });

    // The stored snapshot alone renders the very same bytes: the dossier can be reproduced and compared. The signature
    // is an incremental update after them, so the sealed file begins with exactly those bytes.
    const rendered = await renderDossier(snapshot);
    expect(exported.pdf.subarray(0, rendered.length).equals(rendered)).toBe(true);
    expect(exported.pdf.length).toBeGreaterThan(rendered.length);
    const text = (await pdfPages(exported.pdf)).join(" ");
    expect(text).toContain(`Snapshot SHA-256 ${row.snapshotSha256}`);
    expect(text).toContain(`SHA-256 ${evidence.sha256}`);

    const event = await db().auditEvent.findFirstOrThrow({ where: { organizationId, action: "dossier.exported" } });
    expect(event).toMatchObject({ entityId: exported.id, systemId, actorId: admin.userId });
    expect(event.after).toMatchObject({ version: 1, pdfSha256: row.pdfSha256 });
  });

  it("keeps a sealed version immutable: the database refuses UPDATE and DELETE", async () => {
    const { admin, systemId } = await classifiedOrganisation();
    const { id } = await exportDossier(admin, systemId);
    await expect(db().$executeRaw`UPDATE "DossierVersion" SET "pdfSha256" = 'forged' WHERE id = ${id}`).rejects.toThrow(
      /immutable/,
    );
    await expect(db().$executeRaw`DELETE FROM "DossierVersion" WHERE id = ${id}`).rejects.toThrow(/immutable/);
    await expect(db().dossierVersion.update({ where: { id }, data: { version: 99 } })).rejects.toThrow();
    expect((await db().dossierVersion.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("numbers versions per system, also when two people export at the same moment", async () => {
    const { organizationId, admin, legal, systemId } = await classifiedOrganisation();
    const other = await createSystem(organizationId, "Other system");
    await exportDossier(admin, systemId);
    const [a, b] = await Promise.all([exportDossier(admin, systemId), exportDossier(legal, systemId)]);
    expect([a.version, b.version].sort()).toEqual([2, 3]);
    expect((await exportDossier(admin, other)).version).toBe(1);
    const listed = await listDossiers(legal, systemId);
    expect(listed.map((d) => d.version)).toEqual([3, 2, 1]);
    expect(new Set(listed.map((d) => d.pdfSha256)).size).toBe(3);
  });

  it("exports an unclassified system with the gap said plainly", async () => {
    const { organizationId, admin } = await createOrganization("Fresh");
    const systemId = await createSystem(organizationId, "Not yet screened");
    const exported = await exportDossier(admin, systemId);
    const row = await db().dossierVersion.findUniqueOrThrow({
      where: { id: exported.id },
      select: { ruleSetId: true },
    });
    expect(row.ruleSetId).toBe("none");
    expect((await pdfPages(exported.pdf)).join(" ")).toContain("Not classified yet");
  });

  it("lets every role export and read, but never another organisation's system or dossier", async () => {
    const { organizationId, admin, systemId } = await classifiedOrganisation();
    const { id } = await exportDossier(admin, systemId);
    const auditor = await addMember(organizationId, "AUDITOR");
    expect((await getDossierPdf(auditor, id, systemId)).fileName).toBe("kredytowy-scoring-lodz-dossier-v1.pdf");
    await expect(getDossierPdf(auditor, id, "another-system")).rejects.toMatchObject({ code: "NOT_FOUND" });

    const stranger = (await createOrganization("Other")).admin;
    await expect(exportDossier(stranger, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listDossiers(stranger, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDossierPdf(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resolveBulkSystems(stranger, { systems: [systemId] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      exportDossier({ kind: "user", userId: admin.userId, organizationId: null }, systemId),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().dossierVersion.count({ where: { systemId } })).toBe(1);
  });

  it("resolves bulk scopes within the organisation", async () => {
    const { organizationId, admin, systemId } = await classifiedOrganisation();
    const unclassified = await createSystem(organizationId, "A plain system");
    expect((await resolveBulkSystems(admin, { scope: "high-risk" })).map((s) => s.id)).toEqual([systemId]);
    expect((await resolveBulkSystems(admin, { scope: "all" })).map((s) => s.id)).toEqual([unclassified, systemId]);
    expect((await resolveBulkSystems(admin, { systems: [unclassified] })).map((s) => s.id)).toEqual([unclassified]);
  });
});
