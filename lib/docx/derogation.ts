import type { Document } from "docx";
import { DEROGATION_ASSESSMENT_FIELDS, DEROGATION_REGISTRATION_FIELDS } from "@/lib/legal/derogation-fields";
import type { DossierLegalRecord } from "@/lib/pdf/snapshot";
import { formatDate } from "@/lib/utils";
import {
  evidenceBlock,
  fieldBlocks,
  fieldRows,
  heading1,
  keyValueTable,
  muted,
  recordRows,
  recordState,
} from "./blocks";
import { legalDocument, type DocumentMeta } from "./document";

export const DEROGATION_TITLE = "Art 6(3) assessment and registration data";

function signOff(record: DossierLegalRecord | null): string {
  if (!record?.signedOffBy) return "Not signed off by legal yet";
  return `Signed off by ${record.signedOffBy}${record.signedOffAt ? ` on ${formatDate(record.signedOffAt)}` : ""}`;
}

// The assessment point by point (Art 6(3), documented under Art 6(4)), then the Annex VIII Section B data as the
// table it is in the EU database, then legal's sign-off.
export function derogationDocument(meta: DocumentMeta, record: DossierLegalRecord | null): Document {
  const values = record?.fields ?? {};
  return legalDocument(
    meta,
    {
      title: DEROGATION_TITLE,
      basis: "Art 6(3) and 6(4), Art 49(2) and Annex VIII Section B of Regulation (EU) 2024/1689",
      status: recordState(record),
      rows: [...recordRows(record), ["Legal sign-off", signOff(record)]],
    },
    [
      heading1("Assessment (Art 6(3) and 6(4))"),
      muted(
        "An Annex III system is not high-risk where one of the Art 6(3) conditions holds and it does not profile natural persons. The burden of proof is on the provider.",
      ),
      ...fieldBlocks(DEROGATION_ASSESSMENT_FIELDS, values),
      heading1("EU database registration (Art 49(2), Annex VIII Section B)"),
      keyValueTable(fieldRows(DEROGATION_REGISTRATION_FIELDS, values)),
      heading1("Legal sign-off"),
      muted(signOff(record)),
      ...evidenceBlock(record),
    ],
  );
}
