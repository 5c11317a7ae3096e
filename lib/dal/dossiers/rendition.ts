import "server-only";
import type { Actor } from "@/lib/access/actor";
import { sha256Hex } from "@/lib/crypto";
import { db } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { renderDossier } from "@/lib/pdf/render-dossier";
import type { DossierSnapshot } from "@/lib/pdf/snapshot";
import { authorize } from "@/lib/dal/core/authorize";
import { notFound } from "@/lib/dal/core/not-found";
import { dossierFileName } from "@/lib/dal/dossiers/dossiers";
import { signForOrganization } from "@/lib/dal/signing/internal/identity";

export type DossierRendition = {
  fileName: string;
  pdf: Uint8Array;
  pdfSha256: string;
  locale: Locale;
  /** The language the version was sealed in; `sealed` says whether these are the sealed bytes themselves. */
  sealedLocale: Locale;
  sealed: boolean;
};

/**
 * A sealed version in the language asked for. In its own language that is the stored file, byte for byte; in another
 * one the stored snapshot is rendered again (it keeps codes and the engine's English, so its hash is the seal's) and
 * signed with the organisation's certificate. Such a copy is not a second seal: the sealed file stays the reference.
 */
export async function getDossierPdfIn(
  actor: Actor,
  dossierId: string,
  locale: Locale,
  systemId?: string,
): Promise<DossierRendition> {
  const member = await authorize(actor, "report.read");
  const row = await db().dossierVersion.findFirst({
    where: { id: dossierId, organizationId: member.organizationId, kind: "SYSTEM", ...(systemId ? { systemId } : {}) },
    select: {
      pdf: true,
      pdfSha256: true,
      version: true,
      locale: true,
      snapshot: true,
      snapshotSha256: true,
      finality: true,
      system: { select: { name: true } },
    },
  });
  if (!row) throw notFound("dossier");
  const sealedLocale = isLocale(row.locale) ? row.locale : DEFAULT_LOCALE;
  const systemName = row.system?.name ?? "";
  if (locale === sealedLocale)
    return {
      fileName: dossierFileName(systemName, row.version, locale),
      pdf: row.pdf,
      pdfSha256: row.pdfSha256,
      locale,
      sealedLocale,
      sealed: true,
    };
  const snapshot = row.snapshot as unknown as DossierSnapshot;
  const pdf = await signForOrganization(
    member.organizationId,
    snapshot.organization.name,
    await renderDossier(snapshot, row.snapshotSha256, locale, { sealedIn: sealedLocale }),
    {
      locale,
      doc: {
        kind: "rendition",
        version: row.version,
        draft: row.finality === "DRAFT",
        sealedIn: sealedLocale,
      },
    },
  );
  return {
    fileName: dossierFileName(systemName, row.version, locale),
    pdf,
    pdfSha256: sha256Hex(pdf),
    locale,
    sealedLocale,
    sealed: false,
  };
}
