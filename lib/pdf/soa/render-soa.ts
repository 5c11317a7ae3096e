import { createTranslator } from "use-intl/core";
import { MESSAGES } from "@/i18n/messages";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { contentWidth, font, keyValues, left, paragraph, type BaseCtx } from "../context";
import { drawPageFurniture, openDocument } from "../document";
import { table, type Cell } from "../table";
import { COLORS, SIZES } from "../theme";
import type { FrameworkSummary } from "@/lib/standards/coverage";
import { summaryLineIn } from "@/lib/standards/i18n/soa-words";
import type { SoaRow } from "@/lib/standards/soa";

export type SoaPdfData = {
  organizationName: string;
  frameworkName: string;
  edition: string;
  mappingVersion: string;
  ruleSetId: string;
  generatedAt: string;
  rows: SoaRow[];
  summary: FrameworkSummary;
};

type SoaText = ReturnType<typeof soaText>;
const soaText = (locale: Locale) => createTranslator({ locale, messages: MESSAGES[locale], namespace: "SoaPdf" });

// The rows word applicability in English (lib/standards/soa); the three states it knows are worded here again.
const APPLICABILITY_KEY: Record<string, "included" | "includedNotReviewed" | "excluded"> = {
  Included: "included",
  "Included (not reviewed)": "includedNotReviewed",
  Excluded: "excluded",
};

const applicabilityCell = (t: SoaText, r: SoaRow): Cell => ({
  text: APPLICABILITY_KEY[r.applicability] ? t(APPLICABILITY_KEY[r.applicability]!) : r.applicability,
  sub: r.justification || undefined,
  fontKey: "bold",
  color:
    r.applicability === "Excluded" ? COLORS.badText : r.applicability === "Included" ? COLORS.okText : COLORS.muted,
});

/**
 * The Statement of Applicability, from rows the data layer computed (no database here), in `locale`; signed by the
 * caller. The rows come worded in `locale` (lib/standards/i18n), but for their applicability, worded here.
 */
export function renderSoa(data: SoaPdfData, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  const t = soaText(locale);
  const framework = data.frameworkName;
  const { doc, done } = openDocument(
    {
      Title: t("metaTitle", { framework, organization: data.organizationName }),
      Author: data.organizationName,
      Subject: t("metaSubject", { framework, edition: data.edition }),
      CreationDate: new Date(data.generatedAt),
    },
    locale,
  );
  const ctx: BaseCtx = { doc, toc: [], snapshotSha256: "" };
  font(ctx, "bold", SIZES.title, COLORS.accent).text(t("title"), left(ctx), doc.y, {
    width: contentWidth(ctx),
  });
  font(ctx, "regular", SIZES.h2, COLORS.muted).text(`${data.frameworkName} ${data.edition}`, {
    width: contentWidth(ctx),
  });
  doc.moveDown(0.8);
  keyValues(ctx, [
    [t("organisation"), data.organizationName],
    [t("generated"), `${data.generatedAt.slice(0, 16).replace("T", " ")} UTC`],
    [t("controls"), summaryLineIn(locale, data.summary)],
    [t("crosswalk"), data.mappingVersion],
    [t("ruleSet"), data.ruleSetId],
  ]);
  paragraph(ctx, t("intro"), { color: COLORS.muted, size: SIZES.small });
  doc.moveDown(0.4);
  table(
    ctx,
    [
      { header: t("control"), width: 0.1 },
      { header: t("controlTitle"), width: 0.22 },
      { header: t("applicability"), width: 0.25 },
      { header: t("coverage"), width: 0.23 },
      { header: t("evidencedBy"), width: 0.2 },
    ],
    data.rows.map((r): Cell[] => [
      { text: r.controlId, fontKey: "bold" },
      { text: r.title, sub: r.group },
      applicabilityCell(t, r),
      r.coverage,
      { text: r.evidencedBy, color: COLORS.muted },
    ]),
    { size: SIZES.small },
  );
  drawPageFurniture(ctx, {
    headLeft: t("headLeft", { framework }),
    headRight: data.organizationName,
    footLeft: t("footLeft", { organization: data.organizationName, date: data.generatedAt.slice(0, 10) }),
    pageOf: (page, count) => t("pageOf", { page: String(page), count: String(count) }),
  });
  doc.end();
  return done;
}
