import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { UserActor } from "@/lib/access/actor";
import { exportDossier } from "@/lib/dal/dossiers/dossiers";
import { getSigningCertificate, uploadSigningCertificate } from "@/lib/dal/signing/signing-certificate";
import { db } from "@/lib/db/client";
import { MAX_PKCS12_BYTES } from "@/lib/validations/signing-certificate";
import { addMember, createOrganization } from "../../helpers/factories";
import { classifiedOrganisation } from "../dossier/helpers";
import { pdfsig } from "../../helpers/pdfsig";

const session: { actor: UserActor | null } = { actor: null };
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
const { uploadSigningCertificateAction } = await import("@/app/(app)/settings/signing/actions");

const openssl = (...args: string[]) => promisify(execFile)("openssl", args);
const PASSWORD = "correct horse battery";
const SIGNER = "Trust Service Test Signer";

// PKCS#12 files as an administrator gets them: made with the OpenSSL CLI (its defaults: AES-256, PBKDF2, SHA-256 MAC).
let dir: string;
const p12 = {} as Record<"good" | "noKey" | "ecKey", string>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "actlas-p12-"));
  const at = (name: string) => path.join(dir, name);
  await openssl(
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "365",
    "-subj",
    `/CN=${SIGNER}/O=Upload Org`,
    "-keyout",
    at("key.pem"),
    "-out",
    at("cert.pem"),
  );
  await openssl(
    "pkcs12",
    "-export",
    "-inkey",
    at("key.pem"),
    "-in",
    at("cert.pem"),
    "-out",
    at("good.p12"),
    "-passout",
    `pass:${PASSWORD}`,
  );
  await openssl(
    "pkcs12",
    "-export",
    "-nokeys",
    "-in",
    at("cert.pem"),
    "-out",
    at("nokey.p12"),
    "-passout",
    `pass:${PASSWORD}`,
  );
  await openssl(
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:P-256",
    "-nodes",
    "-days",
    "365",
    "-subj",
    "/CN=EC signer",
    "-keyout",
    at("ec.pem"),
    "-out",
    at("eccert.pem"),
  );
  await openssl(
    "pkcs12",
    "-export",
    "-inkey",
    at("ec.pem"),
    "-in",
    at("eccert.pem"),
    "-out",
    at("ec.p12"),
    "-passout",
    `pass:${PASSWORD}`,
  );
  const b64 = async (name: string) => (await readFile(at(name))).toString("base64");
  [p12.good, p12.noKey, p12.ecKey] = await Promise.all([b64("good.p12"), b64("nokey.p12"), b64("ec.p12")]);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("uploading the organisation's own signing certificate (PKCS#12)", () => {
  it("makes the uploaded certificate the signer of the next dossier, audited, key never shown", async () => {
    const { organizationId, admin, systemId } = await classifiedOrganisation("Upload");
    await exportDossier(admin, systemId); // first seal: self-signed
    session.actor = admin;
    const result = await uploadSigningCertificateAction({ file: p12.good, password: PASSWORD });
    expect(result).toMatchObject({ ok: true });

    const certificate = await getSigningCertificate(admin);
    expect(certificate).toMatchObject({ source: "UPLOADED", subject: `CN=${SIGNER}, O=Upload Org` });
    const { pdf } = await exportDossier(admin, systemId);
    const report = await pdfsig(pdf);
    expect(report.valid, report.text).toBe(true);
    expect(report.commonName).toBe(SIGNER);

    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "signing_certificate.uploaded" },
    });
    expect(event.actorId).toBe(admin.userId);
    expect(event.before).toMatchObject({ source: "SELF_SIGNED" });
    expect(event.after).toMatchObject({ source: "UPLOADED", fingerprintSha256: certificate?.fingerprintSha256 });
    expect(JSON.stringify([event.before, event.after, result])).not.toMatch(/PRIVATE KEY|v1:/);
  });

  it("says what is wrong next to the field, and keeps the certificate in use", async () => {
    const { organizationId, admin } = await createOrganization("Upload errors");
    session.actor = admin;
    const failure = async (input: { file: string; password: string }) => {
      const result = await uploadSigningCertificateAction(input);
      if (result.ok) throw new Error("expected the upload to be refused");
      return result.fieldErrors;
    };
    expect(await failure({ file: p12.good, password: "wrong" })).toEqual({
      password: ["The password does not open this file."],
    });
    expect(await failure({ file: Buffer.from("%PDF-1.7 not a p12").toString("base64"), password: "" })).toEqual({
      file: ["This is not a PKCS#12 file (.p12 or .pfx)."],
    });
    expect((await failure({ file: p12.noKey, password: PASSWORD }))?.file?.[0]).toMatch(/no private key/);
    expect((await failure({ file: p12.ecKey, password: PASSWORD }))?.file?.[0]).toMatch(/Only RSA keys/);
    expect((await failure({ file: "", password: "" }))?.file?.[0]).toMatch(/Choose the \.p12/);
    const tooLarge = Buffer.alloc(MAX_PKCS12_BYTES + 3).toString("base64");
    expect((await failure({ file: tooLarge, password: "" }))?.file?.[0]).toMatch(/too large/);
    // Expired: the same file, uploaded as if two years later.
    await expect(
      uploadSigningCertificate(admin, { file: p12.good, password: PASSWORD }, new Date(Date.now() + 2 * 365 * 864e5)),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { file: [expect.stringMatching(/expired on/)] } });
    expect(await db().signingCertificate.count({ where: { organizationId } })).toBe(0);
  });

  it("is for administrators only, and one organisation's certificate never signs another's PDFs", async () => {
    const first = await classifiedOrganisation("Owner");
    const other = await classifiedOrganisation("Other");
    for (const role of ["COMPLIANCE_OFFICER", "LEGAL", "MANAGER", "AUDITOR"] as const) {
      session.actor = await addMember(first.organizationId, role);
      expect(await uploadSigningCertificateAction({ file: p12.good, password: PASSWORD })).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    session.actor = first.admin;
    expect(await uploadSigningCertificateAction({ file: p12.good, password: PASSWORD })).toMatchObject({ ok: true });
    expect(await getSigningCertificate(other.admin)).toBeNull();
    const { pdf } = await exportDossier(other.admin, other.systemId);
    const otherName = (await db().organization.findUniqueOrThrow({ where: { id: other.organizationId } })).name;
    expect((await pdfsig(pdf)).commonName).toBe(otherName);
    expect((await getSigningCertificate(other.admin))?.source).toBe("SELF_SIGNED");
  });
});
