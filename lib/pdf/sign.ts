import { randomBytes } from "node:crypto";
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
  const reason = asTextString(details.reason);
  const name = asTextString(details.name);
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: reason.standIn,
    name: name.standIn,
    contactInfo: "",
    location: "",
    signingTime: details.signingTime,
    signatureLength: placeholderBytes(key, stamp !== undefined),
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: "Actlas",
  });
  for (const value of [reason, name]) value.swapIn(withPlaceholder);
  return new SignPdf().sign(withPlaceholder, new CadesSigner(key, stamp));
}

/**
 * A text string for the signature dictionary (/Reason, /Name): the reader shows it beside the signature, in the
 * document's language, so it may hold "ü" or "é". @signpdf writes such a value as UTF-16 and then stores those bytes
 * as UTF-8, so a reader would show "Ã¾Ã¿…" (upstream: vbuch/node-signpdf#174). A non-ASCII value goes in as an ASCII
 * stand-in of the same length and is swapped for the UTF-16BE hex string afterwards; the lengths match, so the byte
 * offsets in the update's cross-reference table stay right.
 */
function asTextString(value: string): { standIn: string; swapIn(pdf: Buffer): void } {
  if (/^[\x20-\x7e]*$/.test(value)) return { standIn: value, swapIn: () => undefined };
  const hex = `<FEFF${Buffer.from(value, "utf16le").swap16().toString("hex").toUpperCase()}>`;
  // Written as "(stand-in)": two characters shorter than the stand-in itself.
  const standIn = randomBytes(hex.length)
    .toString("hex")
    .slice(0, hex.length - 2);
  return {
    standIn,
    swapIn(pdf) {
      const at = pdf.indexOf(`(${standIn})`, 0, "latin1");
      if (at === -1) throw new Error("The signature dictionary lost a text value.");
      pdf.write(hex, at, "latin1");
    },
  };
}
