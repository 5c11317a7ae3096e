import "server-only";
import type { Actor } from "@/lib/access/actor";
import { sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/dal/core/authorize";
import { toDto, versionSelect, type DossierVersionDTO } from "@/lib/dal/dossiers/internal/versions";

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
