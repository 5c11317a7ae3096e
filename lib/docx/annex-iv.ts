import type { Document, FileChild } from "docx";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { ANNEX_IV_SECTIONS, type AnnexIvSection } from "@/lib/legal/annex-iv";
import { localizeSection } from "@/lib/legal/i18n";
import type { DossierRecords, DossierRiskRegister } from "@/lib/pdf/snapshot";
import { docxBlocks, heading1, muted, type DocxBlocks } from "./blocks";
import { legalDocument, type DocumentMeta } from "./document";
import { riskRegisterBlocks } from "./risk-register";

type SavedSection = NonNullable<DossierRecords["annexIv"]>[number];

const RISK_SECTION_NUMBER = 5;

const annexText = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "LegalDocx" });

// All nine sections, saved or not: an overview table of their state, then each section under its own Heading 1 with
// every point of the Annex under a Heading 2, so a section never saved still shows what it must say.
// Section 5 (the risk management system) is followed by the system's Art 9 register, when the caller read one.
export function annexIvDocument(
  meta: DocumentMeta,
  saved: DossierRecords["annexIv"],
  riskRegister: DossierRiskRegister | null = null,
): Document {
  const locale = meta.locale ?? DEFAULT_LOCALE;
  const b = docxBlocks(locale);
  const t = annexText(locale);
  const sections = ANNEX_IV_SECTIONS.map((s) => localizeSection(locale, s));
  const records = saved ?? [];
  const find = (n: number) => records.find((r) => r.section === n) ?? null;
  const complete = records.filter((r) => r.complete).length;
  const total = sections.length;
  const status = complete === total ? t("annexComplete", { total }) : t("annexDraft", { complete, total });
  const lastSaved = records
    .map((r) => r.updatedAt)
    .sort()
    .at(-1);
  const overview = b.table(
    [t("section"), t("title"), t("status"), t("owner"), t("lastSaved")],
    sections.map((s) => {
      const r = find(s.number);
      return [
        String(s.number),
        s.title,
        b.recordState(r),
        r ? (r.owner ?? t("unassigned")) : "—",
        r ? b.date(r.updatedAt) : "—",
      ];
    }),
    [0.1, 0.36, 0.2, 0.17, 0.17],
  );
  const body: FileChild[] = [
    heading1(t("overviewHeading")),
    muted(t("overviewNote")),
    overview,
    ...sections.flatMap((s) => [
      ...sectionBlocks(b, s, find(s.number)),
      ...(s.number === RISK_SECTION_NUMBER ? riskRegisterBlocks(riskRegister, locale) : []),
    ]),
  ];
  return legalDocument(
    meta,
    {
      title: t("annexTitle"),
      basis: t("annexBasis"),
      status,
      rows: [[t("lastSaved"), lastSaved ? b.date(lastSaved) : t("never")]],
    },
    body,
  );
}

function sectionBlocks(b: DocxBlocks, section: AnnexIvSection, record: SavedSection | null): FileChild[] {
  const t = annexText(b.locale);
  const facts = record
    ? t("sectionFacts", {
        state: b.recordState(record),
        owner: record.owner ?? t("unassignedLower"),
        date: b.date(record.updatedAt),
      })
    : b.recordState(null);
  return [
    heading1(t("sectionHeading", { number: section.number, title: section.title })),
    muted(section.summary),
    muted(t("sectionStatus", { facts })),
    ...(record?.evidence.length ? b.answer(t("evidenceList", { list: record.evidence.join("; ") })) : []),
    ...b.fieldBlocks(section.fields, record?.fields ?? {}),
  ];
}
