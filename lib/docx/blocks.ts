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
import { displayValue, type LegalField } from "@/lib/legal/fields";
import { formatDate } from "@/lib/utils";
import type { DossierLegalRecord } from "@/lib/pdf/snapshot";

// The building blocks of the legal Word files: headings in Word's own styles, answers as paragraphs, tables, and the
// "Not filled in yet" marker that keeps an empty point visible (and searchable in Word) instead of leaving it out.

export const NOT_FILLED = "Not filled in yet";

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

export function notFilled(optional = false): Paragraph {
  return new Paragraph({
    children: [
      new TextRun({ text: NOT_FILLED, bold: true, color: GAP_COLOR }),
      ...(optional ? [new TextRun({ text: " (optional)", color: GAP_COLOR })] : []),
    ],
  });
}

/** A written answer: a blank line starts a new paragraph, a single line break stays a break within it. */
export function answer(text: string | undefined, optional = false): Paragraph[] {
  const value = xmlSafe(text ?? "").trim();
  if (!value) return [notFilled(optional)];
  return value.split(/\r?\n\s*\r?\n/).map(
    (block) =>
      new Paragraph({
        children: block.split(/\r?\n/).map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
      }),
  );
}

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

/**
 * A table with a header row repeated on every page. Widths are fractions of the text width; a null or empty cell
 * reads "Not filled in yet".
 */
export function table(headers: string[], rows: (string | null)[][], fractions: number[]): Table {
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
export function keyValueTable(rows: [string, string | null][]): Table {
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
export function fieldText(field: LegalField, values: Record<string, string>): string {
  const value = displayValue(field, values[field.key]);
  return field.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}

/** Each point of the law under its own Heading 2, with what was written or the gap marker. */
export function fieldBlocks(fields: readonly LegalField[], values: Record<string, string>): FileChild[] {
  return fields.flatMap((f) => [heading2(f.label), ...answer(fieldText(f, values), !f.required)]);
}

/** The rows of a key-value table of fields. */
export const fieldRows = (fields: readonly LegalField[], values: Record<string, string>): [string, string][] =>
  fields.map((f) => [f.label, fieldText(f, values)]);

export function recordState(record: DossierLegalRecord | null): string {
  if (!record) return "Not started (nothing saved yet)";
  return record.complete ? "Complete" : "Draft (marked incomplete)";
}

/** Owner, last saved and linked evidence: the rows a single record adds to its title block. */
export function recordRows(record: DossierLegalRecord | null): [string, string][] {
  return [
    ["Owner", record?.owner ?? "Unassigned"],
    ["Last saved", record ? formatDate(record.updatedAt) : "Never"],
  ];
}

export function evidenceBlock(record: DossierLegalRecord | null): FileChild[] {
  const titles = record?.evidence ?? [];
  return [
    heading1("Linked evidence"),
    ...(titles.length
      ? titles.map((t) => new Paragraph({ text: xmlSafe(t), bullet: { level: 0 } }))
      : [muted("No evidence is linked to this record.")]),
  ];
}
