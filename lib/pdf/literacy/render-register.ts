import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { contentWidth, font, keyValues, left, paragraph, subheading, type BaseCtx } from "../context";
import { drawPageFurniture, openDocument } from "../document";
import { table, type Cell } from "../table";
import { COLORS, SIZES } from "../theme";
import type { Coverage } from "@/lib/literacy/coverage";
import type { RegisterRow } from "@/lib/literacy/register";

export type LiteracyRegisterPdfData = {
  organizationName: string;
  generatedAt: string;
  rows: RegisterRow[];
  systems: (Coverage & { name: string })[];
  unassignedSystems: number;
  units: (Coverage & { name: string | null })[];
};

type RegisterText = ReturnType<typeof registerText>;
const registerText = (locale: Locale) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "LiteracyRegisterPdf" });

// The same words as coverageLabel and registerStatus (lib/literacy), in the register's language.
const coverage = (t: RegisterText, c: Coverage) =>
  c.total === 0
    ? t("noOneAssigned")
    : t("coverage", {
        trained: String(c.trained),
        total: String(c.total),
        percent: String(Math.round((100 * c.trained) / c.total)),
      });

const statusCell = (t: RegisterText, r: RegisterRow): Exclude<Cell, string> => ({
  text: !r.item ? t("statusNone") : r.current ? t("statusCurrent") : t("statusExpired"),
  fontKey: "bold",
  color: r.item && r.current ? COLORS.okText : COLORS.badText,
});

const personRow = (t: RegisterText, r: RegisterRow): Cell[] => [
  { text: r.person, sub: r.email },
  { text: r.unit ?? t("noUnit"), sub: r.jobRole || undefined },
  r.item ?? "—",
  r.completedOn ?? "—",
  r.item ? (r.expiresOn ?? t("never")) : "—",
  {
    ...statusCell(t, r),
    sub:
      [r.evidenceNote, r.evidenceUrl, r.evidenceFile && t("file", { name: r.evidenceFile.fileName })]
        .filter(Boolean)
        .join(" · ") || undefined,
  },
];

/**
 * The Art 4 register for an auditor, from rows the data layer computed (no database here), in the organisation's
 * document language; signed by the caller.
 */
export function renderLiteracyRegister(
  data: LiteracyRegisterPdfData,
  locale: Locale = DEFAULT_LOCALE,
): Promise<Buffer> {
  const t = registerText(locale);
  const org = data.organizationName;
  const { doc, done } = openDocument(
    {
      Title: t("metaTitle", { organization: org }),
      Author: org,
      Subject: t("metaSubject"),
      CreationDate: new Date(data.generatedAt),
    },
    locale,
  );
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  font(ctx, "bold", SIZES.title, COLORS.accent).text(t("title"), left(ctx), doc.y, { width: contentWidth(ctx) });
  font(ctx, "regular", SIZES.h2, COLORS.muted).text(t("subtitle"), { width: contentWidth(ctx) });
  doc.moveDown(0.8);
  const people = new Set(data.rows.map((r) => r.email)).size;
  const all = data.systems.reduce((a, s) => ({ trained: a.trained + s.trained, total: a.total + s.total }), {
    trained: 0,
    total: 0,
  });
  keyValues(ctx, [
    [t("organisation"), org],
    [t("generated"), `${data.generatedAt.slice(0, 16).replace("T", " ")} UTC`],
    [t("people"), String(people)],
    [t("trained"), coverage(t, all)],
    [t("unassigned"), String(data.unassignedSystems)],
  ]);
  paragraph(ctx, t("rule"), { color: COLORS.muted, size: SIZES.small });
  subheading(ctx, t("bySystem"));
  if (data.systems.length === 0) paragraph(ctx, t("noSystems"));
  else
    table(
      ctx,
      [
        { header: t("system"), width: 0.6 },
        { header: t("systemCoverage"), width: 0.4 },
      ],
      data.systems.map((s): Cell[] => [s.name, coverage(t, s)]),
      { size: SIZES.small },
    );
  subheading(ctx, t("byUnit"));
  if (data.units.length === 0) paragraph(ctx, t("noUnits"));
  else
    table(
      ctx,
      [
        { header: t("unit"), width: 0.6 },
        { header: t("unitCoverage"), width: 0.4 },
      ],
      data.units.map((u): Cell[] => [u.name ?? t("noUnit"), coverage(t, u)]),
      { size: SIZES.small },
    );
  subheading(ctx, t("byPerson"));
  if (data.rows.length === 0) paragraph(ctx, t("noPeople"));
  else
    table(
      ctx,
      [
        { header: t("person"), width: 0.19 },
        { header: t("unitAndRole"), width: 0.15 },
        { header: t("item"), width: 0.18 },
        { header: t("completed"), width: 0.13 },
        { header: t("expires"), width: 0.13 },
        { header: t("statusAndEvidence"), width: 0.22 },
      ],
      data.rows.map((r) => personRow(t, r)),
      { size: SIZES.small },
    );
  drawPageFurniture(ctx, {
    headLeft: t("head"),
    headRight: org,
    footLeft: t("foot", { organization: org, day: data.generatedAt.slice(0, 10) }),
    pageOf: (page, count) => t("pageOf", { page: String(page), count: String(count) }),
  });
  doc.end();
  return done;
}
