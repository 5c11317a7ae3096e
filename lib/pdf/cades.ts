import { createHash, webcrypto } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { Signer } from "@signpdf/utils";

// The CMS of a PAdES baseline signature (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached), built by pkijs: the signed
// attributes are content-type, message-digest and ESS signing-certificate-v2 (binding the signer's certificate to the
// signature); no CMS signing-time, as PAdES puts the claimed time in the signature dictionary's /M instead.

const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  signatureTimeStampToken: "1.2.840.113549.1.9.16.2.14",
} as const;

/** What signs: the private key (WebCrypto, never serialised) and the certificate chain in DER, the signer's first. */
export type SigningKey = { privateKey: webcrypto.CryptoKey; chain: Buffer[] };
/** Returns the DER of an RFC 3161 TimeStampToken over the given signature value (B-T); absent for B-B. */
export type TimeStamper = (signatureValue: Buffer) => Promise<Buffer>;

const engine = new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto });

const toArrayBuffer = (b: Buffer): ArrayBuffer => new Uint8Array(b).buffer;

function signingCertificateV2(cert: pkijs.Certificate, der: Buffer): asn1js.Sequence {
  // ESSCertIDv2 with the default hash algorithm (SHA-256) left out, as DER requires, and the issuer and serial.
  const issuerSerial = new asn1js.Sequence({
    value: [
      new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: cert.issuer })] }).toSchema(),
      cert.serialNumber,
    ],
  });
  const certHash = new asn1js.OctetString({ valueHex: toArrayBuffer(createHash("sha256").update(der).digest()) });
  return new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [certHash, issuerSerial] })] })],
  });
}

export async function cadesDetached(content: Buffer, key: SigningKey, stamp?: TimeStamper): Promise<Buffer> {
  const [signerDer, ...rest] = key.chain;
  if (!signerDer) throw new Error("A signing certificate is required.");
  const certs = [signerDer, ...rest].map((der) => pkijs.Certificate.fromBER(toArrayBuffer(der)));
  const signer = certs[0]!;
  const digest = createHash("sha256").update(content).digest();
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({
              type: OID.messageDigest,
              values: [new asn1js.OctetString({ valueHex: toArrayBuffer(digest) })],
            }),
            new pkijs.Attribute({ type: OID.signingCertificateV2, values: [signingCertificateV2(signer, signerDer)] }),
          ],
        }),
      }),
    ],
    certificates: certs,
  });
  await signedData.sign(key.privateKey, 0, "SHA-256", undefined, engine);
  const signerInfo = signedData.signerInfos[0]!;
  if (stamp) {
    const token = await stamp(Buffer.from(signerInfo.signature.valueBlock.valueHexView));
    const parsed = asn1js.fromBER(new Uint8Array(token));
    if (parsed.offset === -1) throw new Error("The time-stamping authority answered with a malformed token.");
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [parsed.result] })],
    });
  }
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}

/** The @signpdf signer interface over cadesDetached. */
export class CadesSigner extends Signer {
  constructor(
    private readonly key: SigningKey,
    private readonly stamp?: TimeStamper,
  ) {
    super();
  }

  override async sign(content: Buffer): Promise<Buffer> {
    return cadesDetached(content, this.key, this.stamp);
  }
}
