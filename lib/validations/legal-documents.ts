import { z } from "zod";
import type { RecordKindCode } from "@/lib/legal/applicability";

// The Word downloads of the legal records, named in the URL as the editors are (…/documentation/docx/<kind>).
export const LEGAL_DOCUMENT_KINDS = ["annex-iv", "fria", "derogation"] as const;
export const ZLegalDocumentKind = z.enum(LEGAL_DOCUMENT_KINDS);
export type TLegalDocumentKind = z.infer<typeof ZLegalDocumentKind>;

export const RECORD_KIND: Record<TLegalDocumentKind, RecordKindCode> = {
  "annex-iv": "ANNEX_IV",
  fria: "FRIA",
  derogation: "DEROGATION",
};
