import "server-only";
import type { Document } from "docx";
import type { Actor } from "@/lib/access/actor";
import { db } from "@/lib/db/client";
import { annexIvDocument } from "@/lib/docx/annex-iv";
import { derogationDocument } from "@/lib/docx/derogation";
import { docxBytes, type DocumentMeta } from "@/lib/docx/document";
import { friaDocument } from "@/lib/docx/fria";
import { AppError } from "@/lib/errors";
import { asDocumentLocale } from "@/lib/dal/core/document-locale";
import type { DossierRecords, DossierRiskRegister } from "@/lib/pdf/snapshot";
import { asciiSlug } from "@/lib/slug";
import { RECORD_KIND, type TLegalDocumentKind } from "@/lib/validations/legal-documents";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { readDossierRecords } from "@/lib/dal/legal-records/internal/dossier";
import { readDossierRiskRegister } from "@/lib/dal/dossiers/internal/risks";
import { systemApplicability } from "@/lib/dal/legal-records/internal/summary";

export type LegalDocx = { fileName: string; bytes: Uint8Array };

type Sources = { records: DossierRecords; riskRegister: DossierRiskRegister | null };
const BUILD: Record<TLegalDocumentKind, (meta: DocumentMeta, sources: Sources) => Document> = {
  "annex-iv": (meta, { records: r, riskRegister }) => annexIvDocument(meta, r.annexIv, riskRegister),
  fria: (meta, { records: r }) => friaDocument(meta, r.fria),
  derogation: (meta, { records: r }) => derogationDocument(meta, r.derogation),
};

// A legal record as a Word file for legal to edit. Whoever may read the system may download it (auditors included:
// a download changes nothing). The records are read as the sealed dossier reads them, so the Word file and the PDF
// say the same thing; another organisation's system is a 404 like any foreign id.
export async function getLegalRecordDocx(
  actor: Actor,
  systemId: string,
  kind: TLegalDocumentKind,
  now = new Date(),
): Promise<LegalDocx> {
  const { organizationId } = await authorize(actor, "system.read");
  const [system, ctx, records, riskRegister] = await Promise.all([
    db().aiSystem.findFirst({
      where: { id: systemId, organizationId },
      select: { name: true, organization: { select: { name: true, documentLocale: true } } },
    }),
    systemApplicability(organizationId, systemId),
    readDossierRecords(organizationId, systemId),
    // Annex IV section 5 carries the Art 9 register, read as the sealed dossier reads it.
    kind === "annex-iv" ? readDossierRiskRegister(organizationId, systemId, now) : null,
  ]);
  if (!system) throw notFound("AI system");
  const applicability = ctx.applicability[RECORD_KIND[kind]];
  // The editor offers no download then either: a record the law does not ask for has nothing to fill in.
  if (!applicability.applies)
    throw new AppError("VALIDATION", `This record does not apply to this system. ${applicability.reason}`);
  const meta: DocumentMeta = {
    systemName: system.name,
    organizationName: system.organization.name,
    generatedAt: now,
    reason: applicability.reason,
    // Written in the organisation's document language, like the dossier, whoever downloads it.
    locale: asDocumentLocale(system.organization.documentLocale),
  };
  const bytes = await docxBytes(BUILD[kind](meta, { records, riskRegister }));
  const day = now.toISOString().slice(0, 10);
  return { fileName: `${asciiSlug(system.name, 60) || "ai-system"}-${kind}-${day}.docx`, bytes };
}
