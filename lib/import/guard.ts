import {
  ImportLimitError,
  LIMIT_MESSAGES,
  MAX_FIELD_BYTES,
  MAX_HEADER_BYTES,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
} from "./limits";

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
// Where the scanner is within a field, as RFC 4180 (and papaparse) read it: a quote opens a quoted field only at the
// field's start; inside one, "" is a literal quote and a lone quote closes it.
const FIELD_START = 0,
  UNQUOTED = 1,
  QUOTED = 2,
  QUOTE_IN_QUOTED = 3;

// The file is cut into parts of about this size for parsing, so no single parse holds the event loop for long.
const PART_BYTES = 64 * 1024;
const PART_ROWS = 100;

export type GuardedBytes = {
  bytes: Uint8Array;
  // Offsets where parts of whole records start and end: [dataStart, …, end].
  cuts: number[];
  rows: number;
};

/**
 * Checks a CSV upload chunk by chunk as it arrives, in one pass over the bytes with constant work per byte, and
 * throws ImportLimitError the moment the file breaks a bound: total size, header length, columns per row, bytes
 * per value, rows. No parser sees a file before it passed. The header is handed to `onHeader`, which parses it
 * (it is at most MAX_HEADER_BYTES) and returns the separator papaparse detected, so rows are split as papaparse will.
 */
export class CsvGuard {
  private chunks: Uint8Array[] = [];
  private total = 0;
  private delimiter = -1;
  private header: Uint8Array | null = null;
  private headerQuoted = false;
  private state = FIELD_START;
  private fields = 1;
  private fieldBytes = 0;
  private recordBytes = 0;
  private record = 1;
  private rows = 0;
  private pendingCr = false;
  private cuts: number[] = [];
  private rowsInPart = 0;

  constructor(private readonly onHeader: (header: Uint8Array) => string) {}

  push(chunk: Uint8Array): void {
    if (this.total + chunk.length > MAX_IMPORT_BYTES) throw new ImportLimitError(LIMIT_MESSAGES.size(), true);
    this.chunks.push(chunk);
    const base = this.total;
    this.total += chunk.length;
    let position = base;
    for (const byte of chunk) this.scan(byte, position++);
  }

  finish(): GuardedBytes {
    if (this.header === null) this.endHeader(this.total);
    if (this.pendingCr) this.pendingCr = false;
    if (this.recordBytes > 0) this.countRow();
    const bytes = concat(this.chunks, this.total);
    this.chunks = [];
    if (this.cuts.at(-1) !== this.total) this.cuts.push(this.total);
    return { bytes, cuts: this.cuts, rows: this.rows };
  }

  private scan(b: number, at: number): void {
    if (this.header === null) return this.scanHeader(b, at);
    if (this.pendingCr) {
      this.pendingCr = false;
      if (b === LF) return this.endPart(at + 1);
      this.endPart(at);
    }
    const delimiter = this.delimiter;
    switch (this.state) {
      case QUOTED:
        if (b === QUOTE) this.state = QUOTE_IN_QUOTED;
        else this.grow();
        return;
      case QUOTE_IN_QUOTED:
        if (b === delimiter) return this.nextField();
        if (b === LF || b === CR) return this.endRecord(b, at);
        // "" is an escaped quote; anything else after a closing quote is malformed, and papaparse keeps reading it as
        // part of the quoted value, so the scanner does too.
        this.state = QUOTED;
        return this.grow();
      default:
        if (b === delimiter) return this.nextField();
        if (b === LF || b === CR) return this.endRecord(b, at);
        if (this.state === FIELD_START && b === QUOTE) {
          this.state = QUOTED;
          this.recordBytes++;
          return;
        }
        this.state = UNQUOTED;
        return this.grow();
    }
  }

  // The header's own separator is not known yet, so only quote parity decides where the first line ends.
  private scanHeader(b: number, at: number): void {
    if (b === QUOTE) this.headerQuoted = !this.headerQuoted;
    else if (!this.headerQuoted && (b === LF || b === CR)) {
      this.endHeader(at);
      if (b === CR) this.pendingCr = true;
      else this.endPart(at + 1);
      return;
    }
    if (at + 1 > MAX_HEADER_BYTES) throw new ImportLimitError(LIMIT_MESSAGES.header());
  }

  private endHeader(at: number): void {
    this.header = concat(this.chunks, at);
    this.record = 2;
    this.delimiter = this.onHeader(this.header).charCodeAt(0);
  }

  private grow(): void {
    this.recordBytes++;
    if (++this.fieldBytes > MAX_FIELD_BYTES) throw new ImportLimitError(LIMIT_MESSAGES.field(this.record));
  }

  private nextField(): void {
    this.recordBytes++;
    this.state = FIELD_START;
    this.fieldBytes = 0;
    if (++this.fields > MAX_IMPORT_COLUMNS) throw new ImportLimitError(LIMIT_MESSAGES.rowColumns(this.record));
  }

  private endRecord(b: number, at: number): void {
    if (this.recordBytes > 0) this.countRow();
    this.record++;
    this.state = FIELD_START;
    this.fields = 1;
    this.fieldBytes = 0;
    this.recordBytes = 0;
    // A CR may be the first half of CRLF: the part ends after the next byte if that is the LF.
    if (b === CR) this.pendingCr = true;
    else this.endPart(at + 1);
  }

  private countRow(): void {
    if (++this.rows > MAX_IMPORT_ROWS) throw new ImportLimitError(LIMIT_MESSAGES.rows());
    this.rowsInPart++;
  }

  private endPart(end: number): void {
    const start = this.cuts.at(-1);
    if (start === undefined) return void this.cuts.push(end);
    if (this.rowsInPart >= PART_ROWS || end - start >= PART_BYTES) {
      this.cuts.push(end);
      this.rowsInPart = 0;
    }
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const [only] = chunks;
  if (only !== undefined && chunks.length === 1 && only.length === length) return only;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    if (offset >= length) break;
    const part = chunk.subarray(0, length - offset);
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
