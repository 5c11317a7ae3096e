import type { Document } from "docx";
import { FRIA_ASSESSMENT_FIELDS, FRIA_NOTIFICATION_FIELDS } from "@/lib/legal/fria-fields";
import type { DossierLegalRecord } from "@/lib/pdf/snapshot";
import {
  answer,
  evidenceBlock,
  fieldBlocks,
  fieldRows,
  fieldText,
  heading1,
  keyValueTable,
  muted,
  recordRows,
  recordState,
  table,
} from "./blocks";
import { legalDocument, type DocumentMeta } from "./document";

export const FRIA_TITLE = "Fundamental rights impact assessment";

// Art 27(1)(c)-(f) are one table: who is affected, what could harm them, and what is done about it, read across.
const TABLE_KEYS = new Set(["affectedGroups", "risks", "oversight", "mitigation", "complaints"]);
const byKey = (keys: string[]) => FRIA_ASSESSMENT_FIELDS.filter((f) => keys.includes(f.key));

export function friaDocument(meta: DocumentMeta, record: DossierLegalRecord | null): Document {
  const values = record?.fields ?? {};
  const tabular = FRIA_ASSESSMENT_FIELDS.filter((f) => TABLE_KEYS.has(f.key));
  return legalDocument(
    meta,
    {
      title: FRIA_TITLE,
      basis: "Art 27 of Regulation (EU) 2024/1689",
      status: recordState(record),
      rows: recordRows(record),
    },
    [
      heading1("Use of the system (Art 27(1)(a) and (b))"),
      ...fieldBlocks(byKey(["processes", "period", "frequency"]), values),
      heading1("Persons affected, risks and measures (Art 27(1)(c) to (f))"),
      table(
        ["Point of Art 27(1)", "Assessment"],
        tabular.map((f) => [f.label, fieldText(f, values)]),
        [0.32, 0.68],
      ),
      heading1("Data protection impact assessment (Art 27(4))"),
      muted("The FRIA may cross-reference or incorporate the data protection impact assessment."),
      ...answer(values.dpiaReference, true),
      heading1("Notification to the market surveillance authority (Art 27(3))"),
      muted("The results are notified on the AI Office template; this is the note of when and to whom."),
      keyValueTable(fieldRows(FRIA_NOTIFICATION_FIELDS, values)),
      ...evidenceBlock(record),
    ],
  );
}
