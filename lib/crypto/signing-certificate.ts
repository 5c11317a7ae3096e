import {
  createHash,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  webcrypto,
  X509Certificate,
} from "node:crypto";
import forge from "node-forge";

// The organisation's signing certificate: a self-signed one made on first use, or a PKCS#12 from a trust service
// provider. node-forge reads and writes the certificates and PKCS#12 files (RSA keys only, which is what it supports);
// node:crypto makes the key pair and describes the certificate.

export type CertificateDescription = {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  fingerprintSha256: string;
};
/** A private key as PKCS#8 DER (kept encrypted at rest) and the chain in DER, the signer's certificate first. */
export type SigningMaterial = { keyPkcs8: Buffer; chain: Buffer[] };
export type Pkcs12Problem = "NOT_PKCS12" | "WRONG_PASSWORD" | "NO_PRIVATE_KEY" | "NO_CERTIFICATE" | "UNSUPPORTED_KEY";

export class Pkcs12Error extends Error {
  constructor(
    readonly problem: Pkcs12Problem,
    message: string,
  ) {
    super(message);
    this.name = "Pkcs12Error";
  }
}

const VALIDITY_YEARS = 10;
const derOf = (cert: forge.pki.Certificate) =>
  Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");

/** RSA 3072, CN and O = the organisation, ten years, digitalSignature + nonRepudiation (what a PDF signature needs). */
export function generateSelfSigned(organizationName: string, now = new Date()): SigningMaterial {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 3072 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  // A positive 16-byte serial, minimal in DER: the high bit cleared (not negative), the next one set (no zero byte).
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  cert.serialNumber = serial.toString("hex");
  cert.validity.notBefore = now;
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALIDITY_YEARS);
  const name = [
    { shortName: "CN", value: organizationName },
    { shortName: "O", value: organizationName },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", critical: true, digitalSignature: true, nonRepudiation: true },
    { name: "subjectKeyIdentifier" },
  ]);
  const forgeKey = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  cert.sign(forgeKey, forge.md.sha256.create());
  return { keyPkcs8: privateKey.export({ type: "pkcs8", format: "der" }), chain: [derOf(cert)] };
}

/** Opens a PKCS#12 (.p12/.pfx): its RSA private key and the certificate of that key first, then the rest. */
export function readPkcs12(bytes: Buffer, password: string): SigningMaterial {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(bytes.toString("binary")));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/mac could not be verified|invalid password/i.test(message))
      throw new Pkcs12Error("WRONG_PASSWORD", "The password does not open this file.");
    if (/unknown oid|private key/i.test(message))
      throw new Pkcs12Error("UNSUPPORTED_KEY", "Only RSA keys can be used; this file holds another kind of key.");
    throw new Pkcs12Error("NOT_PKCS12", "This is not a PKCS#12 file (.p12 or .pfx).");
  }
  const bagsOf = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const keyBag = [...bagsOf(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bagsOf(forge.pki.oids.keyBag!)][0];
  if (!keyBag) throw new Pkcs12Error("NO_PRIVATE_KEY", "The file holds no private key, only certificates.");
  if (!keyBag.key) throw new Pkcs12Error("UNSUPPORTED_KEY", "Only RSA keys can be used; this file holds another kind.");
  const key = keyBag.key as forge.pki.rsa.PrivateKey;
  const certs = bagsOf(forge.pki.oids.certBag!).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  const isOwn = (c: forge.pki.Certificate) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n !== undefined && pub.n.equals(key.n) && pub.e.equals(key.e);
  };
  const own = certs.find(isOwn);
  if (!own) throw new Pkcs12Error("NO_CERTIFICATE", "The file holds no certificate for its private key.");
  const keyPkcs8 = createPrivateKey(forge.pki.privateKeyToPem(key)).export({ type: "pkcs8", format: "der" });
  return { keyPkcs8, chain: [own, ...certs.filter((c) => c !== own)].map(derOf) };
}

export function describeCertificate(der: Buffer): CertificateDescription {
  const cert = new X509Certificate(der);
  return {
    subject: cert.subject.replaceAll("\n", ", "),
    issuer: cert.issuer.replaceAll("\n", ", "),
    serialNumber: cert.serialNumber,
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    fingerprintSha256: createHash("sha256").update(der).digest("hex"),
  };
}

/** A WebCrypto handle on the key, non-extractable: signing code can use it but not read it back. */
export function importSigningKey(keyPkcs8: Buffer): Promise<webcrypto.CryptoKey> {
  return webcrypto.subtle.importKey(
    "pkcs8",
    new Uint8Array(keyPkcs8),
    { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
    false,
    ["sign"],
  );
}
