import { createHash, randomBytes } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import type { TimeStamper } from "./cades";

const SHA256 = "2.16.840.1.101.3.4.2.1";
const GRANTED = new Set([0, 1]); // granted, grantedWithMods (RFC 3161 §2.4.2)

export class TimeStampError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TimeStampError";
  }
}

const bytes = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/**
 * An RFC 3161 client over HTTP (pkijs builds the request and reads the answer): asks the authority to time-stamp the
 * SHA-256 of a signature value, with a nonce, and returns the token only if it stamps exactly that hash with that nonce.
 */
export function httpTimeStamper(url: string, timeoutMs = 15_000): TimeStamper {
  return async (signatureValue) => {
    const digest = createHash("sha256").update(signatureValue).digest();
    const nonce = randomBytes(8);
    nonce[0] = (nonce[0]! & 0x7f) | 0x40; // positive, and minimal in DER (no leading zero byte to drop)
    const request = new pkijs.TimeStampReq({
      version: 1,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256 }),
        hashedMessage: new asn1js.OctetString({ valueHex: new Uint8Array(digest) }),
      }),
      nonce: new asn1js.Integer({ valueHex: new Uint8Array(nonce) }),
      certReq: true,
    });
    let answer: ArrayBuffer;
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/timestamp-query" },
        body: new Uint8Array(request.toSchema().toBER(false)),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new TimeStampError(`it answered HTTP ${response.status}`);
      answer = await response.arrayBuffer();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new TimeStampError(`The time-stamping authority could not time-stamp the signature: ${why}.`);
    }
    let token: pkijs.ContentInfo | undefined;
    let info: pkijs.TSTInfo;
    try {
      const reply = pkijs.TimeStampResp.fromBER(answer);
      token = reply.timeStampToken;
      if (!GRANTED.has(reply.status.status) || !token) throw new Error("refused");
      const signed = new pkijs.SignedData({ schema: token.content });
      const content = signed.encapContentInfo.eContent;
      if (!content) throw new Error("empty");
      info = pkijs.TSTInfo.fromBER(new Uint8Array(content.valueBlock.valueHexView));
    } catch {
      throw new TimeStampError(
        "The time-stamping authority refused the request or answered with something unreadable.",
      );
    }
    const stamped = bytes(info.messageImprint.hashedMessage.valueBlock.valueHexView);
    const echoed = info.nonce ? bytes(info.nonce.valueBlock.valueHexView) : undefined;
    if (!stamped.equals(digest) || !echoed?.equals(nonce))
      throw new TimeStampError("The time-stamping authority stamped something other than this signature.");
    return Buffer.from(token.toSchema().toBER(false));
  };
}
