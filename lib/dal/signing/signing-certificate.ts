import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { Pkcs12Error, readPkcs12 } from "@/lib/crypto/signing-certificate";
import { db } from "@/lib/db/client";
import { AppError, type FieldErrors } from "@/lib/errors";
import { ZUploadSigningCertificate, type TUploadSigningCertificate } from "@/lib/validations/signing-certificate";
import { writeAudit } from "@/lib/dal/core/audit";
import { authorize } from "@/lib/dal/core/authorize";
import { signingRow } from "@/lib/dal/signing/internal/identity";

// Public parts only: the private key never leaves lib/dal/signing/internal.
export type SigningCertificateDTO = {
  source: "SELF_SIGNED" | "UPLOADED";
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  fingerprintSha256: string;
  updatedAt: Date;
};

const publicColumns = {
  source: true,
  subject: true,
  issuer: true,
  serialNumber: true,
  notBefore: true,
  notAfter: true,
  fingerprintSha256: true,
  updatedAt: true,
} as const;

/** The certificate sealed PDFs are signed with; null until the organisation's first seal makes one. */
export async function getSigningCertificate(actor: Actor): Promise<SigningCertificateDTO | null> {
  const member = await authorize(actor, "report.read");
  return db().signingCertificate.findUnique({
    where: { organizationId: member.organizationId },
    select: publicColumns,
  });
}

const fieldOf = (error: Pkcs12Error) => (error.problem === "WRONG_PASSWORD" ? "password" : "file");

// An administrator replaces the certificate with one from a trust service provider. Dossiers signed before keep
// their signatures: each PDF carries the certificate it was signed with.
export async function uploadSigningCertificate(
  actor: Actor,
  raw: TUploadSigningCertificate,
  now = new Date(),
): Promise<SigningCertificateDTO> {
  const member = await authorize(actor, "organization.manage");
  const parsed = ZUploadSigningCertificate.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error as z.ZodError<Record<string, unknown>>);
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      fieldErrors: fieldErrors as FieldErrors,
    });
  }
  const input = parsed.data;
  let row: ReturnType<typeof signingRow>;
  try {
    row = signingRow(readPkcs12(Buffer.from(input.file, "base64"), input.password), "UPLOADED");
  } catch (error) {
    if (!(error instanceof Pkcs12Error)) throw error;
    throw new AppError("VALIDATION", error.message, { fieldErrors: { [fieldOf(error)]: [error.message] } });
  }
  const date = (d: Date) => d.toISOString().slice(0, 10);
  const unusable =
    row.notAfter <= now
      ? `This certificate expired on ${date(row.notAfter)}; upload a current one.`
      : row.notBefore > now
        ? `This certificate is valid only from ${date(row.notBefore)}; upload it then.`
        : null;
  if (unusable) throw new AppError("VALIDATION", unusable, { fieldErrors: { file: [unusable] } });
  return db().$transaction(async (tx) => {
    const before = await tx.signingCertificate.findUnique({
      where: { organizationId: member.organizationId },
      select: { id: true, ...publicColumns },
    });
    const saved = await tx.signingCertificate.upsert({
      where: { organizationId: member.organizationId },
      create: { organizationId: member.organizationId, ...row },
      update: row,
      select: { id: true, ...publicColumns },
    });
    const { id, ...dto } = saved;
    await writeAudit(tx, member, {
      action: "signing_certificate.uploaded",
      entityType: "SigningCertificate",
      entityId: id,
      before: before ? auditView(before) : undefined,
      after: auditView(dto),
    });
    return dto;
  });
}

const auditView = (c: SigningCertificateDTO) => ({
  source: c.source,
  subject: c.subject,
  issuer: c.issuer,
  serialNumber: c.serialNumber,
  notAfter: c.notAfter,
  fingerprintSha256: c.fingerprintSha256,
});
