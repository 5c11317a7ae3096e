import "server-only";
import { ZipArchive } from "archiver";
import type { Actor } from "@/lib/access/actor";
import { exportDossier } from "@/lib/dal/dossiers/dossiers";
import { csvDocument, type CsvCell } from "@/lib/csv/write";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";

export const ZIP_ENTRY_PREFIX = "dossiers/";
// At most this much of the ZIP (already appended, not yet taken by the download) waits before the next dossier is
// rendered: about ten dossiers, so a fast download never stalls while a slow one holds memory for a few only.
const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;

/**
 * Bytes appended to the archive against bytes the download has taken. Archiver copies an appended buffer into its
 * internal streams at once, so neither its `readableLength` nor its `entry` event says how much output is waiting;
 * counting both ends does, and the producer awaits the download rather than polling.
 */
class Backlog {
  private appended = 0;
  private delivered = 0;
  private wake: (() => void) | null = null;

  constructor(private readonly limit: number) {}

  added(bytes: number) {
    this.appended += bytes;
  }

  taken(bytes: number) {
    this.delivered += bytes;
    this.release();
  }

  async room(signal: AbortSignal): Promise<void> {
    const release = () => this.release();
    signal.addEventListener("abort", release);
    try {
      while (this.appended - this.delivered > this.limit && !signal.aborted) {
        await new Promise<void>((resolve) => {
          this.wake = resolve;
        });
      }
    } finally {
      signal.removeEventListener("abort", release);
    }
  }

  private release() {
    this.wake?.();
    this.wake = null;
  }
}

// The download pulls from the archive one chunk per read (high-water mark 0). Readable.toWeb would instead drain the
// archive into the web stream's own queue as fast as it is produced, so nothing upstream would see a slow reader.
function pulledFrom(archive: ZipArchive, backlog: Backlog, onCancel: () => void): ReadableStream<Uint8Array> {
  const chunks = archive[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) return controller.close();
        backlog.taken(value.byteLength);
        controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      },
      cancel: onCancel,
    },
    { highWaterMark: 0 },
  );
}

/**
 * A ZIP of freshly sealed dossiers, one system at a time: each PDF is rendered, sealed, appended and handed to the
 * download before the next one is made, so memory holds one dossier, not all of them. Every PDF is also a stored
 * version, so each file in the ZIP verifies. A manifest with the hashes (and any failures) closes the archive.
 */
export function dossierZipStream(
  actor: Actor,
  systems: { id: string; name: string }[],
  signal: AbortSignal,
  options: { maxBufferedBytes?: number } = {},
): ReadableStream<Uint8Array> {
  // PDFs are compressed inside already; storing them saves CPU without making the ZIP noticeably larger.
  const archive = new ZipArchive({ store: true });
  const backlog = new Backlog(options.maxBufferedBytes ?? MAX_BUFFERED_BYTES);
  const stopped = new AbortController();
  const stop = () => stopped.abort();
  signal.addEventListener("abort", stop, { once: true });
  // Written by the one CSV writer: a system named "=HYPERLINK(…)" must not run as a formula in a spreadsheet.
  // "kind" says which files are final and which are drafts: each is final when nothing blocks it, else a draft.
  const manifest: CsvCell[][] = [["system", "version", "kind", "file", "pdf_sha256", "snapshot_sha256", "status"]];
  const width = String(systems.length).length;

  const produce = async () => {
    for (const [index, system] of systems.entries()) {
      if (stopped.signal.aborted) return archive.abort();
      try {
        const dossier = await exportDossier(actor, system.id, "AUTO");
        const file = `${String(index + 1).padStart(width, "0")}-${dossier.fileName}`;
        archive.append(dossier.pdf, { name: `${ZIP_ENTRY_PREFIX}${file}`, date: new Date() });
        backlog.added(dossier.pdf.byteLength);
        const kind = dossier.finality === "DRAFT" ? "draft" : "final";
        const status = dossier.finality === "DRAFT" ? "sealed as draft: gaps listed on page 1" : "sealed";
        manifest.push([system.name, dossier.version, kind, file, dossier.pdfSha256, dossier.snapshotSha256, status]);
      } catch (error) {
        if (!isAppError(error)) log().error({ err: error, systemId: system.id }, "dossier zip: export failed");
        const reason = isAppError(error) ? error.message : "could not be exported";
        manifest.push([system.name, "", "", "", "", "", `failed: ${reason}`]);
      }
      await backlog.room(stopped.signal);
    }
    archive.append(csvDocument(manifest), { name: "manifest.csv", date: new Date() });
    await archive.finalize();
  };
  produce().catch((error) => {
    log().error({ err: error }, "dossier zip: stream failed");
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return pulledFrom(archive, backlog, stop);
}
