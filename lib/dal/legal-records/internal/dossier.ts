import "server-only";
import { db } from "@/lib/db/client";
import type { DossierLegalRecord, DossierRecords } from "@/lib/pdf/snapshot";

// The legal records as the dossier freezes them. Called by the snapshot reader after it has authorised the member
// and found the system in the member's organisation; the organisation filter is repeated in every query anyway.
export async function readDossierRecords(organizationId: string, systemId: string): Promise<DossierRecords> {
  const rows = await db().legalRecord.findMany({
    where: { organizationId, systemId },
    orderBy: [{ kind: "asc" }, { section: "asc" }],
    select: {
      kind: true,
      section: true,
      content: true,
      complete: true,
      evidenceIds: true,
      updatedAt: true,
      signedOffAt: true,
      owner: { select: { name: true } },
      signedOffBy: { select: { name: true } },
    },
  });
  const evidenceIds = [...new Set(rows.flatMap((r) => r.evidenceIds))];
  const evidence = evidenceIds.length
    ? await db().evidence.findMany({
        where: { organizationId, systemId, id: { in: evidenceIds } },
        select: { id: true, title: true },
      })
    : [];
  const titles = new Map(evidence.map((e) => [e.id, e.title]));
  const toRecord = (r: (typeof rows)[number]): DossierLegalRecord => ({
    fields: (r.content ?? {}) as Record<string, string>,
    complete: r.complete,
    owner: r.owner?.name ?? null,
    evidence: r.evidenceIds.flatMap((id) => titles.get(id) ?? []),
    updatedAt: r.updatedAt.toISOString(),
    signedOffBy: r.signedOffAt ? (r.signedOffBy?.name ?? "a former member") : null,
    signedOffAt: r.signedOffAt?.toISOString() ?? null,
  });
  const annex = rows.filter((r) => r.kind === "ANNEX_IV").map((r) => ({ section: r.section, ...toRecord(r) }));
  const derogation = rows.find((r) => r.kind === "DEROGATION");
  const fria = rows.find((r) => r.kind === "FRIA");
  return {
    annexIv: annex.length ? annex : null,
    derogation: derogation ? toRecord(derogation) : null,
    fria: fria ? toRecord(fria) : null,
  };
}
