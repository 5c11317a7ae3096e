import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { extractSignature } from "@signpdf/utils";
import { defined } from "./expect-defined";

const run = promisify(execFile);

export type PdfSigReport = { text: string; valid: boolean; commonName?: string; type?: string; signedAt?: string };

// Debian's poppler `pdfsig` (poppler-utils), a verifier that has nothing to do with Actlas: the file is written to
// disk and checked as any reader would check it. It exits non-zero for an invalid signature, so its output is read
// either way.
export async function pdfsig(pdf: Uint8Array): Promise<PdfSigReport> {
  const dir = await mkdtemp(path.join(tmpdir(), "actlas-pdfsig-"));
  const file = path.join(dir, "signed.pdf");
  try {
    await writeFile(file, pdf);
    const text = await run("pdfsig", [file]).then(
      (r) => r.stdout,
      (error: { stdout?: string }) => error.stdout ?? "",
    );
    const field = (label: string) => text.match(new RegExp(`- ${label}: (.+)`))?.[1]?.trim();
    return {
      text,
      valid: field("Signature Validation") === "Signature is Valid.",
      commonName: field("Signer Certificate Common Name"),
      type: field("Signature Type"),
      signedAt: field("Signing Time"),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One byte flipped inside the first signed range (the original document, before the signature's update). */
export function flipSignedByte(pdf: Uint8Array): Uint8Array {
  const { ByteRange } = extractSignature(Buffer.from(pdf));
  const at = Math.floor(defined(ByteRange[1], "signed range end") / 2);
  const copy = Uint8Array.from(pdf);
  copy[at] = defined(copy[at], "byte") ^ 0x01;
  return copy;
}

/** The CMS in the PDF, read back with pkijs: attribute types, the signature value and any time-stamp token (DER). */
export function cmsAttributes(pdf: Uint8Array): {
  signed: string[];
  unsigned: string[];
  signatureValue: Buffer;
  timeStampToken?: Buffer;
} {
  // The whole /Contents, zero padding included: the DER's own length says where the CMS ends.
  const { ByteRange } = extractSignature(Buffer.from(pdf));
  const hex = Buffer.from(pdf.subarray(defined(ByteRange[1], "range") + 1, defined(ByteRange[2], "range") - 1));
  const parsed = asn1js.fromBER(new Uint8Array(Buffer.from(hex.toString("latin1"), "hex")));
  if (parsed.offset === -1) throw new Error("The signature's CMS does not parse.");
  const content = new pkijs.ContentInfo({ schema: parsed.result });
  const signedData = new pkijs.SignedData({ schema: content.content as asn1js.Sequence });
  const info = defined(signedData.signerInfos[0], "signer info");
  const token = info.unsignedAttrs?.attributes.find((a) => a.type === OIDS.signatureTimeStampToken)?.values[0];
  return {
    signed: info.signedAttrs?.attributes.map((a) => a.type) ?? [],
    unsigned: info.unsignedAttrs?.attributes.map((a) => a.type) ?? [],
    signatureValue: Buffer.from(info.signature.valueBlock.valueHexView),
    timeStampToken: token ? Buffer.from((token as asn1js.Sequence).toBER(false)) : undefined,
  };
}

export const OIDS = {
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  signatureTimeStampToken: "1.2.840.113549.1.9.16.2.14",
};
