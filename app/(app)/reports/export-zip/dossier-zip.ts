import "server-only";
import { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { ZipArchive } from "archiver";
import type { Actor } from "@/lib/auth/actor";
import { exportDossier } from "@/lib/dal/dossiers";
import { isAppError } from "@/lib/errors";

export const ZIP_ENTRY_PREFIX = "dossiers/";
// At most this much finished ZIP output waits for a slow download before the next dossier is rendered.
const MAX_BUFFERED_BYTES = 1024 * 1024;

const csvCell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;

async function waitForRoom(archive: ZipArchive, signal: AbortSignal): Promise<void> {
  while (archive.readableLength > MAX_BUFFERED_BYTES && !signal.aborted) await sleep(25);
}

/**
 * A ZIP of freshly sealed dossiers, one system at a time: each PDF is rendered, sealed, appended and handed to the
 * download before the next one is made, so memory holds one dossier, not all of them. Every PDF is also a stored
 * version, so each file in the ZIP verifies. A manifest with the hashes (and any failures) closes the archive.
 */
export function dossierZipStream(actor: Actor, systems: { id: string; name: string }[], signal: AbortSignal): ReadableStream<Uint8Array> {
  // PDFs are compressed inside already; storing them saves CPU without making the ZIP noticeably larger.
  const archive = new ZipArchive({ store: true });
  const manifest = [["system", "version", "file", "pdf_sha256", "snapshot_sha256", "status"].map(csvCell).join(",")];
  const width = String(systems.length).length;

  const produce = async () => {
    for (const [index, system] of systems.entries()) {
      if (signal.aborted) return archive.abort();
      try {
        const dossier = await exportDossier(actor, system.id);
        const file = `${String(index + 1).padStart(width, "0")}-${dossier.fileName}`;
        archive.append(dossier.pdf, { name: `${ZIP_ENTRY_PREFIX}${file}`, date: new Date() });
        manifest.push([system.name, dossier.version, file, dossier.pdfSha256, dossier.snapshotSha256, "sealed"].map(csvCell).join(","));
      } catch (error) {
        if (!isAppError(error)) console.error("[dossier zip] export failed", system.id, error);
        const reason = isAppError(error) ? error.message : "could not be exported";
        manifest.push([system.name, "", "", "", "", `failed: ${reason}`].map(csvCell).join(","));
      }
      await waitForRoom(archive, signal);
    }
    archive.append(`${manifest.join("\r\n")}\r\n`, { name: "manifest.csv", date: new Date() });
    await archive.finalize();
  };
  produce().catch((error) => {
    console.error("[dossier zip] stream failed", error);
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(archive) as unknown as ReadableStream<Uint8Array>;
}
