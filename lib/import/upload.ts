import { finishCsv, newCsvGuard, nextTurn, type CheckedCsv } from "./csv";
import { ImportLimitError, LIMIT_MESSAGES, MAX_IMPORT_BYTES } from "./limits";

export type UploadResult = { ok: true; file: CheckedCsv } | { ok: false; status: 400 | 413; message: string };

// Reads an uploaded CSV as it arrives, checking each network chunk against the bounds before the next one is read,
// so a hostile file is refused after the first bytes that break a bound, not after it was parsed.
export async function readCsvUpload(body: ReadableStream<Uint8Array> | null): Promise<UploadResult> {
  if (!body) return { ok: false, status: 400, message: "Choose a CSV file." };
  const reader = body.getReader();
  const guard = newCsvGuard();
  try {
    for (let part = await reader.read(); !part.done; part = await reader.read()) guard.push(part.value);
    return { ok: true, file: finishCsv(guard) };
  } catch (error) {
    if (!(error instanceof ImportLimitError)) throw error;
    await drain(reader);
    return { ok: false, status: error.tooLarge ? 413 : 400, message: error.message };
  }
}

// The rest of a refused upload is read and dropped (not parsed), so the browser gets the answer instead of a reset
// connection; past twice the size limit the connection is simply cancelled.
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let bytes = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    bytes += part.value.length;
    if (bytes > 2 * MAX_IMPORT_BYTES) return void (await reader.cancel());
  }
}

const TEXT_SLICE = 256 * 1024;

// The same checks for a file given as text (the data-access layer's callers other than the route: tests, scripts).
export async function checkCsvText(text: string): Promise<CheckedCsv> {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportLimitError(LIMIT_MESSAGES.size(), true);
  const bytes = new TextEncoder().encode(text);
  const guard = newCsvGuard();
  for (let i = 0; i < bytes.length; i += TEXT_SLICE) {
    guard.push(bytes.subarray(i, i + TEXT_SLICE));
    await nextTurn();
  }
  return finishCsv(guard);
}
