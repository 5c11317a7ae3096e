import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { dossierZipStream } from "@/app/(app)/reports/export-zip/dossier-zip";
import { ZipEntryCounter } from "@/components/dossier/zip-entry-counter";
import { resolveBulkSystems } from "@/lib/dal/dossiers";
import { db } from "@/lib/db/client";
import { createSystem } from "../../helpers/factories";
import { classifiedOrganisation } from "./helpers";

// The bulk export renders one dossier at a time and only as fast as the download takes them (issue #9: memory must
// stay bounded for 1,000 dossiers, whatever the speed of the reader).

async function organisationWithSystems(count: number) {
  const org = await classifiedOrganisation("Zip stream");
  for (let i = 1; i < count; i++) await createSystem(org.organizationId, `Zip system ${i}`);
  const systems = await resolveBulkSystems(org.admin, { scope: "all" });
  return { ...org, systems };
}

const sealedCount = (organizationId: string) => db().dossierVersion.count({ where: { organizationId, kind: "SYSTEM" } });

async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (await check()) return;
  throw new Error("timed out");
}

async function readAll(reader: ReadableStreamDefaultReader<Uint8Array>, first: Uint8Array[] = []): Promise<Buffer> {
  const chunks = [...first];
  for (let part = await reader.read(); !part.done; part = await reader.read()) chunks.push(part.value);
  return Buffer.concat(chunks);
}

describe("the streamed ZIP of dossiers", () => {
  it("renders no further while the download does not read, then delivers every sealed PDF and the manifest", async () => {
    const { organizationId, admin, systems } = await organisationWithSystems(4);
    const reader = dossierZipStream(admin, systems, new AbortController().signal, { maxBufferedBytes: 1 }).getReader();
    // The first read may take the whole first PDF (a stream hands over all it holds), which lets one more be made.
    const first = await reader.read();
    await until(async () => (await sealedCount(organizationId)) >= 1);
    await sleep(2000);
    expect(await sealedCount(organizationId)).toBeLessThanOrEqual(2);

    const zip = await readAll(reader, first.value ? [first.value] : []);
    const counter = new ZipEntryCounter("dossiers/");
    counter.push(zip);
    expect(counter.names).toHaveLength(4);
    const sealed = await db().dossierVersion.findMany({ where: { organizationId }, select: { pdf: true, pdfSha256: true } });
    expect(sealed).toHaveLength(4);
    // Stored, not deflated: each sealed PDF appears byte for byte in the ZIP, and the manifest names its hash.
    for (const row of sealed) {
      expect(zip.includes(Buffer.from(row.pdf))).toBe(true);
      expect(zip.toString("latin1")).toContain(`,${row.pdfSha256},`);
    }
    // manifest.csv comes from the one CSV writer (lib/csv/write.ts), which quotes only cells that need it.
    expect(zip.toString("utf8")).toContain("\r\nKredytowy scoring Łódź,1,");
  });

  // Without back-pressure in the way (the default allowance holds all five), only the cancellation can stop them.
  it("stops rendering when the download is cancelled", async () => {
    const { organizationId, admin, systems } = await organisationWithSystems(5);
    const reader = dossierZipStream(admin, systems, new AbortController().signal).getReader();
    await reader.read();
    await reader.cancel();
    await sleep(3000);
    expect(await sealedCount(organizationId)).toBeLessThanOrEqual(2);
  });

  it("stops rendering when the request is aborted", async () => {
    const { organizationId, admin, systems } = await organisationWithSystems(5);
    const request = new AbortController();
    const reader = dossierZipStream(admin, systems, request.signal).getReader();
    await reader.read();
    request.abort();
    await sleep(3000);
    expect(await sealedCount(organizationId)).toBeLessThanOrEqual(2);
    await reader.cancel();
  });
});
