import "server-only";
import type { z } from "zod";
import type { Actor, Member } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { checkedEvidenceFile } from "@/lib/dal/core/evidence-file";
import type { ZAddEvidenceLink } from "@/lib/validations/evidence";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";

// Never selects the file content: lists stay small however large the files are.
const versionSelect = {
  id: true,
  version: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
  createdAt: true,
  uploadedBy: { select: { name: true } },
} satisfies Prisma.EvidenceVersionSelect;

const evidenceSelect = {
  id: true,
  kind: true,
  title: true,
  url: true,
  obligationId: true,
  createdAt: true,
  obligation: { select: { article: true, title: true } },
  versions: { select: versionSelect, orderBy: { version: "desc" } },
} satisfies Prisma.EvidenceSelect;

export type EvidenceDTO = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

async function requireSystem(member: Member, systemId: string): Promise<void> {
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!system) throw notFound("AI system");
}

async function requireObligation(member: Member, systemId: string, obligationId: string | undefined): Promise<void> {
  if (!obligationId) return;
  const found = await db().obligation.findFirst({
    where: { id: obligationId, systemId, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!found) throw new AppError("NOT_FOUND", "This obligation does not exist for this AI system.");
}

export async function listSystemEvidence(actor: Actor, systemId: string): Promise<EvidenceDTO[]> {
  const member = await authorize(actor, "system.read");
  await requireSystem(member, systemId);
  return db().evidence.findMany({
    where: { organizationId: member.organizationId, systemId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: evidenceSelect,
  });
}

export type EvidenceFileInput = {
  systemId: string;
  obligationId?: string;
  evidenceId?: string;
  title?: string;
  fileName: string;
  bytes: Uint8Array;
};

// A new upload to an existing item adds a version; earlier versions and their hashes stay, so an auditor can see
// exactly which file backed a decision at the time.
export async function addEvidenceFile(
  actor: Actor,
  input: EvidenceFileInput,
): Promise<{ evidenceId: string; version: number; sha256: string }> {
  const member = await authorize(actor, "evidence.write");
  await requireSystem(member, input.systemId);
  // Every caller (app upload, API) passes here, so the file rules hold even for one that forgot to check them.
  const file = await checkedEvidenceFile(input.fileName, input.bytes);
  const { fileName, sha256 } = file;

  if (!input.evidenceId) await requireObligation(member, input.systemId, input.obligationId);
  return db().$transaction(async (tx) => {
    let evidenceId = input.evidenceId;
    let title = input.title || fileName;
    let version = 1;
    if (evidenceId) {
      const existing = await tx.evidence.findFirst({
        where: { id: evidenceId, systemId: input.systemId, organizationId: member.organizationId, kind: "FILE" },
        select: { id: true, title: true },
      });
      if (!existing) throw new AppError("NOT_FOUND", "This evidence item does not exist for this AI system.");
      // Serialises concurrent uploads to the same item so version numbers never collide.
      await tx.$executeRaw`SELECT 1 FROM "Evidence" WHERE id = ${existing.id} FOR UPDATE`;
      const last = await tx.evidenceVersion.aggregate({ where: { evidenceId }, _max: { version: true } });
      version = (last._max.version ?? 0) + 1;
      title = existing.title;
    } else {
      const created = await tx.evidence.create({
        data: {
          organizationId: member.organizationId,
          systemId: input.systemId,
          obligationId: input.obligationId ?? null,
          kind: "FILE",
          title,
        },
        select: { id: true },
      });
      evidenceId = created.id;
    }
    await tx.evidenceVersion.create({
      data: {
        organizationId: member.organizationId,
        evidenceId,
        version,
        ...file,
        content: new Uint8Array(input.bytes),
        uploadedById: member.userId,
      },
    });
    await writeAudit(tx, member, {
      action: version === 1 ? "evidence.added" : "evidence.version_added",
      entityType: "Evidence",
      entityId: evidenceId,
      systemId: input.systemId,
      after: { kind: "FILE", title, obligationId: input.obligationId ?? null, version, ...file },
    });
    return { evidenceId, version, sha256 };
  });
}

export async function addEvidenceLink(
  actor: Actor,
  input: z.output<typeof ZAddEvidenceLink>,
): Promise<{ evidenceId: string }> {
  const member = await authorize(actor, "evidence.write");
  await requireSystem(member, input.systemId);
  await requireObligation(member, input.systemId, input.obligationId);
  return db().$transaction(async (tx) => {
    const evidence = await tx.evidence.create({
      data: {
        organizationId: member.organizationId,
        systemId: input.systemId,
        obligationId: input.obligationId ?? null,
        kind: "LINK",
        title: input.title,
        url: input.url,
      },
      select: { id: true },
    });
    await writeAudit(tx, member, {
      action: "evidence.added",
      entityType: "Evidence",
      entityId: evidence.id,
      systemId: input.systemId,
      after: { kind: "LINK", title: input.title, url: input.url, obligationId: input.obligationId ?? null },
    });
    return { evidenceId: evidence.id };
  });
}

export type EvidenceFileDTO = { fileName: string; mimeType: string; sha256: string; content: Uint8Array };

// Anyone who may read the system may download its evidence (auditors included); other organisations get 404.
export async function getEvidenceFile(actor: Actor, versionId: string): Promise<EvidenceFileDTO> {
  const member = await authorize(actor, "system.read");
  const row = await db().evidenceVersion.findFirst({
    where: { id: versionId, evidence: { organizationId: member.organizationId } },
    select: { fileName: true, mimeType: true, sha256: true, content: true },
  });
  if (!row) throw notFound("file");
  return row;
}
