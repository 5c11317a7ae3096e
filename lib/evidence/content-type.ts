import { fileTypeFromBuffer } from "file-type";
import { ALLOWED_EVIDENCE_TYPES_TEXT, formatBytes, MAX_EVIDENCE_BYTES } from "./limits";

export { ALLOWED_EVIDENCE_TYPES_TEXT, formatBytes, MAX_EVIDENCE_BYTES };

// Detected binary types we accept, with the file-name endings that may carry them. The browser's own
// Content-Type and the file name are never trusted alone: the bytes decide, the name only has to agree.
const BINARY_TYPES: Record<string, { label: string; extensions: string[] }> = {
  "application/pdf": { label: "PDF document", extensions: ["pdf"] },
  "image/png": { label: "PNG image", extensions: ["png"] },
  "image/jpeg": { label: "JPEG image", extensions: ["jpg", "jpeg"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
    label: "Word document",
    extensions: ["docx"],
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
    label: "Excel workbook",
    extensions: ["xlsx"],
  },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
    label: "PowerPoint presentation",
    extensions: ["pptx"],
  },
};

const TEXT_TYPES: Record<string, { label: string; mimeType: string }> = {
  txt: { label: "plain text", mimeType: "text/plain; charset=utf-8" },
  csv: { label: "CSV table", mimeType: "text/csv; charset=utf-8" },
  json: { label: "JSON", mimeType: "application/json; charset=utf-8" },
  md: { label: "Markdown", mimeType: "text/markdown; charset=utf-8" },
  markdown: { label: "Markdown", mimeType: "text/markdown; charset=utf-8" },
};

// Plain names for the disallowed types people most often try, so the message says what was found.
const KNOWN_REJECTED: Record<string, string> = {
  exe: "a Windows program (.exe)",
  elf: "a Linux program",
  zip: "a ZIP archive",
  cfb: "an old-style Office file (.doc/.xls/.ppt); save it as .docx/.xlsx/.pptx",
  docm: "a Word document with macros (.docm)",
  xlsm: "an Excel workbook with macros (.xlsm)",
  pptm: "a PowerPoint presentation with macros (.pptm)",
  gif: "a GIF image",
  webp: "a WebP image",
  html: "an HTML page",
  rar: "a RAR archive",
  "7z": "a 7-Zip archive",
  gz: "a gzip archive",
};

export type EvidenceTypeCheck = { ok: true; mimeType: string; label: string } | { ok: false; message: string };

export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

function reject(found: string): EvidenceTypeCheck {
  return {
    ok: false,
    message: `This file is ${found}, which is not accepted as evidence. Upload ${ALLOWED_EVIDENCE_TYPES_TEXT}.`,
  };
}

// Text is accepted only if it is valid UTF-8 without NUL bytes: that excludes binaries that file-type cannot name.
export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export async function checkEvidenceContent(bytes: Uint8Array, fileName: string): Promise<EvidenceTypeCheck> {
  if (bytes.byteLength === 0) return { ok: false, message: "The file is empty." };
  if (bytes.byteLength > MAX_EVIDENCE_BYTES) {
    return { ok: false, message: `The file is ${formatBytes(bytes.byteLength)}, over the limit of 20 MB per file.` };
  }
  const ext = fileExtension(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    const allowed = BINARY_TYPES[detected.mime];
    if (!allowed) return reject(KNOWN_REJECTED[detected.ext] ?? `a .${detected.ext} file (${detected.mime})`);
    if (!allowed.extensions.includes(ext)) {
      return {
        ok: false,
        message: `The file's content is a ${allowed.label}, but its name ends in ${ext ? `.${ext}` : "no extension"}. Rename it to .${allowed.extensions[0]} and upload it again.`,
      };
    }
    return { ok: true, mimeType: detected.mime, label: allowed.label };
  }
  if (!isUtf8Text(bytes)) return reject("binary data of an unknown type (not UTF-8 text)");
  const text = TEXT_TYPES[ext];
  if (!text) {
    return {
      ok: false,
      message: `The file is text, but its name ends in ${ext ? `.${ext}` : "no extension"}. Text evidence must be .txt, .csv, .json or .md.`,
    };
  }
  return { ok: true, mimeType: text.mimeType, label: text.label };
}
