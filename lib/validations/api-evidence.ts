import { z } from "zod";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/limits";
import { ZDateTime } from "./api-common";
import {
  EVIDENCE_FILE_NAME_MESSAGE,
  isSafeFileName,
  ZEvidenceTitle,
  ZEvidenceUrl,
  ZEvidenceUploadFields,
} from "./evidence";

const ZOptionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : undefined));

export const ZEvidenceLinkApi = z.object({
  title: ZEvidenceTitle,
  url: ZEvidenceUrl,
  obligationId: ZOptionalId.describe("Attach to this obligation of the system."),
});

// A multipart upload: the file plus the same text fields as the app's upload form. The file is checked by its
// content (PDF, images, office documents, text, CSV, JSON…), not by its name.
export const ZEvidenceUploadApi = ZEvidenceUploadFields.extend({
  file: z
    .file({ error: "Attach the file in a part named `file`." })
    .min(1, "The file is empty.")
    .max(MAX_EVIDENCE_BYTES, "The file is over the limit of 20 MB per file.")
    .refine((file) => isSafeFileName(file.name), EVIDENCE_FILE_NAME_MESSAGE),
});

export const ZEvidenceAddedApi = z.object({
  evidenceId: z.string(),
  version: z
    .number()
    .int()
    .optional()
    .describe("For files: 1 for a new item, higher when `evidenceId` named an existing one."),
  sha256: z.string().optional(),
});

export const ZEvidenceApi = z.object({
  id: z.string(),
  kind: z.enum(["FILE", "LINK"]),
  title: z.string(),
  url: z.string().nullable(),
  obligationId: z.string().nullable(),
  createdAt: ZDateTime,
  versions: z.array(
    z.object({
      id: z.string(),
      version: z.number().int(),
      fileName: z.string(),
      mimeType: z.string(),
      sizeBytes: z.number().int(),
      sha256: z.string(),
      createdAt: ZDateTime,
    }),
  ),
});
