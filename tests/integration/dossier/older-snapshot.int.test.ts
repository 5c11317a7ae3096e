import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { authorize } from "@/lib/dal/core/authorize";
import { dossierGapsOf, exportDossier } from "@/lib/dal/dossiers/dossiers";
import { seal } from "@/lib/dal/dossiers/internal/seal";
import { verifyDossier } from "@/lib/dal/dossiers/verification";
import { db } from "@/lib/db/client";
import { dossierGaps } from "@/lib/pdf/gaps";
import { renderDossier } from "@/lib/pdf/render-dossier";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { addMember } from "../../helpers/factories";
import { pdfPages } from "../../unit/pdf/pdf-text";
import { cleanOrganisation } from "./clean-system";
import { backedByPolicyOnly, literacyOf, publishedPolicy } from "./literacy-policy-setup";

// A version sealed before the dossier listed literacy and policies has neither in its snapshot. It must keep its
// hash, verify, and render as it did: no new section, and page 1 judged only on what it recorded.

const SECTIONS_BEFORE = /\d+\. (AI literacy|Policies linked as evidence)/;

describe("a dossier sealed before literacy and policies were listed", () => {
  it("still verifies, hashes the same and renders without the new sections or their judgement", async () => {
    const { admin, legal, systemId, organizationId } = await cleanOrganisation({ name: "Older snapshot" });
    await literacyOf(admin, systemId);
    const officer = await addMember(organizationId, "COMPLIANCE_OFFICER");
    const { policyId } = await publishedPolicy(officer, legal);
    const duty = await backedByPolicyOnly(admin, systemId, "Art 14", policyId);

    // Today's version, then the same data as a version sealed before: its snapshot without the two new parts.
    const current = await exportDossier(legal, systemId, "DRAFT");
    const row = await db().dossierVersion.findUniqueOrThrow({ where: { id: current.id } });
    const { literacy, policyEvidence, ...older } = row.snapshot as DossierSnapshot;
    expect(literacy?.people).toHaveLength(3);
    expect(policyEvidence).toHaveLength(1);
    const olderSnapshot = { ...older, dossier: { ...older.dossier, version: 2 } } as DossierSnapshot;
    const olderSha = sha256Hex(canonicalJson(olderSnapshot));
    const olderPdf = await renderDossier(olderSnapshot, olderSha);
    const member = await authorize(legal, "report.seal");
    const olderId = await seal(member, {
      systemId,
      version: 2,
      finality: "DRAFT",
      snapshot: olderSnapshot,
      snapshotSha256: olderSha,
      pdf: olderPdf,
      pdfSha256: sha256Hex(olderPdf),
    });

    const stored = await db().dossierVersion.findUniqueOrThrow({ where: { id: olderId } });
    expect(sha256Hex(canonicalJson(stored.snapshot))).toBe(stored.snapshotSha256);
    expect(await verifyDossier(legal, stored.pdf)).toMatchObject({ genuine: true, dossier: { id: olderId } });
    // Rendering the stored snapshot again gives the stored bytes.
    expect((await renderDossier(stored.snapshot as DossierSnapshot)).equals(Buffer.from(stored.pdf))).toBe(true);

    const olderText = (await pdfPages(Buffer.from(stored.pdf))).join(" ");
    expect(olderText).not.toMatch(SECTIONS_BEFORE);
    expect(olderText).not.toContain("Policies linked as evidence");
    expect((await pdfPages(current.pdf)).join(" ")).toMatch(SECTIONS_BEFORE);
    // It recorded no policy, so its Art 14 duty reads as it did then (no evidence); today's data has none missing.
    expect(dossierGaps(stored.snapshot as DossierSnapshot)).toMatchObject([
      { kind: "evidence", items: [`${duty.article}: ${duty.title}`] },
    ]);
    expect(await dossierGapsOf(legal, systemId)).toEqual([]);
  });
});
