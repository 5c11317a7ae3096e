import "server-only";
import { z } from "zod";
import type { Actor, Member } from "@/lib/access/actor";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { asciiSlug } from "@/lib/slug";
import { db } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import { renderDossier } from "@/lib/pdf/render-dossier";
import { DOSSIER_SNAPSHOT_SCHEMA, type DossierSnapshot } from "@/lib/pdf/snapshot";
import type { Prisma } from "@/lib/db/generated/client";
import {
  MAX_BULK_SYSTEMS,
  ZAttestDossier,
  type BulkScope,
  type TAttestDossier,
  type TBulkExportQuery,
} from "@/lib/validations/dossier";
import { isUniqueViolation } from "@/lib/dal/accounts/internal/accounts";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { readDossierSource } from "@/lib/dal/dossiers/internal/snapshot";

export type AttestationDTO = {
  id: string;
  attestedById: string;
  name: string;
  role: string;
  statement: string;
  attestedAt: Date;
};
export type DossierVersionDTO = {
  id: string;
  systemId: string;
  version: number;
  createdAt: Date;
  createdByName: string | null;
  pdfSha256: string;
  snapshotSha256: string;
  ruleSetId: string;
  attestations: AttestationDTO[];
};
export type ExportedDossier = {
  id: string;
  systemId: string;
  systemName: string;
  version: number;
  pdfSha256: string;
  snapshotSha256: string;
  fileName: string;
  pdf: Buffer;
};

const SYSTEM_NOT_FOUND = "This AI system does not exist or belongs to another organisation.";
const DOSSIER_NOT_FOUND = "This dossier does not exist or belongs to another organisation.";
const NO_RULE_SET = "none";

const versionSelect = {
  id: true,
  systemId: true,
  version: true,
  createdAt: true,
  pdfSha256: true,
  snapshotSha256: true,
  ruleSetId: true,
  createdBy: { select: { name: true } },
  attestations: {
    orderBy: { attestedAt: "asc" },
    select: { id: true, attestedById: true, name: true, role: true, statement: true, attestedAt: true },
  },
} as const;

type VersionRow = { systemId: string | null; createdBy: { name: string } | null } & Omit<
  DossierVersionDTO,
  "systemId" | "createdByName"
>;
const toDto = ({ createdBy, systemId, ...row }: VersionRow): DossierVersionDTO => ({
  ...row,
  systemId: systemId ?? "",
  createdByName: createdBy?.name ?? null,
});

/** ASCII file name for downloads and ZIP entries, e.g. "retail-credit-scoring-scoreone-dossier-v3.pdf". */
export function dossierFileName(systemName: string, version: number): string {
  return `${asciiSlug(systemName, 60) || "ai-system"}-dossier-v${version}.pdf`;
}

// Renders and seals a new version. The version number is read before rendering (it is printed in the PDF); if a
// colleague sealed the same number meanwhile, the unique index refuses ours and we render again with the next one.
export async function exportDossier(actor: Actor, systemId: string): Promise<ExportedDossier> {
  const member = await authorize(actor, "report.seal");
  const [source, exporter] = await Promise.all([
    readDossierSource(member, systemId),
    db().user.findUniqueOrThrow({ where: { id: member.userId }, select: { name: true, email: true } }),
  ]);
  for (let attempt = 0; ; attempt += 1) {
    const latest = await db().dossierVersion.findFirst({
      where: { organizationId: member.organizationId, kind: "SYSTEM", systemId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (latest?.version ?? 0) + 1;
    const canonical = canonicalJson({
      schema: DOSSIER_SNAPSHOT_SCHEMA,
      dossier: {
        version,
        generatedAt: new Date(),
        exportedBy: { name: exporter.name, email: exporter.email, role: member.role },
      },
      ...source,
    });
    const snapshot = JSON.parse(canonical) as DossierSnapshot;
    // That string is already the parsed snapshot's canonical form, so it is hashed as is (not serialised twice more).
    const snapshotSha256 = sha256Hex(canonical);
    const pdf = await renderDossier(snapshot, snapshotSha256);
    const pdfSha256 = sha256Hex(pdf);
    try {
      const id = await seal(member, { systemId, version, snapshot, snapshotSha256, pdf, pdfSha256 });
      return {
        id,
        systemId,
        systemName: source.system.name,
        version,
        pdfSha256,
        snapshotSha256,
        fileName: dossierFileName(source.system.name, version),
        pdf,
      };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

type SealInput = {
  systemId: string;
  version: number;
  snapshot: DossierSnapshot;
  snapshotSha256: string;
  pdf: Buffer;
  pdfSha256: string;
};

async function seal(member: Member, input: SealInput): Promise<string> {
  const ruleSetId = input.snapshot.classification?.result.ruleSet.id ?? NO_RULE_SET;
  return db().$transaction(async (tx) => {
    const { id } = await tx.dossierVersion.create({
      data: {
        organizationId: member.organizationId,
        systemId: input.systemId,
        kind: "SYSTEM",
        version: input.version,
        ruleSetId,
        pdf: new Uint8Array(input.pdf),
        pdfSha256: input.pdfSha256,
        snapshot: input.snapshot,
        snapshotSha256: input.snapshotSha256,
        createdById: member.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, member, {
      action: "dossier.exported",
      entityType: "DossierVersion",
      entityId: id,
      systemId: input.systemId,
      after: { version: input.version, pdfSha256: input.pdfSha256, snapshotSha256: input.snapshotSha256, ruleSetId },
    });
    return id;
  });
}

export async function listDossiers(actor: Actor, systemId: string): Promise<DossierVersionDTO[]> {
  const member = await authorize(actor, "report.read");
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!system) throw new AppError("NOT_FOUND", SYSTEM_NOT_FOUND);
  const rows = await db().dossierVersion.findMany({
    where: { organizationId: member.organizationId, kind: "SYSTEM", systemId },
    orderBy: { version: "desc" },
    select: versionSelect,
  });
  return rows.map(toDto);
}

/** The stored bytes exactly as sealed; `systemId`, when given, must match too (a URL names both). */
export async function getDossierPdf(
  actor: Actor,
  dossierId: string,
  systemId?: string,
): Promise<{ fileName: string; pdf: Uint8Array; pdfSha256: string }> {
  const member = await authorize(actor, "report.read");
  const row = await db().dossierVersion.findFirst({
    where: { id: dossierId, organizationId: member.organizationId, ...(systemId ? { systemId } : {}) },
    select: { pdf: true, pdfSha256: true, version: true, system: { select: { name: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", DOSSIER_NOT_FOUND);
  return {
    fileName: dossierFileName(row.system?.name ?? "portfolio", row.version),
    pdf: row.pdf,
    pdfSha256: row.pdfSha256,
  };
}

// Legal's sign-off of one sealed version: the name and role are copied as they are now, so a later rename or role
// change does not rewrite what was attested.
export async function attestDossier(actor: Actor, raw: TAttestDossier): Promise<{ attestationId: string }> {
  const member = await authorize(actor, "classification.review");
  const parsed = ZAttestDossier.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrors as FieldErrors,
    });
  }
  const { dossierId, statement } = parsed.data;
  return db().$transaction(async (tx) => {
    const dossier = await tx.dossierVersion.findFirst({
      where: { id: dossierId, organizationId: member.organizationId },
      select: { id: true, systemId: true, version: true },
    });
    if (!dossier) throw new AppError("NOT_FOUND", DOSSIER_NOT_FOUND);
    const already = await tx.dossierAttestation.findFirst({
      where: { dossierId, organizationId: member.organizationId, attestedById: member.userId },
      select: { id: true },
    });
    if (already)
      throw new AppError("CONFLICT", "You have already attested this version. Export a new version to attest changes.");
    const user = await tx.user.findUniqueOrThrow({ where: { id: member.userId }, select: { name: true } });
    if (!member.role) throw new AppError("FORBIDDEN", "Only a person can attest a dossier.");
    const role = ROLE_LABELS[member.role];
    const { id } = await tx.dossierAttestation.create({
      data: {
        organizationId: member.organizationId,
        dossierId,
        attestedById: member.userId,
        name: user.name,
        role,
        statement,
      },
      select: { id: true },
    });
    await writeAudit(tx, member, {
      action: "dossier.attested",
      entityType: "DossierVersion",
      entityId: dossierId,
      systemId: dossier.systemId ?? undefined,
      after: { version: dossier.version, name: user.name, role, statement },
    });
    return { attestationId: id };
  });
}

export type VerifiedDossierDTO = DossierVersionDTO & { systemName: string };
export type VerifyResult =
  { genuine: true; sha256: string; dossier: VerifiedDossierDTO } | { genuine: false; sha256: string };

// A file is genuine when its SHA-256 is one this organisation sealed: any changed byte gives another hash, and a
// dossier of another organisation is simply not among ours.
export async function verifyDossier(actor: Actor, pdfBytes: Uint8Array): Promise<VerifyResult> {
  const member = await authorize(actor, "report.read");
  const sha256 = sha256Hex(pdfBytes);
  const row = await db().dossierVersion.findFirst({
    where: { organizationId: member.organizationId, pdfSha256: sha256 },
    select: { ...versionSelect, system: { select: { name: true } } },
  });
  if (!row) return { genuine: false, sha256 };
  const { system, ...version } = row;
  return { genuine: true, sha256, dossier: { ...toDto(version), systemName: system?.name ?? "Portfolio report" } };
}

export type RecentDossierDTO = DossierVersionDTO & { systemName: string };

export async function listRecentDossiers(actor: Actor, take = 10): Promise<RecentDossierDTO[]> {
  const member = await authorize(actor, "report.read");
  const rows = await db().dossierVersion.findMany({
    where: { organizationId: member.organizationId, kind: "SYSTEM" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: { ...versionSelect, system: { select: { name: true } } },
  });
  return rows.map(({ system, ...row }) => ({ ...toDto(row), systemName: system?.name ?? "" }));
}

function scopeWhere(organizationId: string, scope: BulkScope): Prisma.AiSystemWhereInput {
  if (scope === "high-risk") return { organizationId, tier: "HIGH" };
  if (scope === "classified") return { organizationId, currentRunId: { not: null } };
  return { organizationId };
}

export async function bulkExportCounts(actor: Actor): Promise<Record<BulkScope, number>> {
  const member = await authorize(actor, "report.read");
  const count = (scope: BulkScope) => db().aiSystem.count({ where: scopeWhere(member.organizationId, scope) });
  const [high, classified, all] = await Promise.all([count("high-risk"), count("classified"), count("all")]);
  return { "high-risk": high, classified, all };
}

/**
 * The systems a ZIP export covers, in name order; ids from the browser are filtered by organisation like any id.
 * Every file in the ZIP is sealed as a new version, so this asks for report.seal before the first byte is sent.
 */
export async function resolveBulkSystems(
  actor: Actor,
  query: TBulkExportQuery,
): Promise<{ id: string; name: string }[]> {
  const member = await authorize(actor, "report.seal");
  const where =
    "systems" in query
      ? { organizationId: member.organizationId, id: { in: query.systems } }
      : scopeWhere(member.organizationId, query.scope);
  const systems = await db().aiSystem.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_BULK_SYSTEMS + 1,
    select: { id: true, name: true },
  });
  if (systems.length > MAX_BULK_SYSTEMS) {
    throw new AppError("VALIDATION", `That is more than ${MAX_BULK_SYSTEMS} systems; export them in smaller groups.`);
  }
  if ("systems" in query && systems.length < new Set(query.systems).size)
    throw new AppError("NOT_FOUND", SYSTEM_NOT_FOUND);
  return systems;
}

export type DossierSystemMatchDTO = { id: string; name: string; latestVersion: number | null };

/** Systems whose name contains `query`, to open their dossier page from Reports. */
export async function findDossierSystems(actor: Actor, query: string, take = 8): Promise<DossierSystemMatchDTO[]> {
  const member = await authorize(actor, "report.read");
  const q = query.trim().slice(0, 200);
  if (!q) return [];
  const rows = await db().aiSystem.findMany({
    where: { organizationId: member.organizationId, name: { contains: q, mode: "insensitive" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    select: {
      id: true,
      name: true,
      dossiers: {
        where: { organizationId: member.organizationId, kind: "SYSTEM" },
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true },
      },
    },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, latestVersion: r.dossiers[0]?.version ?? null }));
}
