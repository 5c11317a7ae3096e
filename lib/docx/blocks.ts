import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from "docx";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { displayValue, type LegalField } from "@/lib/legal/fields";
import { localizeField } from "@/lib/legal/i18n";
import type { DossierLegalRecord } from "@/lib/pdf/snapshot";

// The building blocks of the legal Word files: headings in Word's own styles, answers as paragraphs, tables, and the
// "Not filled in yet" marker that keeps an empty point visible (and searchable in Word) instead of leaving it out.
// Everything a reader sees is in the document's language, chosen by the organisation, not by whoever downloads it.

export const COLORS = { heading: "1E1B4B", muted: "475569", gap: "B45309", border: "CBD5E1", headerFill: "EEF2FF" };
const GAP_COLOR = COLORS.gap;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as const;
// The text width of an A4 page with one-inch margins, in twentieths of a point.
const TEXT_WIDTH = 9026;

// Characters XML 1.0 cannot carry at all (control characters pasted from other tools, lone surrogates): one of them
// would make Word refuse the whole file, so they are dropped. Escaping <, & and quotes is the library's job.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
export const xmlSafe = (text: string): string => text.replace(NOT_XML, "");

export const heading1 = (text: string): Paragraph =>
  new Paragraph({ text: xmlSafe(text), heading: HeadingLevel.HEADING_1 });
export const heading2 = (text: string): Paragraph =>
  new Paragraph({ text: xmlSafe(text), heading: HeadingLevel.HEADING_2 });

export const muted = (text: string): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: xmlSafe(text), italics: true, color: COLORS.muted })] });

function cell(content: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children: content,
    width: { size: width, type: WidthType.DXA },
    borders: BORDERS,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: COLORS.headerFill } : undefined,
  });
}

const bold = (text: string): Paragraph[] => [
  new Paragraph({ children: [new TextRun({ text: xmlSafe(text), bold: true })] }),
];

const docxText = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "LegalDocx" });
export type DocxText = ReturnType<typeof docxText>;

/** The blocks that say something of their own (the gap marker, states, dates), in the document's language. */
export function docxBlocks(locale: Locale) {
  const t = docxText(locale);
  const date = (value: Date | string) => formatDateIn(locale, value);

  function notFilled(optional = false): Paragraph {
    return new Paragraph({
      children: [
        new TextRun({ text: t("notFilled"), bold: true, color: GAP_COLOR }),
        ...(optional ? [new TextRun({ text: ` ${t("optional")}`, color: GAP_COLOR })] : []),
      ],
    });
  }

  /** A written answer: a blank line starts a new paragraph, a single line break stays a break within it. */
  function answer(text: string | undefined, optional = false): Paragraph[] {
    const value = xmlSafe(text ?? "").trim();
    if (!value) return [notFilled(optional)];
    return value.split(/\r?\n\s*\r?\n/).map(
      (block) =>
        new Paragraph({
          children: block.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
        }),
    );
  }

  /**
   * A table with a header row repeated on every page. Widths are fractions of the text width; a null or empty cell
   * reads "Not filled in yet".
   */
  function table(headers: string[], rows: (string | null)[][], fractions: number[]): Table {
    const widths = fractions.map((f) => Math.round(f * TEXT_WIDTH));
    const width = (i: number) => widths[i] ?? Math.round(TEXT_WIDTH / headers.length);
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: headers.map((_, i) => width(i)),
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(bold(h), width(i), true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((value, i) => cell(answer(value ?? ""), width(i))) })),
      ],
    });
  }

  /** Label beside value, the label column shaded. */
  function keyValueTable(rows: [string, string | null][]): Table {
    const [labelWidth, valueWidth] = [Math.round(TEXT_WIDTH * 0.32), Math.round(TEXT_WIDTH * 0.68)];
    return new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [labelWidth, valueWidth],
      rows: rows.map(
        ([label, value]) =>
          new TableRow({ children: [cell(bold(label), labelWidth, true), cell(answer(value ?? ""), valueWidth)] }),
      ),
    });
  }

  /** A field as a reader wants it: option labels instead of codes, dates as "1 Mar 2027" rather than ISO. */
  function fieldText(field: LegalField, values: Record<string, string>): string {
    const value = displayValue(localizeField(locale, field), values[field.key]);
    return field.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? date(value) : value;
  }

  /** The field's label in the document's language. */
  const fieldLabel = (field: LegalField): string => localizeField(locale, field).label;

  /** Each point of the law under its own Heading 2, with what was written or the gap marker. */
  const fieldBlocks = (fields: readonly LegalField[], values: Record<string, string>): FileChild[] =>
    fields.flatMap((f) => [heading2(fieldLabel(f)), ...answer(fieldText(f, values), !f.required)]);

  /** The rows of a key-value table of fields. */
  const fieldRows = (fields: readonly LegalField[], values: Record<string, string>): [string, string][] =>
    fields.map((f) => [fieldLabel(f), fieldText(f, values)]);

  function recordState(record: DossierLegalRecord | null): string {
    if (!record) return t("notStarted");
    return record.complete ? t("complete") : t("draft");
  }

  /** Owner, last saved and linked evidence: the rows a single record adds to its title block. */
  const recordRows = (record: DossierLegalRecord | null): [string, string][] => [
    [t("owner"), record?.owner ?? t("unassigned")],
    [t("lastSaved"), record ? date(record.updatedAt) : t("never")],
  ];

  function evidenceBlock(record: DossierLegalRecord | null): FileChild[] {
    const titles = record?.evidence ?? [];
    return [
      heading1(t("linkedEvidence")),
      ...(titles.length
        ? titles.map((title) => new Paragraph({ text: xmlSafe(title), bullet: { level: 0 } }))
        : [muted(t("noEvidence"))]),
    ];
  }

  return {
    locale,
    t,
    date,
    answer,
    table,
    keyValueTable,
    fieldText,
    fieldLabel,
    fieldBlocks,
    fieldRows,
    recordState,
    recordRows,
    evidenceBlock,
  };
}

export type DocxBlocks = ReturnType<typeof docxBlocks>;
