import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type IStylesOptions,
} from "docx";
import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { formatDateIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { legalText } from "@/lib/legal/i18n";
import { COLORS, docxBlocks, xmlSafe } from "./blocks";

// The shell every legal Word file shares: Word's own heading styles with their outline levels (so the navigation pane
// and an inserted table of contents work), a title block a lawyer can recognise at a glance, and a footer saying where the file came from.
// The builders are pure: the data layer reads and authorises, these only lay out what they are given.

/** What every document names on its title block; the record-specific facts come as extra rows. */
export type DocumentMeta = {
  systemName: string;
  organizationName: string;
  generatedAt: Date;
  /** Why the law asks for this record for this system (the app's applicability sentence, in English). */
  reason: string;
  /** The organisation's document language (Organization.documentLocale); English when not given. */
  locale?: Locale;
};

export type TitleBlock = {
  title: string;
  /** The legal basis, e.g. "Art 27 of Regulation (EU) 2024/1689". */
  basis: string;
  status: string;
  rows: [string, string][];
};

const FONT = "Calibri";
// One inch all round, in twentieths of a point (A4 is docx's default page size).
const MARGINS = { top: 1440, bottom: 1440, left: 1440, right: 1440 };

const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
    title: { run: { font: FONT, size: 48, bold: true, color: COLORS.heading }, paragraph: { spacing: { after: 120 } } },
    heading1: {
      run: { font: FONT, size: 32, bold: true, color: COLORS.heading },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT, size: 24, bold: true, color: COLORS.heading },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 },
    },
  },
};

function titleBlock(meta: DocumentMeta, block: TitleBlock, locale: Locale): FileChild[] {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "LegalDocx" });
  return [
    new Paragraph({ text: block.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: block.basis, color: COLORS.muted, size: 26 })] }),
    docxBlocks(locale).keyValueTable([
      [t("aiSystem"), meta.systemName],
      [t("organisation"), meta.organizationName],
      [t("status"), block.status],
      ...block.rows,
    ]),
    new Paragraph({ text: legalText(locale, meta.reason), spacing: { before: 240 } }),
    new Paragraph({
      children: [
        new TextRun({
          text: t("generated", { date: formatDateIn(locale, meta.generatedAt) }),
          italics: true,
          color: COLORS.muted,
          size: 20,
        }),
      ],
    }),
  ];
}

/** The whole file: the title block on its own page, then the body. */
export function legalDocument(meta: DocumentMeta, block: TitleBlock, body: FileChild[]): Document {
  const locale = meta.locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "LegalDocx" });
  return new Document({
    creator: "Actlas",
    title: xmlSafe(`${block.title}: ${meta.systemName}`),
    description: xmlSafe(
      t("description", { title: block.title, system: meta.systemName, organisation: meta.organizationName }),
    ),
    styles: STYLES,
    // Two sections: the title block alone on the first page, the body from the second with its footer.
    sections: [
      { properties: { page: { margin: MARGINS } }, children: titleBlock(meta, block, locale) },
      {
        properties: { page: { margin: MARGINS } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: xmlSafe(`${meta.systemName} · ${block.title} · ${t("page")} `),
                    color: COLORS.muted,
                    size: 18,
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], color: COLORS.muted, size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

export async function docxBytes(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
