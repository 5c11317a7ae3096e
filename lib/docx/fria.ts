import type { Document } from "docx";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { FRIA_ASSESSMENT_FIELDS, FRIA_NOTIFICATION_FIELDS } from "@/lib/legal/fria-fields";
import type { DossierLegalRecord } from "@/lib/pdf/snapshot";
import { docxBlocks, heading1, muted } from "./blocks";
import { legalDocument, type DocumentMeta } from "./document";

// Art 27(1)(c)-(f) are one table: who is affected, what could harm them, and what is done about it, read across.
const TABLE_KEYS = new Set(["affectedGroups", "risks", "oversight", "mitigation", "complaints"]);
const byKey = (keys: string[]) => FRIA_ASSESSMENT_FIELDS.filter((f) => keys.includes(f.key));

export function friaDocument(meta: DocumentMeta, record: DossierLegalRecord | null): Document {
  const locale = meta.locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "LegalDocx" });
  const b = docxBlocks(locale);
  const values = record?.fields ?? {};
  const tabular = FRIA_ASSESSMENT_FIELDS.filter((f) => TABLE_KEYS.has(f.key));
  return legalDocument(
    meta,
    {
      title: t("friaTitle"),
      basis: t("friaBasis"),
      status: b.recordState(record),
      rows: b.recordRows(record),
    },
    [
      heading1(t("useHeading")),
      ...b.fieldBlocks(byKey(["processes", "period", "frequency"]), values),
      heading1(t("affectedHeading")),
      b.table(
        [t("point"), t("assessment")],
        tabular.map((f) => [b.fieldLabel(f), b.fieldText(f, values)]),
        [0.32, 0.68],
      ),
      heading1(t("dpiaHeading")),
      muted(t("dpiaNote")),
      ...b.answer(values.dpiaReference, true),
      heading1(t("notificationHeading")),
      muted(t("notificationNote")),
      b.keyValueTable(b.fieldRows(FRIA_NOTIFICATION_FIELDS, values)),
      ...b.evidenceBlock(record),
    ],
  );
}
