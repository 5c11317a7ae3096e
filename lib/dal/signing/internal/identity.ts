import "server-only";
import { X509Certificate } from "node:crypto";
import {
  describeCertificate,
  generateSelfSigned,
  importSigningKey,
  type SigningMaterial,
} from "@/lib/crypto/signing-certificate";
import { openSecret, sealSecret } from "@/lib/crypto/secrets";
import { db } from "@/lib/db/client";
import type { SigningCertificateSource } from "@/lib/db/generated/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { signPdf, type SigningKey } from "@/lib/pdf/sign";
import { signatureReasonIn, type SignedDocument } from "@/lib/pdf/signature-reason";
import { httpTimeStamper, TimeStampError } from "@/lib/pdf/timestamp";
import { isUniqueViolation } from "@/lib/dal/accounts/internal/accounts";

// SYSTEM-LEVEL, NO ACTOR: callers have authorised the sealing already and pass their own organisation's id.
const PURPOSE = "signing.privateKey";

/** The row's columns for a key and chain: the key sealed, the chain as PEM, the signer's certificate described. */
export function signingRow(material: SigningMaterial, source: SigningCertificateSource) {
  const [signer] = material.chain;
  if (!signer) throw new Error("A signing certificate is required.");
  const description = describeCertificate(signer);
  return {
    source,
    // base64 because sealed secrets are text; the PKCS#8 DER of the key never leaves this module unencrypted.
    privateKey: sealSecret(material.keyPkcs8.toString("base64"), PURPOSE),
    certificatesPem: material.chain.map((der) => new X509Certificate(der).toString()).join(""),
    ...description,
  };
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

// The first seal of an organisation makes its self-signed certificate; two first seals at once both try, the unique
// organizationId keeps one, and the other reads it back.
async function loadOrCreate(organizationId: string) {
  const select = { privateKey: true, certificatesPem: true } as const;
  const found = await db().signingCertificate.findUnique({ where: { organizationId }, select });
  if (found) return found;
  const { name } = await db().organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
  try {
    return await db().signingCertificate.create({
      data: { organizationId, ...signingRow(generateSelfSigned(name), "SELF_SIGNED") },
      select,
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db().signingCertificate.findUniqueOrThrow({ where: { organizationId }, select });
  }
}

/** Makes the organisation's self-signed certificate now if it has none (setup, the seed). */
export async function ensureSigningCertificate(organizationId: string): Promise<void> {
  await loadOrCreate(organizationId);
}

async function signingKeyOf(organizationId: string): Promise<SigningKey> {
  const row = await loadOrCreate(organizationId);
  const keyPkcs8 = Buffer.from(openSecret(row.privateKey, PURPOSE), "base64");
  const chain = (row.certificatesPem.match(PEM_BLOCK) ?? []).map((pem) => Buffer.from(new X509Certificate(pem).raw));
  return { privateKey: await importSigningKey(keyPkcs8), chain };
}

/** What is sealed, and the language it is rendered in: the signature's reason is worded from these. */
export type Sealed = { locale: Locale; doc: SignedDocument };

/**
 * Signs a rendered PDF with the organisation's certificate: PAdES B-B, or B-T when ACTLAS_TSA_URL names a
 * time-stamping authority. The signer's name shown by readers is the organisation's; the reason, in the document's
 * language, comes from one catalogue (lib/pdf/signature-reason.ts), so no caller can seal with words of its own.
 */
export async function signForOrganization(
  organizationId: string,
  organizationName: string,
  pdf: Buffer,
  sealed: Sealed,
  signingTime = new Date(),
): Promise<Buffer> {
  const reason = signatureReasonIn(sealed.locale, sealed.doc);
  const key = await signingKeyOf(organizationId);
  const tsaUrl = env().ACTLAS_TSA_URL;
  try {
    return await signPdf(
      pdf,
      key,
      { name: organizationName, reason, signingTime },
      tsaUrl ? httpTimeStamper(tsaUrl) : undefined,
    );
  } catch (error) {
    // Configured B-T is a promise: no silent fallback to an unstamped signature.
    if (!(error instanceof TimeStampError)) throw error;
    throw new AppError("CONFLICT", `${error.message} Nothing was sealed; try again in a moment.`);
  }
}
