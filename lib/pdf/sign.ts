import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { SignPdf } from "@signpdf/signpdf";
import { SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import { CadesSigner, type SigningKey, type TimeStamper } from "./cades";

export type { SigningKey, TimeStamper } from "./cades";
export type SignatureDetails = {
  /** The signer as a reader shows it, e.g. the organisation's name. */
  name: string;
  reason: string;
  /** The claimed signing time, written to the signature dictionary's /M (PAdES keeps it out of the CMS). */
  signingTime: Date;
};

// Room for the CMS in the placeholder: a 4096-bit signature, a chain of a few certificates and a time-stamp token
// (itself a CMS with the authority's chain) fit in well under 24 KB; the unused rest is zero padding.
const SIGNATURE_BYTES = 24_576;

/**
 * Signs a finished PDF as a PAdES baseline signature (B-B; B-T with a time stamper): an incremental update adds an
 * invisible signature field on page 1, then @signpdf fills its /Contents with the CMS over the whole file but that
 * field. The original bytes stay as they were, so the pages look exactly the same.
 */
export async function signPdf(
  pdf: Buffer,
  key: SigningKey,
  details: SignatureDetails,
  stamp?: TimeStamper,
): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: details.reason,
    name: details.name,
    contactInfo: "",
    location: "",
    signingTime: details.signingTime,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: "Actlas",
  });
  return new SignPdf().sign(withPlaceholder, new CadesSigner(key, stamp));
}
