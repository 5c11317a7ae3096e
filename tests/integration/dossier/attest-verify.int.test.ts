import { describe, expect, it } from "vitest";
import { attestDossier, exportDossier, listDossiers } from "@/lib/dal/dossiers/dossiers";
import { verifyDossier } from "@/lib/dal/dossiers/verification";
import { db } from "@/lib/db/client";
import { one } from "../../helpers/expect-defined";
import { addMember } from "../../helpers/factories";
import { MINIMAL_PROFILE } from "../../unit/pdf/fixtures";
import { cleanOrganisation } from "./clean-system";
import { classifiedOrganisation, tamper } from "./helpers";

const STATEMENT = "I reviewed this dossier; it is complete and accurate as of today.";

// Only a final version is attestable, and only a system with nothing missing exports as final: these build one.
const attestable = (name?: string) => cleanOrganisation({ profile: MINIMAL_PROFILE, name });

describe("attesting a dossier version", () => {
  it("records legal's name, role, time and statement, and audits it", async () => {
    const { organizationId, legal, admin, systemId } = await attestable();
    const { id, version } = await exportDossier(admin, systemId);
    await attestDossier(legal, { dossierId: id, statement: `  ${STATEMENT}  ` });
    const listed = one(await listDossiers(admin, systemId), 0, "dossier version");
    expect(listed.attestations).toEqual([
      expect.objectContaining({
        name: "Test LEGAL",
        role: "Legal",
        statement: STATEMENT,
        attestedAt: expect.any(Date),
      }),
    ]);
    const event = await db().auditEvent.findFirstOrThrow({ where: { organizationId, action: "dossier.attested" } });
    expect(event).toMatchObject({ entityId: id, systemId, actorId: legal.userId });
    expect(event.after).toMatchObject({ version, name: "Test LEGAL", role: "Legal", statement: STATEMENT });

    // Name and role are kept as they were: a later rename does not rewrite the attestation.
    await db().user.update({ where: { id: legal.userId }, data: { name: "Renamed Person" } });
    expect(one(one(await listDossiers(admin, systemId)).attestations).name).toBe("Test LEGAL");
  });

  it("requires a statement of substance, and keeps nothing when it is missing", async () => {
    const { legal, admin, systemId } = await classifiedOrganisation();
    const { id } = await exportDossier(admin, systemId);
    await expect(attestDossier(legal, { dossierId: id, statement: "   " })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { statement: [expect.stringContaining("Write what you attest")] },
    });
    await expect(attestDossier(legal, { dossierId: id, statement: "ok" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { statement: [expect.stringContaining("at least 10 characters")] },
    });
    expect(await db().dossierAttestation.count({ where: { dossierId: id } })).toBe(0);
  });

  it("is for legal and administrators only, once per person, and only in their own organisation", async () => {
    const { organizationId, legal, admin, systemId } = await attestable();
    const { id } = await exportDossier(admin, systemId);
    for (const role of ["COMPLIANCE_OFFICER", "MANAGER", "AUDITOR"] as const) {
      const member = await addMember(organizationId, role);
      await expect(attestDossier(member, { dossierId: id, statement: STATEMENT })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    await attestDossier(admin, { dossierId: id, statement: STATEMENT });
    await attestDossier(legal, { dossierId: id, statement: STATEMENT });
    await expect(attestDossier(legal, { dossierId: id, statement: STATEMENT })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const stranger = await classifiedOrganisation("Stranger");
    await expect(attestDossier(stranger.legal, { dossierId: id, statement: STATEMENT })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(one(await listDossiers(admin, systemId)).attestations.map((a) => a.role)).toEqual([
      "Administrator",
      "Legal",
    ]);
  });
});

describe("verifying a dossier file", () => {
  it("finds a genuine copy with its system, version, exporter and attestations", async () => {
    const { legal, admin, systemId } = await attestable();
    await exportDossier(admin, systemId);
    const second = await exportDossier(admin, systemId);
    await attestDossier(legal, { dossierId: second.id, statement: STATEMENT });
    const auditor = await addMember(legal.organizationId!, "AUDITOR");
    const verdict = await verifyDossier(auditor, second.pdf);
    expect(verdict).toMatchObject({
      genuine: true,
      sha256: second.pdfSha256,
      dossier: {
        id: second.id,
        systemId,
        systemName: "Kredytowy scoring Łódź",
        version: 2,
        createdByName: "Test ADMIN",
        attestations: [expect.objectContaining({ name: "Test LEGAL", statement: STATEMENT })],
      },
    });
  });

  it("rejects a copy with one byte changed, anywhere in the file", async () => {
    const { admin, systemId } = await classifiedOrganisation();
    const { pdf, pdfSha256 } = await exportDossier(admin, systemId);
    for (const at of [0, 1000, pdf.length - 1]) {
      const verdict = await verifyDossier(admin, tamper(pdf, at));
      expect(verdict.genuine).toBe(false);
      expect(verdict.sha256).not.toBe(pdfSha256);
    }
    expect((await verifyDossier(admin, new Uint8Array(pdf.subarray(0, pdf.length - 1)))).genuine).toBe(false);
  });

  it("does not vouch for another organisation's genuine dossier", async () => {
    const ours = await classifiedOrganisation("Ours");
    const theirs = await classifiedOrganisation("Theirs");
    const foreign = await exportDossier(theirs.admin, theirs.systemId);
    expect(await verifyDossier(ours.legal, foreign.pdf)).toEqual({ genuine: false, sha256: foreign.pdfSha256 });
    expect((await verifyDossier(theirs.legal, foreign.pdf)).genuine).toBe(true);
  });
});
