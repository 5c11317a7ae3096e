import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { ROLE_LABELS } from "@/lib/access/permissions";
import { canonicalJson } from "@/lib/canonical-json";
import { sha256Hex } from "@/lib/crypto";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { asciiSlug } from "@/lib/slug";
import { db } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import { renderDossier } from "@/lib/pdf/render-dossier";
import { DOSSIER_SNAPSHOT_SCHEMA, type DossierFinality, type DossierSnapshot } from "@/lib/pdf/snapshot";
import { ZAttestDossier, type TAttestDossier } from "@/lib/validations/dossier";
import { isUniqueViolation } from "@/lib/dal/accounts/internal/accounts";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { documentLocaleOf } from "@/lib/dal/core/document-locale";
import { seal } from "@/lib/dal/dossiers/internal/seal";
import { readDossierSource } from "@/lib/dal/dossiers/internal/snapshot";
import { decideFinality, type FinalityChoice } from "@/lib/dal/dossiers/internal/finality";
import { dossierGaps, type DossierGap } from "@/lib/pdf/gaps";
import { signForOrganization } from "@/lib/dal/signing/internal/identity";
import { toDto, versionSelect, type DossierVersionDTO } from "@/lib/dal/dossiers/internal/versions";
import { notFound } from "@/lib/dal/core/not-found";

export type { AttestationDTO, DossierVersionDTO } from "@/lib/dal/dossiers/internal/versions";
export type ExportedDossier = {
  id: string;
  systemId: string;
  systemName: string;
  version: number;
  finality: DossierFinality;
  pdfSha256: string;
  snapshotSha256: string;
  locale: Locale;
  fileName: string;
  pdf: Buffer;
};

/**
 * ASCII file name for downloads and ZIP entries, e.g. "retail-credit-scoring-scoreone-dossier-v3.pdf"; a copy in
 * another language than English says so ("…-dossier-v3-de.pdf"), so two languages of one version never overwrite.
 */
export function dossierFileName(systemName: string, version: number, locale: Locale = DEFAULT_LOCALE): string {
  const suffix = locale === DEFAULT_LOCALE ? "" : `-${locale}`;
  return `${asciiSlug(systemName, 60) || "ai-system"}-dossier-v${version}${suffix}.pdf`;
}

// Renders and seals a new version. The version number is read before rendering (it is printed in the PDF); if a
// colleague sealed the same number meanwhile, the unique index refuses ours and we render again with the next one.
// Draft or final is decided from the data sealed (decideFinality), never from what the browser believes. The PDF is
// rendered in `locale`, else in the organisation's document language, and the seal records which; a refusal is worded
// in `readerLocale`, the exporter's own language.
export async function exportDossier(
  actor: Actor,
  systemId: string,
  choice: FinalityChoice = "AUTO",
  locale?: Locale,
  readerLocale?: Locale,
): Promise<ExportedDossier> {
  const member = await authorize(actor, "report.seal");
  const [source, exporter, language] = await Promise.all([
    readDossierSource(member, systemId),
    db().user.findUniqueOrThrow({ where: { id: member.userId }, select: { name: true, email: true } }),
    locale ?? documentLocaleOf(db(), member.organizationId),
  ]);
  const finality = decideFinality(source, choice, readerLocale);
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
        finality,
      },
      ...source,
    });
    const snapshot = JSON.parse(canonical) as DossierSnapshot;
    // That string is already the parsed snapshot's canonical form, so it is hashed as is (not serialised twice more).
    const snapshotSha256 = sha256Hex(canonical);
    // Signed (PAdES) before hashing: the stored bytes, their SHA-256 and the download are the signed file.
    const pdf = await signForOrganization(
      member.organizationId,
      snapshot.organization.name,
      await renderDossier(snapshot, snapshotSha256, language),
      { locale: language, doc: { kind: "dossier", version, draft: finality === "DRAFT" } },
      new Date(snapshot.dossier.generatedAt),
    );
    const pdfSha256 = sha256Hex(pdf);
    try {
      const id = await seal(member, {
        systemId,
        version,
        finality,
        snapshot,
        snapshotSha256,
        pdf,
        pdfSha256,
        locale: language,
      });
      return {
        id,
        systemId,
        systemName: source.system.name,
        version,
        finality,
        pdfSha256,
        snapshotSha256,
        locale: language,
        fileName: dossierFileName(source.system.name, version, language),
        pdf,
      };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}

/** The language a new version is sealed in unless the exporter picks another, for the export page. */
export async function dossierDocumentLocale(actor: Actor): Promise<Locale> {
  const member = await authorize(actor, "report.read");
  return documentLocaleOf(db(), member.organizationId);
}

/** What a new version of this system's dossier would show as missing, for the export page. */
export async function dossierGapsOf(
  actor: Actor,
  systemId: string,
  locale: Locale = DEFAULT_LOCALE,
): Promise<DossierGap[]> {
  const member = await authorize(actor, "report.read");
  return dossierGaps(await readDossierSource(member, systemId), locale);
}

export async function listDossiers(actor: Actor, systemId: string): Promise<DossierVersionDTO[]> {
  const member = await authorize(actor, "report.read");
  const system = await db().aiSystem.findFirst({
    where: { id: systemId, organizationId: member.organizationId },
    select: { id: true },
  });
  if (!system) throw notFound("AI system");
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
    select: { pdf: true, pdfSha256: true, version: true, locale: true, system: { select: { name: true } } },
  });
  if (!row) throw notFound("dossier");
  return {
    fileName: dossierFileName(
      row.system?.name ?? "portfolio",
      row.version,
      isLocale(row.locale) ? row.locale : DEFAULT_LOCALE,
    ),
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
      select: { id: true, systemId: true, version: true, finality: true },
    });
    if (!dossier) throw notFound("dossier");
    if (dossier.finality === "DRAFT")
      throw new AppError(
        "CONFLICT",
        `Version ${dossier.version} is a draft: a draft cannot be attested. Close the gaps it lists on page 1 and export a final version to attest it.`,
      );
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
