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

const ESCAPED: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, "(": 40, ")": 41, "\\": 92 };

/**
 * A text value of the signature dictionary as a reader shows it (pdfsig prints neither /Reason nor /Name): the
 * string after `/Reason ` (or `/Name `) in the last signature dictionary, a hex string or an unescaped literal one, then UTF-16BE when it
 * starts with the byte-order mark, else single bytes.
 */
export function signatureText(pdf: Uint8Array, key: "Reason" | "Name"): string {
  const text = Buffer.from(pdf).toString("latin1");
  // The first such key after the last signature dictionary opens (its /Prop_Build has a /Name of its own later).
  const start = text.indexOf(`/${key} `, text.lastIndexOf("/Type /Sig"));
  if (start === -1) throw new Error(`The PDF's signature has no /${key}.`);
  const i = start + key.length + 2;
  let raw: Buffer;
  if (text[i] === "<") raw = Buffer.from(text.slice(i + 1, text.indexOf(">", i)), "hex");
  else if (text[i] === "(") raw = literalString(text, i + 1);
  else throw new Error(`The signature's /${key} is not a string.`);
  if (raw[0] !== 0xfe || raw[1] !== 0xff) return raw.toString("latin1");
  return Buffer.from(raw.subarray(2)).swap16().toString("utf16le");
}

function literalString(text: string, from: number): Buffer {
  const bytes: number[] = [];
  for (let i = from; text[i] !== ")"; i++) {
    if (i >= text.length) throw new Error("A literal string is not closed.");
    if (text[i] !== "\\") {
      bytes.push(text.charCodeAt(i));
      continue;
    }
    const next = text[++i] ?? "";
    const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8));
      i += octal.length - 1;
    } else bytes.push(ESCAPED[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

export const signatureReason = (pdf: Uint8Array) => signatureText(pdf, "Reason");
