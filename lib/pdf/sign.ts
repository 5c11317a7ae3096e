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

// Room for the CMS in the placeholder, which is written before the CMS exists: the certificates it carries, 2 KB for
// a signature of up to 8192 bits and its attributes, and 12 KB for a time-stamp token (itself a CMS with the
// authority's certificates). The unused rest is zero padding, hex-encoded, so it costs twice its size in the file.
const placeholderBytes = (key: SigningKey, stamped: boolean) =>
  key.chain.reduce((sum, der) => sum + der.length, 0) + 2048 + (stamped ? 12_288 : 0);

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
    signatureLength: placeholderBytes(key, stamp !== undefined),
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: "Actlas",
  });
  return new SignPdf().sign(withPlaceholder, new CadesSigner(key, stamp));
}
