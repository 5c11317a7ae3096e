import type { Document } from "docx";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { DEROGATION_ASSESSMENT_FIELDS, DEROGATION_REGISTRATION_FIELDS } from "@/lib/legal/derogation-fields";
import type { DossierLegalRecord } from "@/lib/pdf/snapshot";
import { docxBlocks, heading1, muted } from "./blocks";
import { legalDocument, type DocumentMeta } from "./document";

// The assessment point by point (Art 6(3), documented under Art 6(4)), then the Annex VIII Section B data as the
// table it is in the EU database, then legal's sign-off.
export function derogationDocument(meta: DocumentMeta, record: DossierLegalRecord | null): Document {
  const locale = meta.locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "LegalDocx" });
  const b = docxBlocks(locale);
  const values = record?.fields ?? {};
  const signOff = !record?.signedOffBy
    ? t("notSignedOff")
    : record.signedOffAt
      ? t("signedOffByOn", { name: record.signedOffBy, date: b.date(record.signedOffAt) })
      : t("signedOffBy", { name: record.signedOffBy });
  return legalDocument(
    meta,
    {
      title: t("derogationTitle"),
      basis: t("derogationBasis"),
      status: b.recordState(record),
      rows: [...b.recordRows(record), [t("legalSignOff"), signOff]],
    },
    [
      heading1(t("assessmentHeading")),
      muted(t("assessmentNote")),
      ...b.fieldBlocks(DEROGATION_ASSESSMENT_FIELDS, values),
      heading1(t("registrationHeading")),
      b.keyValueTable(b.fieldRows(DEROGATION_REGISTRATION_FIELDS, values)),
      heading1(t("legalSignOff")),
      muted(signOff),
      ...b.evidenceBlock(record),
    ],
  );
}
