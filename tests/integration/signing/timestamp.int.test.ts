import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDossier } from "@/lib/dal/dossiers/dossiers";
import { db } from "@/lib/db/client";
import { httpTimeStamper, TimeStampError } from "@/lib/pdf/timestamp";
import { startTsaServer } from "../../helpers/tsa-server";
import { defined } from "../../helpers/expect-defined";
import { classifiedOrganisation } from "../dossier/helpers";
import { cmsAttributes, OIDS, pdfsig } from "../../helpers/pdfsig";

let tsa: Awaited<ReturnType<typeof startTsaServer>>;
beforeAll(async () => {
  tsa = await startTsaServer();
  // Read by lib/env on this file's first database call, which comes after this.
  process.env.ACTLAS_TSA_URL = tsa.url;
}, 60_000);
afterAll(() => tsa.stop().catch(() => undefined));

describe("PAdES B-T: a time-stamping authority is configured (ACTLAS_TSA_URL)", () => {
  it("adds the authority's RFC 3161 token over the signature value, and the signature stays valid", async () => {
    const { admin, systemId } = await classifiedOrganisation("Time-stamped");
    const { pdf } = await exportDossier(admin, systemId);
    expect(tsa.requests()).toBe(1);
    const report = await pdfsig(pdf);
    expect(report.valid, report.text).toBe(true);
    expect(report.type).toBe("ETSI.CAdES.detached");

    const cms = cmsAttributes(pdf);
    expect(cms.unsigned).toEqual([OIDS.signatureTimeStampToken]);
    // OpenSSL, independently of Actlas, confirms the token is the authority's and stamps exactly this signature.
    const dir = await mkdtemp(path.join(tmpdir(), "actlas-tst-"));
    try {
      await writeFile(path.join(dir, "token.der"), defined(cms.timeStampToken, "time-stamp token"));
      await writeFile(path.join(dir, "signature.bin"), cms.signatureValue);
      const { stdout } = await promisify(execFile)("openssl", [
        "ts",
        "-verify",
        "-token_in",
        "-in",
        path.join(dir, "token.der"),
        "-data",
        path.join(dir, "signature.bin"),
        "-CAfile",
        tsa.certificateFile,
      ]);
      expect(stdout).toContain("Verification: OK");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses to sign rather than drop the time stamp when the authority cannot be reached", async () => {
    const { admin, systemId } = await classifiedOrganisation("Unstamped");
    const stamp = httpTimeStamper("http://127.0.0.1:9/tsa", 2_000);
    await expect(stamp(Buffer.from("signature"))).rejects.toThrow(TimeStampError);
    await expect(stamp(Buffer.from("signature"))).rejects.toThrow(/could not time-stamp the signature/);
    // Through the data layer: the authority stops answering; the export fails clearly and stores nothing.
    await tsa.stop();
    await expect(exportDossier(admin, systemId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/time-stamping authority .* Nothing was sealed/),
    });
    expect(await db().dossierVersion.count({ where: { systemId } })).toBe(0);
  });
});
