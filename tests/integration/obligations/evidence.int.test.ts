import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addEvidenceFile, addEvidenceLink, getEvidenceFile, listSystemEvidence } from "@/lib/dal/obligations/evidence";
import { listSystemObligations } from "@/lib/dal/obligations/obligations";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/content-type";
import { ZAddEvidenceLink } from "@/lib/validations/evidence";
import { one } from "../../helpers/expect-defined";
import { addMember, createOrganization, createSystem } from "../../helpers/factories";
import { exeBytes, pdfBytes } from "../../unit/evidence/fixtures";
import { auditActions, createObligation } from "./helpers";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function setup() {
  const org = await createOrganization("Ev");
  const systemId = await createSystem(org.organizationId, "Chatbot");
  const obligation = await createObligation(org.organizationId, systemId, {
    article: "Art 50(1)",
    title: "Tell people they talk to an AI",
  });
  return { ...org, systemId, obligation };
}

describe("evidence files", () => {
  it("stores an allowed file with its SHA-256, linked to an obligation, and audits it", async () => {
    const { organizationId, admin, systemId, obligation } = await setup();
    const bytes = pdfBytes("risk assessment");
    const result = await addEvidenceFile(admin, {
      systemId,
      obligationId: obligation.id,
      title: "Risk assessment",
      fileName: "risk.pdf",
      bytes,
    });
    expect(result).toMatchObject({ version: 1, sha256: sha(bytes) });
    const item = one(await listSystemEvidence(admin, systemId), 0, "evidence item");
    expect(item).toMatchObject({
      kind: "FILE",
      title: "Risk assessment",
      obligationId: obligation.id,
      obligation: { article: "Art 50(1)" },
    });
    expect(item.versions).toEqual([
      expect.objectContaining({
        version: 1,
        fileName: "risk.pdf",
        mimeType: "application/pdf",
        sizeBytes: bytes.length,
        sha256: sha(bytes),
      }),
    ]);
    expect(one(item.versions)).not.toHaveProperty("content");
    expect(await auditActions(organizationId, result.evidenceId)).toEqual(["evidence.added"]);
    const listed = one(await listSystemObligations(admin, systemId), 0, "obligation");
    expect(listed._count.evidence).toBe(1);
  });

  it("adds a new version and keeps the old one, both downloadable with their own hash", async () => {
    const { organizationId, admin, systemId } = await setup();
    const v1 = pdfBytes("first");
    const v2 = pdfBytes("second, revised");
    const { evidenceId } = await addEvidenceFile(admin, { systemId, fileName: "policy.pdf", bytes: v1 });
    const legal = await addMember(organizationId, "LEGAL");
    await expect(
      addEvidenceFile(legal, { systemId, evidenceId, fileName: "policy-v2.pdf", bytes: v2 }),
    ).resolves.toMatchObject({ evidenceId, version: 2, sha256: sha(v2) });
    const item = one(await listSystemEvidence(admin, systemId), 0, "evidence item");
    expect(item.title).toBe("policy.pdf");
    expect(item.versions.map((v) => [v.version, v.fileName, v.sha256, v.uploadedBy?.name])).toEqual([
      [2, "policy-v2.pdf", sha(v2), "Test LEGAL"],
      [1, "policy.pdf", sha(v1), "Test ADMIN"],
    ]);
    const auditor = await addMember(organizationId, "AUDITOR");
    const old = await getEvidenceFile(auditor, one(item.versions, 1, "first version").id);
    expect(Buffer.from(old.content).equals(Buffer.from(v1))).toBe(true);
    expect(old).toMatchObject({ fileName: "policy.pdf", mimeType: "application/pdf", sha256: sha(v1) });
    expect(await auditActions(organizationId, evidenceId)).toEqual(["evidence.added", "evidence.version_added"]);
  });

  it("rejects a program renamed to .pdf and a file over 20 MB, storing nothing", async () => {
    const { admin, systemId } = await setup();
    await expect(
      addEvidenceFile(admin, { systemId, fileName: "invoice.pdf", bytes: exeBytes() }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { file: [expect.stringContaining("a Windows program (.exe)")] },
    });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x61);
    await expect(addEvidenceFile(admin, { systemId, fileName: "log.txt", bytes: big })).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringContaining("over the limit of 20 MB"),
    });
    expect(await db().evidence.count({ where: { systemId } })).toBe(0);
  });

  it("is FORBIDDEN for managers and NOT_FOUND for another organisation's system, evidence or version", async () => {
    const { organizationId, admin, systemId } = await setup();
    const { evidenceId } = await addEvidenceFile(admin, {
      systemId,
      fileName: "a.txt",
      bytes: new TextEncoder().encode("ok"),
    });
    const manager = await addMember(organizationId, "MANAGER");
    await expect(addEvidenceFile(manager, { systemId, fileName: "a.pdf", bytes: pdfBytes() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      addEvidenceLink(manager, { systemId, obligationId: undefined, title: "x", url: "https://example.com" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const stranger = await createOrganization("Stranger");
    const item = one(await listSystemEvidence(admin, systemId), 0, "evidence item");
    await expect(
      addEvidenceFile(stranger.admin, { systemId, fileName: "a.pdf", bytes: pdfBytes() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ownSystem = await createSystem(stranger.organizationId, "Own");
    await expect(
      addEvidenceFile(stranger.admin, { systemId: ownSystem, evidenceId, fileName: "a.pdf", bytes: pdfBytes() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEvidenceFile(stranger.admin, one(item.versions).id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listSystemEvidence(stranger.admin, systemId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().evidenceVersion.count({ where: { evidenceId } })).toBe(1);
  });
});

describe("evidence links", () => {
  it("accepts http(s) links and rejects other schemes with a field error", async () => {
    const { organizationId, admin, systemId, obligation } = await setup();
    const input = ZAddEvidenceLink.parse({
      systemId,
      obligationId: obligation.id,
      title: "Model card",
      url: "https://wiki.example/model-card",
    });
    const { evidenceId } = await addEvidenceLink(admin, input);
    expect(await db().evidence.findUniqueOrThrow({ where: { id: evidenceId } })).toMatchObject({
      kind: "LINK",
      url: "https://wiki.example/model-card",
      obligationId: obligation.id,
    });
    expect(await auditActions(organizationId, evidenceId)).toEqual(["evidence.added"]);

    for (const url of ["javascript:alert(1)", "file:///etc/passwd", "ftp://x.example/a", "wiki/page"]) {
      const parsed = ZAddEvidenceLink.safeParse({ systemId, title: "Bad", url });
      expect(parsed.success, url).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({
        path: ["url"],
        message: "Enter a full web address starting with https:// or http://.",
      });
    }
  });

  it("refuses to attach evidence to an obligation of another system", async () => {
    const { organizationId, admin, systemId } = await setup();
    const otherSystem = await createSystem(organizationId, "Other");
    const foreignObligation = await createObligation(organizationId, otherSystem);
    await expect(
      addEvidenceLink(admin, { systemId, obligationId: foreignObligation.id, title: "x", url: "https://a.example" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
