import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it, vi } from "vitest";
import { dossierZipStream } from "@/lib/dossier/zip-stream";
import { ZipEntryCounter } from "@/components/dossier/zip-entry-counter";
import { resolveBulkSystems } from "@/lib/dal/dossiers/bulk-export";
import { db } from "@/lib/db/client";
import { createSystem } from "../../helpers/factories";
import { classifiedOrganisation } from "./helpers";

// The bulk export renders one dossier at a time and only as fast as the download takes them (issue #9: memory must
// stay bounded for 1,000 dossiers, whatever the speed of the reader).
//
// The real exportDossier runs (real Postgres, real PDFs); it is only wrapped so the test can see when each render
// starts and wait for it to finish, instead of sleeping a fixed time and hoping the producer got far enough.
const renders = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock("@/lib/dal/dossiers/dossiers", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/dal/dossiers/dossiers")>();
  const exportDossier: typeof real.exportDossier = (...args) => {
    const render = real.exportDossier(...args);
    renders.push(render.catch(() => undefined));
    return render;
  };
  return { ...real, exportDossier };
});

async function organisationWithSystems(count: number) {
  renders.length = 0;
  const org = await classifiedOrganisation("Zip stream");
  for (let i = 1; i < count; i++) await createSystem(org.organizationId, `Zip system ${i}`);
  const systems = await resolveBulkSystems(org.admin, { scope: "all" });
  return { ...org, systems };
}

const sealedCount = (organizationId: string) =>
  db().dossierVersion.count({ where: { organizationId, kind: "SYSTEM" } });

/**
 * Waits until the producer stands still: every render it started has finished and a whole turn of the event loop
 * passed without a new one. Between one render's end and the next one's start the producer only runs synchronous code
 * and promise callbacks, so a producer that ignored back-pressure or cancellation would start the next render within
 * that turn, and this loop would follow it to the end of the list.
 */
async function producerIdle(): Promise<number> {
  for (;;) {
    const started = renders.length;
    await Promise.all(renders);
    await nextTurn();
    if (renders.length === started) return started;
  }
}

describe("the streamed ZIP of dossiers", () => {
  it("renders one more dossier per read of a paused download, then delivers every sealed PDF and the manifest", async () => {
    const { organizationId, admin, systems } = await organisationWithSystems(4);
    const reader = dossierZipStream(admin, systems, new AbortController().signal, { maxBufferedBytes: 1 }).getReader();
    const chunks: Uint8Array[] = [];
    // The first read may take the whole first PDF (a stream hands over all it holds), which lets one more be made.
    const first = await reader.read();
    if (first.value) chunks.push(first.value);
    const whilePaused = await producerIdle();
    expect(whilePaused).toBeGreaterThanOrEqual(1);
    expect(whilePaused).toBeLessThanOrEqual(2);
    expect(await sealedCount(organizationId)).toBe(whilePaused);

    // From then on each read frees room for at most one more dossier, however long the reader pauses between reads.
    let rendered = whilePaused;
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      chunks.push(part.value);
      const now = await producerIdle();
      expect(now - rendered, "renders started by a single read").toBeLessThanOrEqual(1);
      rendered = now;
    }
    expect(rendered).toBe(4);

    const zip = Buffer.concat(chunks);
    const counter = new ZipEntryCounter("dossiers/");
    counter.push(zip);
    expect(counter.names).toHaveLength(4);
    const sealed = await db().dossierVersion.findMany({
      where: { organizationId },
      select: { pdf: true, pdfSha256: true },
    });
    expect(sealed).toHaveLength(4);
    // Stored, not deflated: each sealed PDF appears byte for byte in the ZIP, and the manifest names its hash.
    for (const row of sealed) {
      expect(zip.includes(Buffer.from(row.pdf))).toBe(true);
      expect(zip.toString("latin1")).toContain(`,${row.pdfSha256},`);
    }
    // manifest.csv comes from the one CSV writer (lib/csv/write.ts), which quotes only cells that need it.
    // Each file is final when nothing blocks it, else a draft, and the manifest says which (these have gaps).
    expect(zip.toString("utf8")).toContain("\r\nKredytowy scoring Łódź,1,draft,");
    expect(zip.toString("utf8")).toContain("system,version,kind,file,pdf_sha256,snapshot_sha256,status");
  });

  // Without back-pressure in the way (the default allowance holds all five), only the cancellation can stop them.
  it("starts no render after the download is cancelled", async () => {
    const { organizationId, admin, systems } = await organisationWithSystems(5);
    const reader = dossierZipStream(admin, systems, new AbortController().signal).getReader();
    await reader.read();
    await reader.cancel();
    const startedBeforeCancel = renders.length;
    expect(startedBeforeCancel).toBeLessThan(5);
    expect(await producerIdle()).toBe(startedBeforeCancel);
    expect(await sealedCount(organizationId)).toBe(startedBeforeCancel);
  });

  it("starts no render after the request is aborted", async () => {
    const { organizationId, admin, systems } = await organisationWithSystems(5);
    const request = new AbortController();
    const reader = dossierZipStream(admin, systems, request.signal).getReader();
    await reader.read();
    request.abort();
    const startedBeforeAbort = renders.length;
    expect(startedBeforeAbort).toBeLessThan(5);
    expect(await producerIdle()).toBe(startedBeforeAbort);
    expect(await sealedCount(organizationId)).toBe(startedBeforeAbort);
    await reader.cancel();
  });
});
