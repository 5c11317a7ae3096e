import type { Document, FileChild } from "docx";
import { ANNEX_IV_SECTIONS, type AnnexIvSection } from "@/lib/legal/annex-iv";
import { formatDate } from "@/lib/utils";
import type { DossierRecords, DossierRiskRegister } from "@/lib/pdf/snapshot";
import { fieldBlocks, heading1, muted, recordState, table, answer } from "./blocks";
import { legalDocument, type DocumentMeta } from "./document";
import { riskRegisterBlocks } from "./risk-register";

type SavedSection = NonNullable<DossierRecords["annexIv"]>[number];

export const ANNEX_IV_TITLE = "Annex IV technical documentation";
const RISK_SECTION_NUMBER = 5;

// All nine sections, saved or not: an overview table of their state, then each section under its own Heading 1 with
// every point of the Annex under a Heading 2, so a section never saved still shows what it must say.
// Section 5 (the risk management system) is followed by the system's Art 9 register, when the caller read one.
export function annexIvDocument(
  meta: DocumentMeta,
  saved: DossierRecords["annexIv"],
  riskRegister: DossierRiskRegister | null = null,
): Document {
  const records = saved ?? [];
  const find = (n: number) => records.find((r) => r.section === n) ?? null;
  const complete = records.filter((r) => r.complete).length;
  const total = ANNEX_IV_SECTIONS.length;
  const status =
    complete === total ? `Complete: all ${total} sections` : `Draft: ${complete} of ${total} sections complete`;
  const lastSaved = records
    .map((r) => r.updatedAt)
    .sort()
    .at(-1);
  const overview = table(
    ["Section", "Title", "Status", "Owner", "Last saved"],
    ANNEX_IV_SECTIONS.map((s) => {
      const r = find(s.number);
      return [
        String(s.number),
        s.title,
        recordState(r),
        r ? (r.owner ?? "Unassigned") : "—",
        r ? formatDate(r.updatedAt) : "—",
      ];
    }),
    [0.1, 0.36, 0.2, 0.17, 0.17],
  );
  const body: FileChild[] = [
    heading1("Overview of the sections (Annex IV, Art 11(1))"),
    muted(
      "The technical documentation is drawn up before the system is placed on the market or put into service and kept up to date (Art 11(1)).",
    ),
    overview,
    ...ANNEX_IV_SECTIONS.flatMap((s) => [
      ...sectionBlocks(s, find(s.number)),
      ...(s.number === RISK_SECTION_NUMBER ? riskRegisterBlocks(riskRegister) : []),
    ]),
  ];
  return legalDocument(
    meta,
    {
      title: ANNEX_IV_TITLE,
      basis: "Art 11(1) and Annex IV of Regulation (EU) 2024/1689",
      status,
      rows: [["Last saved", lastSaved ? formatDate(lastSaved) : "Never"]],
    },
    body,
  );
}

function sectionBlocks(section: AnnexIvSection, record: SavedSection | null): FileChild[] {
  const facts = record
    ? `${recordState(record)} · owner: ${record.owner ?? "unassigned"} · last saved ${formatDate(record.updatedAt)}`
    : recordState(null);
  return [
    heading1(`Section ${section.number}. ${section.title}`),
    muted(section.summary),
    muted(`Status: ${facts}`),
    ...(record?.evidence.length ? answer(`Linked evidence: ${record.evidence.join("; ")}`) : []),
    ...fieldBlocks(section.fields, record?.fields ?? {}),
  ];
}
