import { z } from "zod";

const ZId = z.string().trim().min(1).max(64);
const ZOptionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : undefined));

export const ZEvidenceTitle = z
  .string()
  .trim()
  .min(1, "Give the evidence a title.")
  .max(200, "Use at most 200 characters.");

// Only web links: javascript:, data: or file: URLs would run or leak something when an auditor clicks them.
export const ZEvidenceUrl = z
  .string()
  .trim()
  .min(1, "Enter the link's address.")
  .max(2000, "Use at most 2,000 characters.")
  .refine((v) => {
    try {
      const url = new URL(v);
      return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, "Enter a full web address starting with https:// or http://.")
  .meta({ format: "uri", pattern: "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@]+([/?#]\\S*)?$" });

export const ZAddEvidenceLink = z.object({
  systemId: ZId,
  obligationId: ZOptionalId,
  title: ZEvidenceTitle,
  url: ZEvidenceUrl,
});
export type TAddEvidenceLink = z.input<typeof ZAddEvidenceLink>;

// A file name is shown in lists, written to the audit trail and sent back in Content-Disposition. Control characters
// (NUL cannot be stored in Postgres at all; line breaks and tabs garble all three) and bidirectional overrides (U+202E
// makes "report‮fdp.exe" read as "reportexe.pdf") are refused with a message on the file field, in the browser, the
// app's upload route, the API and the data-access layer alike.
export const EVIDENCE_FILE_NAME_MESSAGE =
  "The file name contains control or text-direction characters. Rename the file and upload it again.";
const UNSAFE_FILE_NAME = /[\p{Cc}\p{Bidi_Control}]/u;
export const isSafeFileName = (name: string) => !UNSAFE_FILE_NAME.test(name);
export const ZEvidenceFileName = z.string().refine(isSafeFileName, EVIDENCE_FILE_NAME_MESSAGE);

// The text fields of the multipart upload; the file itself is checked by content in lib/evidence.
export const ZEvidenceUploadFields = z.object({
  title: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .optional()
    .transform((v) => v || undefined),
  obligationId: ZOptionalId,
  evidenceId: ZOptionalId,
});
