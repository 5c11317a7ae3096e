import { z } from "zod";
import { ZApiId, ZDay } from "./api-common";
import { ZEvidenceUploadApi } from "./api-evidence";
import { ZRecordCompletion } from "./literacy";

// The REST API's literacy shapes: coverage per AI system (read) and completions pushed by a learning-management
// system (write). The body reuses the form's field rules, so the API and the page accept the same values.

export const ZSystemCoverageApi = z.object({
  systemId: z.string(),
  systemName: z.string(),
  trained: z.number().int().describe("Operators and overseers holding a current training meant for the system."),
  total: z.number().int().describe("Distinct people who operate or oversee the system."),
  percent: z.number().int().describe("trained / total, rounded; systems with no one assigned are not listed."),
});

export const ZCompletionCreateApi = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email("Enter an e-mail address."))
    .describe("The person of the literacy register with this e-mail address (case ignored)."),
  itemId: ZApiId.describe("A learning item of the organisation."),
  completedOn: ZRecordCompletion.shape.completedOn.describe("YYYY-MM-DD"),
  expiresOn: ZRecordCompletion.shape.expiresOn
    .prefault("")
    .describe("YYYY-MM-DD; omit to follow the item's refresher cycle."),
  evidenceUrl: ZRecordCompletion.shape.evidenceUrl
    .prefault("")
    .describe("An https:// or http:// link, e.g. a certificate."),
  evidenceNote: ZRecordCompletion.shape.evidenceNote.prefault(""),
});

// The same fields as multipart/form-data, with a certificate in a part named `file`: checked like an evidence upload.
export const ZCompletionUploadApi = ZCompletionCreateApi.extend({
  file: ZEvidenceUploadApi.shape.file.describe("A certificate or attendance list, up to 20 MB, checked by content."),
});

export const ZCompletionCreateDoc = z.object({
  email: z.email(),
  itemId: ZApiId,
  completedOn: ZDay,
  expiresOn: ZDay.optional(),
  evidenceUrl: z
    .string()
    .optional()
    .meta({
      anyOf: [
        { type: "string", pattern: "^\\s*$" },
        { type: "string", format: "uri", pattern: "^https?://", maxLength: 2000 },
      ],
    }),
  evidenceNote: ZRecordCompletion.shape.evidenceNote.optional(),
});

export const ZCompletionApi = z.object({
  id: z.string(),
  personId: z.string(),
  itemId: z.string(),
  completedOn: ZDay,
  expiresOn: ZDay.nullable().describe("null: the training does not expire."),
});
