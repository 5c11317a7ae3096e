// Counts the files in a ZIP while it downloads, from the local file headers ("PK\x03\x04", name length at offset
// 26, name at offset 30) as they stream past. Only names under `prefix` count, so bytes inside a PDF that happen to
// look like a signature are not mistaken for a file.
const SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const HEADER_BYTES = 30;

export class ZipEntryCounter {
  readonly names: string[] = [];
  private tail = new Uint8Array(0);
  private readonly decoder = new TextDecoder();

  constructor(private readonly prefix: string) {}

  push(chunk: Uint8Array): void {
    const buffer = new Uint8Array(this.tail.length + chunk.length);
    buffer.set(this.tail);
    buffer.set(chunk, this.tail.length);
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    let i = 0;
    while (i + HEADER_BYTES <= buffer.length) {
      if (!SIGNATURE.every((byte, k) => buffer[i + k] === byte)) {
        i += 1;
        continue;
      }
      const nameLength = view.getUint16(i + 26, true); // little-endian, as every ZIP field
      if (i + HEADER_BYTES + nameLength > buffer.length) break;
      const name = this.decoder.decode(buffer.subarray(i + HEADER_BYTES, i + HEADER_BYTES + nameLength));
      if (!name.startsWith(this.prefix)) {
        i += 1;
        continue;
      }
      this.names.push(name);
      i += HEADER_BYTES + nameLength;
    }
    // Keep what may be the start of a header cut in two by the chunk boundary.
    this.tail = buffer.slice(i);
  }
}
