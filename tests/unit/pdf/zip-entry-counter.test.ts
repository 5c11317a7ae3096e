import { PassThrough } from "node:stream";
import { ZipArchive } from "archiver";
import { describe, expect, it } from "vitest";
import { ZipEntryCounter } from "@/components/dossier/zip-entry-counter";

async function zipOf(files: Record<string, Buffer>): Promise<Buffer> {
  const archive = new ZipArchive({ store: true });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => out.on("end", resolve));
  archive.pipe(out);
  for (const [name, content] of Object.entries(files)) archive.append(content, { name });
  await archive.finalize();
  await ended;
  return Buffer.concat(chunks);
}

describe("ZipEntryCounter (progress of a streaming ZIP download)", () => {
  it("counts the dossiers however the stream is cut into chunks, and ignores other entries and look-alike bytes", async () => {
    // A "PDF" ending in the local-header signature: it must neither count as a file nor hide the next real header.
    const fake = Buffer.concat([
      Buffer.from("%PDF-1.4 "),
      Buffer.alloc(5000, 7),
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.alloc(40, 7),
    ]);
    const zip = await zipOf({
      "dossiers/1-a.pdf": fake,
      "dossiers/2-Łódź.pdf": fake,
      "dossiers/3-c.pdf": fake,
      "manifest.csv": Buffer.from("x"),
    });
    for (const size of [1, 7, 29, 31, 1000, zip.length]) {
      const counter = new ZipEntryCounter("dossiers/");
      for (let i = 0; i < zip.length; i += size) counter.push(zip.subarray(i, i + size));
      expect(counter.names, `chunks of ${size} bytes`).toEqual([
        "dossiers/1-a.pdf",
        "dossiers/2-Łódź.pdf",
        "dossiers/3-c.pdf",
      ]);
    }
  });
});
